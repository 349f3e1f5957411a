import ArgumentParser
import CoachEngine
import CoachText
import CoachStore
import ComplaintDomain
import Foundation

/// `coach review N`: how a case was handled — the transcript with timestamps and the time
/// between steps, the scorecard with its evidence — with a supervisor's comments and
/// overrides, on the terminal or exported as Markdown or HTML.
struct ReviewCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, html
    }

    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review how a case was handled: transcript, scorecard, comments; export as Markdown or HTML.",
        discussion: """
            coach review 261129-007                              on the terminal
            coach review 261129-007 --format html -o review.html  one printable page
            coach review 261129-007 --comment "語氣好，但未問清楚開始時間"
            coach review 261129-007 --override g3=met --reason "真正原因已在備註記錄"
            Comments and overrides are for supervisors, department managers and the general manager;
            they are added to the case's transcript, and the original score stays beside an override.
            Items: \(Scorecard.Item.allCases.map(\.rawValue).joined(separator: ", ")); results: met, partly, missed, not_applicable.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The case number, e.g. 261129-007.")
    var caseNumber: String

    @Option(help: "text (the terminal), md or html.")
    var format: Format = .text

    @Option(name: [.short, .long], help: "Write the export to this file instead of standard output.")
    var output: String?

    @Option(help: "Add a comment to the review.")
    var comment: String?

    @Option(help: "Override a score: ITEM=RESULT, e.g. g5=met (needs --reason).")
    var override: String?

    @Option(help: "Why the score is overridden.")
    var reason: String?

    func run() throws {
        try Failure.report {
            guard let number = CaseNumber(caseNumber) else { throw Failure("\(caseNumber) is not a case number (like 261129-007)", code: 2) }
            let (catalogue, store) = try Startup.load(options)
            let material = try options.loadTraining(catalogue)
            let language = options.language
            let office = CaseOffice(catalogue: catalogue, store: store, language: language, staff: options.staffID)
            let file = try office.file(number)
            if comment != nil || override != nil {
                try annotate(file, catalogue: catalogue, material: material, store: store)
            }
            let transcript: [TranscriptEvent]
            do { transcript = try store.transcript(of: number) } catch { throw Failure("\(error)") }
            let scenario = Self.scenario(in: transcript).flatMap(material.scenario)
            let report = ReviewReport(file: file, transcript: transcript,
                                      rubric: Rubric(catalogue: catalogue, speech: material.speech),
                                      scenario: scenario, now: Date())
            let words = ReviewText(report, catalogue: catalogue, language: language)
            let text: String
            switch format {
            case .text:
                let presenter = Presenter(interactive: output == nil && isatty(STDOUT_FILENO) == 1, environment: options.environment)
                text = words.lines().map(presenter.render).joined(separator: "\n") + "\n"
            case .md: text = words.markdown()
            case .html: text = words.html()
            }
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                    throw Failure("cannot write \(output)")
                }
                print(language.pick("已寫入 \(output)", "已写入 \(output)", "Written to \(output)"))
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    /// A training call names its scenario when it starts.
    static func scenario(in transcript: [TranscriptEvent]) -> String? {
        transcript.lazy.compactMap { if case .trainingStarted(let scenario, _, _) = $0.event { scenario } else { nil } }.first
    }

    private func annotate(_ file: CaseFile, catalogue: GuidanceCatalogue, material: TrainingMaterial, store: CoachStore) throws {
        let staff = options.staffID
        let language = options.language
        let organization = catalogue.organization
        guard let member = organization.member(staff), member.roles.contains(where: Authority.reviewers.contains) else {
            let holders = Authority.reviewers.flatMap { organization.staff(holding: $0) }.map { "\($0.name) (\($0.id))" }
            throw Failure(language.pick("只有上司、部門經理或總物業經理可以加覆核意見或調整分數：", "只有上司、部门经理或总物业经理可以加覆核意见或调整分数：",
                                        "Only a supervisor, department manager or the general manager may comment or override: ")
                          + holders.joined(separator: ", "))
        }
        var events: [TranscriptEvent] = []
        let now = Date()
        if let comment {
            let clean = SafeText.line(comment).trimmingCharacters(in: .whitespaces)
            guard !clean.isEmpty else { throw Failure("--comment needs words", code: 2) }
            events.append(TranscriptEvent(at: now, staff: staff, step: "review", .reviewComment(clean)))
        }
        if let override {
            let parts = override.split(separator: "=").map(String.init)
            guard parts.count == 2, let item = Scorecard.Item(rawValue: parts[0]), let result = Scorecard.Result(rawValue: parts[1]) else {
                throw Failure("--override takes ITEM=RESULT, e.g. g5=met; items: \(Scorecard.Item.allCases.map(\.rawValue).joined(separator: ", ")); results: \(Scorecard.Result.allCases.map(\.rawValue).joined(separator: ", "))", code: 2)
            }
            guard let reason, !SafeText.line(reason).trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Failure(language.pick("調整分數須以 --reason 說明原因。", "调整分数须以 --reason 说明原因。", "An override needs --reason."), code: 2)
            }
            let transcript: [TranscriptEvent]
            do { transcript = try store.transcript(of: file.record.caseNumber) } catch { throw Failure("\(error)") }
            let current = ReviewReport(file: file, transcript: transcript,
                                       rubric: Rubric(catalogue: catalogue, speech: material.speech),
                                       scenario: Self.scenario(in: transcript).flatMap(material.scenario), now: now)
            let from = current.reviewed.line(item)?.result ?? .notApplicable
            let change = ReviewOverride(item: item, from: from, to: result, reason: SafeText.line(reason), by: staff)
            events.append(TranscriptEvent(at: now, staff: staff, step: "review", change.event))
        }
        do {
            try store.save(file, events: events)
            // Keep the reviewed card for the month's guideline adherence.
            let transcript = try store.transcript(of: file.record.caseNumber)
            let report = ReviewReport(file: file, transcript: transcript,
                                      rubric: Rubric(catalogue: catalogue, speech: material.speech),
                                      scenario: Self.scenario(in: transcript).flatMap(material.scenario), now: now)
            try store.saveReviewScore(file.record.caseNumber, staff: staff, total: report.reviewed.total,
                                      scorecard: try JSONEncoder().encode(report.reviewed), at: now)
        } catch let error as StoreError {
            throw Failure("\(error)")
        }
    }
}
