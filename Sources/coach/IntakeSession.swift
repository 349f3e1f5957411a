import CoachEngine
import CoachStore
import ComplaintDomain
import Foundation
import LineEditor

/// The one loop that joins the line editor, the intake engine and the store. Each turn: the
/// engine decides, the turn is written durably, and only then is it shown — so whatever is on
/// the screen is already on disk.
final class IntakeSession {
    let engine: IntakeEngine
    let store: CoachStore
    let source: LineSource
    let presenter: Presenter
    let staff: String
    var state: IntakeState
    /// Events a failed write could not save yet; written with the next turn.
    private var unsaved: [TranscriptEvent] = []
    /// The record as last written, so a turn that did not change it does not rewrite it.
    private var written: ComplaintRecord?

    init(engine: IntakeEngine, store: CoachStore, source: LineSource, presenter: Presenter, staff: String, state: IntakeState) {
        self.engine = engine
        self.store = store
        self.source = source
        self.presenter = presenter
        self.staff = staff
        self.state = state
    }

    /// Runs the conversation from its first effects until it finishes or input ends.
    func run(_ first: [IntakeEffect]) -> IntakeOutcome {
        var effects = first
        var input: TranscriptEvent?
        while true {
            let prompt = perform(effects, input: input)
            if let outcome = state.outcome {
                source.close()
                return outcome
            }
            guard let prompt else { return .draft }
            let rendered = presenter.prompt(prompt)
            let read = source.read(LinePrompt(plain: rendered.plain, styled: rendered.styled, completions: prompt.completions,
                                              prefill: prompt.retry))
            let now = Date()
            switch read {
            case .line(let line):
                input = TranscriptEvent(at: now, staff: staff, kind: .input, step: prompt.question?.rawValue ?? prompt.step.rawValue, text: line)
                effects = engine.handle(.line(line), &state)
            case .interrupted:
                input = TranscriptEvent(at: now, staff: staff, kind: .system, step: prompt.step.rawValue, text: "Ctrl-C")
                effects = engine.handle(.interrupt, &state)
            case .endOfInput:
                input = TranscriptEvent(at: now, staff: staff, kind: .system, step: prompt.step.rawValue, text: "end of input (Ctrl-D)")
                effects = engine.handle(.endOfInput, &state)
            }
        }
    }

    /// Writes the turn, then shows it; returns the prompt to read at next, if any.
    private func perform(_ effects: [IntakeEffect], input: TranscriptEvent?) -> PromptSpec? {
        let now = Date()
        var events = unsaved + (input.map { [$0] } ?? [])
        var prompt: PromptSpec?
        var finished = false
        for effect in effects {
            let step = state.question.rawValue
            switch effect {
            case .show(let line):
                switch line.style {
                case .cue: events.append(TranscriptEvent(at: now, staff: staff, kind: .cue, step: step, text: line.text))
                case .error: events.append(TranscriptEvent(at: now, staff: staff, kind: .system, step: step, text: line.text))
                default: break
                }
            case .ask(let spec):
                prompt = spec
                events.append(TranscriptEvent(at: now, staff: staff, kind: .prompt, step: spec.question?.rawValue ?? step,
                                              text: presenter.prompt(spec).plain))
            case .record(let kind, let text):
                events.append(TranscriptEvent(at: now, staff: staff, kind: kind, step: step, text: text))
            case .save:
                break
            case .finish:
                finished = true
            }
        }
        let draft: IntakeTurn.Draft = state.outcome == .received ? .clear : .keep(progressJSON)
        let turn = IntakeTurn(caseNumber: state.record.caseNumber, events: events,
                              record: state.record == written ? nil : state.record, draft: draft)
        var saveError: StoreError?
        do {
            try store.commit(turn)
            unsaved = []
            written = state.record
        } catch {
            unsaved = events
            saveError = error
        }
        for effect in effects {
            switch effect {
            case .show(let line): source.write(presenter.render(line) + "\n")
            default: break
            }
        }
        if let saveError {
            source.write(presenter.render(OutputLine(.error, "\(saveError) — kept in memory; it is written with your next line.")) + "\n")
            if finished { keepUnsavedOnExit(saveError) }
        }
        return prompt
    }

    private var progressJSON: Data {
        (try? JSONEncoder().encode(state.progress)) ?? Data("{}".utf8)
    }

    /// Last resort when the database stays unavailable as the session ends: the turn's events
    /// go to a file beside the history, so nothing typed is lost.
    private func keepUnsavedOnExit(_ error: StoreError) {
        for _ in 0..<3 {
            let turn = IntakeTurn(caseNumber: state.record.caseNumber, events: unsaved, record: state.record,
                                  draft: .keep(progressJSON))
            if (try? store.commit(turn)) != nil {
                unsaved = []
                return
            }
        }
        let folder = (StatePaths.historyFile(environment: ProcessInfo.processInfo.environment) as NSString).deletingLastPathComponent
        let path = folder + "/unsaved-\(state.record.caseNumber).json"
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
