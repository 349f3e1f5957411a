import ArgumentParser
import CaseEvents
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation
import TextSafety
import Training

/// `coach review N`: how a case was handled — a summary read in a minute, the call condensed
/// (the whole transcript with `--full`), the scorecard with its evidence — with a supervisor's
/// comments and overrides, on the terminal or exported as Markdown or HTML.
struct ReviewCommand: OfficeCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, html
    }

    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review how a case was handled: summary, the call, scorecard, comments; export as Markdown or HTML.",
        discussion: """
            coach review 261129-007                              summary, call, scorecard
            coach review 261129-007 --full                       every line of the call
            coach review 261129-007 --format html -o review.html  one printable page
            coach review 261129-007 --comment "語氣好，但未問清楚開始時間"
            coach review 261129-007 --override g3=met --reason "真正原因已在備註記錄"
            coach review 261129-007 --score                      score it yourself
            Comments and overrides are for supervisors, department managers and the general manager;
            they are added to the case's transcript, and the original score stays beside an override.
            --score (calibration) shows the call without anyone's scores, asks each item in turn \
            (m met, p partly, x missed, n not applicable, a reason after it) and keeps your card apart \
            for coach calibration; a second card for the same call replaces the first. Nobody scores \
            a call they took.
            Items: \(Scorecard.Item.allCases.map(\.rawValue).joined(separator: ", ")); results: met, partly, missed, not_applicable.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The case number, e.g. 261129-007.", transform: CaseNumber.parse)
    var caseNumber: CaseNumber

    @Option(help: "text (the terminal), md or html.")
    var format: Format = .text

    @Flag(help: "Every line of the transcript, with its time and the time since the line before, instead of the call condensed.")
    var full = false

    @Option(name: [.short, .long], help: "Write the export to this file instead of standard output (created 0600).")
    var output: String?

    @Flag(help: "Replace the -o file if it exists (never the database).")
    var force = false

    @Option(help: "Add a comment to the review.")
    var comment: String?

    @Option(help: "Override a score: ITEM=RESULT, e.g. g5=met (needs --reason).", transform: ScoreOverride.parse)
    var override: ScoreOverride?

    @Option(help: "Why the score is overridden.")
    var reason: String?

    @Flag(help: "Score the call yourself, item by item, for calibration (at the command line, not the desk).")
    var score = false

    func validate() throws {
        if score, comment != nil || override != nil || output != nil || format != .text || full {
            throw ValidationError(options.language.pick("--score 須單獨使用。", "--score 须单独使用。", "--score is used on its own."))
        }
        if let comment, SafeText.line(comment).trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--comment needs words")
        }
        if override != nil, SafeText.line(reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            let language = options.language
            throw ValidationError(language.pick("調整分數須以 --reason 說明原因。", "调整分数须以 --reason 说明原因。", "An override needs --reason."))
        }
    }

    /// Reading a review only reads; a comment or an override writes.
    var readsOnly: Bool { comment == nil && override == nil }

    func run() throws {
        guard score else { return try runInOffice() }
        let office = try CaseOffice(options)
        let source = Terminal.source(environment: options.environment)
        defer { source.close() }
        try ScoreSession(office: office, number: caseNumber, source: source,
                         presenter: Presenter(interactive: source.isInteractive, environment: options.environment)).run(at: Date())
    }

    /// The review on the screen, or, with --format md/html, its text; with -o, the file written.
    func lines(in office: CaseOffice, at now: Date) throws -> [OutputLine] {
        // Only the desk asks for lines with --score: scoring asks item by item, on its own prompt.
        if score {
            throw Failure(office.language.pick("評分請在命令列用 coach review \(caseNumber) --score。", "评分请在命令行用 coach review \(caseNumber) --score。",
                                               "Score a call at the command line: coach review \(caseNumber) --score."))
        }
        // A file the export may not go to is refused before anything is written to the case.
        let export = output.map { ExportFile(path: $0, force: force, database: office.store.path, language: office.language) }
        try export?.check()
        let material = try office.training()
        let file = try office.file(caseNumber)
        if comment != nil || override != nil {
            try annotate(file, office: office, material: material, at: now)
        }
        let transcript = try office.store.transcript(of: caseNumber)
        let report = ReviewReport(file: file, transcript: transcript,
                                  rubric: Rubric(catalogue: office.catalogue, speech: material.speech),
                                  scenario: Self.scenario(in: transcript).flatMap(material.scenario), now: now)
        let words = ReviewText(report, catalogue: office.catalogue, language: office.language)
        let text: String
        switch format {
        case .text:
            guard output != nil else { return words.lines(full: full) }
            text = words.lines(full: full).map(Presenter(interactive: false, environment: [:]).render).joined(separator: "\n") + "\n"
        case .md: text = words.markdown(full: full)
        case .html: text = words.html(full: full)
        }
        guard let output, let export else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
                .map { OutputLine(.plain, String($0)) }
        }
        try export.write(text)
        return [OutputLine(.plain, office.language.pick("已寫入 \(output)", "已写入 \(output)", "Written to \(output)"))]
    }

    /// A training call names its scenario when it starts.
    static func scenario(in transcript: [TranscriptEvent]) -> String? {
        transcript.lazy.compactMap { if case .trainingStarted(let scenario, _, _) = $0.event { scenario } else { nil } }.first
    }

    private func annotate(_ file: CaseFile, office: CaseOffice, material: TrainingMaterial, at now: Date) throws {
        let staff = office.staff
        let language = office.language
        let organization = office.organization
        let store = office.store
        guard let member = organization.member(staff), member.roles.contains(where: Authority.reviewers.contains) else {
            let holders = Authority.reviewers.flatMap { organization.staff(holding: $0) }.map { "\($0.name) (\($0.id))" }
            throw Failure(language.pick("只有上司、部門經理或總物業經理可以加覆核意見或調整分數：", "只有上司、部门经理或总物业经理可以加覆核意见或调整分数：",
                                        "Only a supervisor, department manager or the general manager may comment or override: ")
                          + holders.joined(separator: ", "))
        }
        // A draft is not finished and a voided call never counts: neither is scored or commented on.
        switch file.record.stage {
        case .draft:
            let number = file.record.caseNumber
            throw Failure(language.pick("個案 \(number) 的接訴未完成（草稿），未能覆核評分或加意見；coach resume \(number) 可繼續。",
                                        "个案 \(number) 的接诉未完成（草稿），未能复核评分或加意见；coach resume \(number) 可继续。",
                                        "Case \(number) is a draft: its intake is not finished, so it cannot be commented on or scored yet; coach resume \(number) continues it."))
        case .voided:
            throw Failure(language.pick("個案 \(file.record.caseNumber) 已作廢，不計入統計，不作覆核評分或加意見。",
                                        "个案 \(file.record.caseNumber) 已作废，不计入统计，不作复核评分或加意见。",
                                        "Case \(file.record.caseNumber) was voided: it never counts, so it is not commented on or scored."))
        default:
            break
        }
        let rubric = Rubric(catalogue: office.catalogue, speech: material.speech)
        var events: [TranscriptEvent] = []
        if let comment {
            events.append(TranscriptEvent(at: now, staff: staff, step: "review", .reviewComment(SafeText.line(comment).trimmingCharacters(in: .whitespaces))))
        }
        if let override, let reason {
            let transcript = try store.transcript(of: file.record.caseNumber)
            let current = ReviewReport(file: file, transcript: transcript, rubric: rubric,
                                       scenario: Self.scenario(in: transcript).flatMap(material.scenario), now: now)
            let from = current.reviewed.line(override.item)?.result ?? .notApplicable
            let change = ReviewOverride(item: override.item, from: from, to: override.result, reason: SafeText.line(reason), by: staff)
            events.append(TranscriptEvent(at: now, staff: staff, step: "review", change.event))
        }
        // Only events are added: the record is not written back, so a desk acting meanwhile is not undone.
        try store.append(events, to: file.record.caseNumber)
        // Keep the reviewed card for the month's guideline adherence.
        let transcript = try store.transcript(of: file.record.caseNumber)
        let report = ReviewReport(file: file, transcript: transcript, rubric: rubric,
                                  scenario: Self.scenario(in: transcript).flatMap(material.scenario), now: now)
        try store.saveReviewScore(file.record.caseNumber, staff: staff, total: report.reviewed.total,
                                  scorecard: try JSONEncoder().encode(report.reviewed), at: now)
    }
}
