import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import GoldenFiles
import Testing

/// What a supervisor or manager reads, byte for byte, against Golden/<case>.<ext>: the scorecard
/// after a training call, the review of a call in its three renderings, and the month's report
/// in its five. Other tests check what these outputs mean; these show any change to their
/// wording, alignment or markup as a diff in review. Every input is fixed: the shipped
/// guidance, a clock that starts at a set time, the caller seeded from the scenario's id, and a
/// set time of reading. COACH_UPDATE_GOLDEN=1 rewrites the files (see GoldenFile).
@Suite struct ExactOutputTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    enum Trainee: CaseIterable, Sendable {
        case model, poor

        func play(_ d: inout TrainingDriver) {
            switch self {
            case .model: ScriptedTrainee.model(&d)
            case .poor: ScriptedTrainee.poor(&d)
            }
        }
    }

    enum Call: CaseIterable, Sendable {
        case real, training
    }

    /// When the reviews are read: later on the day of both calls, before the real case's deadline,
    /// so the case file shows a time left. ReviewReport counts the time left to this, not the clock.
    static let readAt = Timestamp.parse("2026-11-25T17:30:00+08:00")!

    static var calendar: WorkingCalendar { IntakeDriver.catalogue.organization.calendar }

    /// Terminal lines as a file: their texts, one a line (styles are colours, not words).
    static func text(_ lines: [OutputLine]) -> String {
        lines.map(\.text).joined(separator: "\n") + "\n"
    }

    /// The leak scenario played to the end by `trainee` in the desk's language.
    static func trainingCall(_ trainee: Trainee, language: Language = .zhHant) throws -> TrainingDriver {
        var d = TrainingDriver(ReviewReportTests.leak, language: language)
        trainee.play(&d)
        try #require(d.finished, "the \(trainee) trainee finishes the call")
        return d
    }

    // MARK: Scorecard

    /// The card shown to the trainee at the end of the call, played and read in one language.
    @Test(arguments: Trainee.allCases, Language.allCases)
    func scorecard(_ trainee: Trainee, _ language: Language) throws {
        let d = try Self.trainingCall(trainee, language: language)
        let lines = ScorecardText(catalogue: IntakeDriver.catalogue, language: language)
            .lines(d.score(), moods: (d.state.caller.startMood, d.state.caller.mood), calendar: Self.calendar)
        try GoldenFile.expect(Self.text(lines), in: Self.golden, matches: "scorecard-leak-\(trainee).\(language.rawValue).txt")
    }

    // MARK: Review

    /// Both calls taken at a Traditional Chinese desk, as data; the test words them in the
    /// reviewer's language. The real call carries an override and a comment, so those sections
    /// are rendered too.
    static func reviewReport(_ call: Call) throws -> ReviewReport {
        let rubric = ReviewReportTests.rubric()
        switch call {
        case .real:
            let (record, transcript) = ReviewReportTests.realCall()
            let end = transcript.last!.at
            // The model call meets guideline 5; the supervisor marks it down after listening.
            let override = ReviewOverride(item: .g5, from: .met, to: .partly, reason: "道歉時語氣平淡，似照稿讀", by: "cheung.wl")
            let events = transcript + [ReviewReportTests.overrideEvent(override, at: end + 3600),
                                       ReviewReportTests.comment("有問清楚樓上單位，但未約時間上門", at: end + 3660)]
            return ReviewReport(file: ReviewReportTests.file(record), transcript: events, rubric: rubric, scenario: nil, now: readAt)
        case .training:
            let d = try trainingCall(.model)
            return ReviewReport(file: CaseFile(record: d.state.intake.record, life: CaseLife()), transcript: d.transcript,
                                rubric: rubric, scenario: ReviewReportTests.leak, now: readAt)
        }
    }

    /// The summary and the call condensed in both languages; with every line of the transcript
    /// (`--full`) in Traditional Chinese, the desk's first language.
    @Test(arguments: Call.allCases, [Language.zhHant, .en])
    func review(_ call: Call, _ language: Language) throws {
        let report = ReviewText(try Self.reviewReport(call), catalogue: IntakeDriver.catalogue, language: language)
        for full in language == .zhHant ? [false, true] : [false] {
            let name = "review-\(call).\(language.rawValue)" + (full ? ".full" : "")
            try GoldenFile.expect(Self.text(report.lines(full: full)), in: Self.golden, matches: "\(name).txt")
            try GoldenFile.expect(report.markdown(full: full), in: Self.golden, matches: "\(name).md")
            try GoldenFile.expect(report.html(full: full), in: Self.golden, matches: "\(name).html")
        }
    }

    // MARK: Month's report

    /// A made-up chain digest in `coach verify`'s form, so its line in every format is checked.
    static let digest = "coach1-4217-" + String(repeating: "0123456789abcdef", count: 4)

    /// The month from MonthReportTests' figures, which include typed building names and an
    /// unlisted category that must be escaped, quoted or cut.
    @Test(arguments: [Language.zhHant, .en])
    func monthReport(_ language: Language) throws {
        typealias M = MonthReportTests
        let report = MonthReport(label: "2026-11", previousLabel: "2026-10", current: M.current, previous: M.previous,
                                 currentCards: M.currentCards, previousCards: M.previousCards, trend: M.trend,
                                 catalogue: IntakeDriver.catalogue, language: language, digest: Self.digest)
        let name = "month-2026-11.\(language.rawValue)"
        try GoldenFile.expect(Self.text(report.table()), in: Self.golden, matches: "\(name).txt")
        try GoldenFile.expect(report.csv(), in: Self.golden, matches: "\(name).csv")
        try GoldenFile.expect(report.json(), in: Self.golden, matches: "\(name).json")
        try GoldenFile.expect(report.markdown(), in: Self.golden, matches: "\(name).md")
        try GoldenFile.expect(report.html(), in: Self.golden, matches: "\(name).html")
    }
}
