import ArgumentParser
import CivilTime
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation
import LineEditor
import TextSafety

/// `coach resume [CASE]`: continue an unfinished intake exactly where it stopped.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "List unfinished intakes, or continue one where it stopped.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The case number (e.g. 261129-007) or its place in the list. Without it: the list, then a choice.")
    var caseNumber: String?

    func run() throws {
        let (catalogue, store) = try Startup.load(options)
        try JournalCheck.replay(store, language: options.language)
        let drafts = try store.drafts()
        let language = options.language
        let text = ResumeText(language: language)
        guard !drafts.isEmpty else {
            print(text.none)
            return
        }
        let source = Terminal.source(environment: options.environment)
        let presenter = Presenter(interactive: source.isInteractive, environment: options.environment)
        var choice = caseNumber
        if choice == nil {
            for line in listing(drafts, calendar: catalogue.organization.calendar, text: text) {
                source.write(line + "\n")
            }
            if drafts.count == 1 {
                choice = "1"
            } else {
                switch source.read(LinePrompt(plain: text.which, completions: drafts.map(\.record.caseNumber.description),
                                                 history: HistoryPolicy(leadingWords: 1))) {
                case .line(let line), .undecodable(let line, _, _): choice = line.trimmingCharacters(in: .whitespaces)
                case .interrupted, .endOfInput: return
                }
            }
        }
        guard let draft = pick(choice ?? "1", from: drafts) else {
            throw Failure(text.noSuch(choice ?? ""))
        }
        if draft.record.isTraining {
            try resumeTraining(draft, catalogue: catalogue, store: store, source: source, presenter: presenter)
            return
        }
        var state: IntakeState
        if let saved = draft.state {
            do {
                state = IntakeState(record: draft.record, progress: try JSONDecoder().decode(IntakeProgress.self, from: saved))
            } catch {
                throw Failure(text.unreadable(draft.record.caseNumber))
            }
        } else {
            // Stopped before its first line was written: it starts again at the first question.
            state = IntakeState(record: draft.record)
        }
        let engine = IntakeEngine(catalogue: catalogue, language: language)
        let first = engine.handle(.resume, &state)
        let session = IntakeSession(engine: engine, store: store, source: source, presenter: presenter,
                                    staff: options.staffID, state: state,
                                    words: IntakeWords(language: engine.language, organization: catalogue.organization))
        _ = session.run(first)
        try JournalCheck.settled(session, language: options.language)
    }

    /// A training call picks up with the same caller, mood and all, and is scored at the end.
    private func resumeTraining(_ draft: Draft, catalogue: GuidanceCatalogue, store: any CaseStore, source: LineSource,
                                presenter: Presenter) throws {
        let text = ResumeText(language: options.language)
        guard let saved = draft.state, var state = try? JSONDecoder().decode(TrainingState.self, from: saved) else {
            throw Failure(text.unreadable(draft.record.caseNumber))
        }
        state.intake.record = draft.record
        let material = try options.loadTraining(catalogue)
        guard let scenario = material.scenario(state.scenario) else {
            throw Failure("the scenario \(state.scenario) of case \(draft.record.caseNumber) is no longer in guidance/scenarios/")
        }
        let engine = TrainingEngine(catalogue: catalogue, language: options.language, scenario: scenario,
                                    speech: material.speech, exam: state.exam)
        var training = state
        let first = engine.handle(.resume, at: Date(), &training)
        let session = IntakeSession(engine: engine, store: store, source: source, presenter: presenter,
                                    staff: options.staffID, state: training,
                                    words: IntakeWords(language: options.language, organization: catalogue.organization))
        let outcome = session.run(first)
        try JournalCheck.settled(session, language: options.language)
        guard outcome == .received else { return }
        try TrainingScore(catalogue: catalogue, material: material, store: store, language: options.language,
                          staff: options.staffID).finish(session.state, scenario: scenario, source: source, presenter: presenter, at: Date())
    }

    private func pick(_ choice: String, from drafts: [Draft]) -> Draft? {
        if let index = Int(choice), (1...drafts.count).contains(index) { return drafts[index - 1] }
        return drafts.first { $0.record.caseNumber.description == choice }
    }

    private func listing(_ drafts: [Draft], calendar: WorkingCalendar, text: ResumeText) -> [String] {
        drafts.enumerated().map { index, draft in
            let r = draft.record
            let who = [r.person.name, r.building, r.unit].compactMap { $0 }.joined(separator: " ")
            let said = r.account.split(separator: "\n").first.map(String.init) ?? ""
            let training = r.isTraining ? text.training + " " : ""
            let summary = training + DisplayWidth.truncate(SafeText.line([who, said].filter { !$0.isEmpty }.joined(separator: " · ")), to: 40)
            return "\(index + 1). \(r.caseNumber)  \(calendar.describe(r.receivedAt, in: text.language))  \(r.receivedBy)  \(summary)"
        }
    }
}

/// The words of `coach resume`.
struct ResumeText {
    let language: Language

    private func t(_ hant: String, _ hans: String, _ en: String) -> String {
        language.pick(hant, hans, en)
    }

    var training: String { t("［訓練］", "［训练］", "[training]") }
    var none: String { t("沒有未完成的接訴。", "没有未完成的接诉。", "No unfinished intakes.") }
    var which: String { t("繼續哪一個？（編號或個案號） › ", "继续哪一个？（编号或个案号） › ", "Resume which? (number or case) › ") }
    func noSuch(_ choice: String) -> String {
        t("沒有未完成的個案「\(choice)」；coach resume 列出全部。", "没有未完成的个案「\(choice)」；coach resume 列出全部。",
          "No unfinished intake \"\(choice)\"; coach resume lists them.")
    }
    func unreadable(_ number: CaseNumber) -> String {
        t("個案 \(number) 的草稿無法讀取（可能由較新版本的 Coach 寫入）；記錄本身完好。",
          "个案 \(number) 的草稿无法读取（可能由较新版本的 Coach 写入）；记录本身完好。",
          "The draft of case \(number) cannot be read (perhaps written by a newer Coach); the record itself is intact.")
    }
}
