import CaseEvents
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation
import LineEditor

/// The one loop that joins the line editor, the intake engine and the store. Each turn: the
/// engine decides, the turn is written durably, and only then is it shown — so whatever is on
/// the screen is already on disk.
final class IntakeSession<Engine: Conversation> {
    let engine: Engine
    let store: CoachStore
    let source: LineSource
    let presenter: Presenter
    let staff: String
    var state: Engine.State
    /// Events a failed write could not save yet; written with the next turn.
    private var unsaved: [TranscriptEvent] = []
    /// The record and draft as last written, so a turn that did not change them (a line of
    /// notes changes only the record) does not rewrite them.
    private var written: ComplaintRecord?
    private var writtenDraft: Data?
    private let recorder: TranscriptRecorder
    /// The words of every screen and prompt, in the desk's language.
    let words: IntakeWords

    init(engine: Engine, store: CoachStore, source: LineSource, presenter: Presenter, staff: String, state: Engine.State,
         words: IntakeWords) {
        self.engine = engine
        self.words = words
        self.store = store
        self.source = source
        self.presenter = presenter
        self.staff = staff
        self.state = state
        recorder = TranscriptRecorder(staff: staff, words: words)
    }

    /// Runs the conversation from its first effects until it finishes or input ends.
    func run(_ first: [IntakeEffect]) -> IntakeOutcome {
        var effects = first
        var input: TranscriptEvent?
        while true {
            let prompt = perform(effects, input: input)
            if let outcome = engine.outcome(state) {
                source.close()
                return outcome
            }
            guard let prompt else { return .draft }
            let rendered = presenter.prompt(words.parts(prompt))
            let read = source.read(LinePrompt(plain: rendered.plain, styled: rendered.styled, completions: words.completions(prompt),
                                              prefill: prompt.retry))
            let event: IntakeEvent = switch read {
            case .line(let line): .line(line)
            case .interrupted: .interrupt
            case .endOfInput: .endOfInput
            }
            input = recorder.input(event, at: prompt, time: Date())
            effects = engine.handle(event, &state)
        }
    }

    /// Writes the turn, then shows it; returns the prompt to read at next, if any.
    private func perform(_ effects: [IntakeEffect], input: TranscriptEvent?) -> PromptSpec? {
        let now = Date()
        var events = unsaved + (input.map { [$0] } ?? [])
        events += recorder.events(of: effects, step: engine.question(state), answered: input?.step, at: now)
        let prompt = effects.reduce(nil) { found, effect -> PromptSpec? in
            if case .ask(let spec) = effect { return spec }
            return found
        }
        let finished = effects.contains { if case .finish = $0 { true } else { false } }
        let record = engine.record(state)
        let progress = engine.draft(state)
        let draft: IntakeTurn.Draft = engine.outcome(state) == .received ? .clear : progress == writtenDraft ? .unchanged : .keep(progress)
        let turn = IntakeTurn(caseNumber: record.caseNumber, events: events,
                              record: record == written ? nil : record, draft: draft)
        var saveError: StoreError?
        do {
            try store.commit(turn)
            unsaved = []
            written = record
            writtenDraft = progress
        } catch {
            unsaved = events
            saveError = error
        }
        for effect in effects {
            switch effect {
            case .show(let display):
                for line in words.lines(display) { source.write(presenter.render(line) + "\n") }
            default: break
            }
        }
        if let saveError {
            source.write(presenter.render(OutputLine(.error, "\(saveError) — kept in memory; it is written with your next line.")) + "\n")
            if finished { keepUnsavedOnExit(saveError) }
        }
        return prompt
    }

    /// Last resort when the database stays unavailable as the session ends: the turn's events
    /// go to a file beside the history, so nothing typed is lost.
    private func keepUnsavedOnExit(_ error: StoreError) {
        for _ in 0..<3 {
            let record = engine.record(state)
            let turn = IntakeTurn(caseNumber: record.caseNumber, events: unsaved, record: record,
                                  draft: .keep(engine.draft(state)))
            if (try? store.commit(turn)) != nil {
                unsaved = []
                return
            }
        }
        let folder = (StatePaths.historyFile(environment: ProcessInfo.processInfo.environment) as NSString).deletingLastPathComponent
        let path = folder + "/unsaved-\(engine.record(state).caseNumber).json"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        if let data = try? encoder.encode(["events": unsaved]) {
            let written = FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600])
            let message = written ? "The database stayed unavailable: what was typed is in \(path)."
                : "The database stayed unavailable and \(path) could not be written."
            source.write(presenter.render(OutputLine(.error, message)) + "\n")
        }
    }
}
