import ComplaintDomain
import Foundation

/// Which effects of a turn become transcript events: every prompt, every line shown that carries
/// an event, every error, and every event the engine records. The terminal loop and the tests
/// both write transcripts through this, so a scored transcript is the one a session writes.
public struct TranscriptRecorder: Sendable {
    public let staff: String

    public init(staff: String) {
        self.staff = staff
    }

    /// `step` is the question being asked once the effects are shown; `answered`, the one the
    /// input that produced them was typed at (what it decided belongs to it).
    public func events(of effects: [IntakeEffect], step: IntakeQuestion, answered: String? = nil, at time: Date) -> [TranscriptEvent] {
        effects.compactMap { effect in
            switch effect {
            case .show(let line):
                if let event = line.event { return TranscriptEvent(at: time, staff: staff, step: step.rawValue, event) }
                guard line.style == .error else { return nil }
                return TranscriptEvent(at: time, staff: staff, step: step.rawValue, .message(text: line.text))
            case .ask(let spec):
                let question = spec.question?.rawValue ?? "leave"
                return TranscriptEvent(at: time, staff: staff, step: spec.question?.rawValue ?? step.rawValue,
                                       .prompt(question: question, text: spec.plainText))
            case .record(let event):
                return TranscriptEvent(at: time, staff: staff, step: answered ?? step.rawValue, event)
            default:
                return nil
            }
        }
    }

    /// What was typed (or pressed) at a prompt.
    public func input(_ event: IntakeEvent, at prompt: PromptSpec, time: Date) -> TranscriptEvent? {
        let step = prompt.question?.rawValue ?? prompt.step.rawValue
        let question = prompt.question?.rawValue ?? "leave"
        switch event {
        case .line(let line): return TranscriptEvent(at: time, staff: staff, step: step, .typed(question: question, text: line))
        case .interrupt: return TranscriptEvent(at: time, staff: staff, step: step, .key(.interrupt))
        case .endOfInput: return TranscriptEvent(at: time, staff: staff, step: step, .key(.endOfInput))
        case .resume: return nil
        }
    }
}

extension PromptSpec {
    /// `3/7 Since when [last Friday] › `, as the transcript keeps it (no colour).
    public var plainText: String {
        var text = "\(step.number)/\(stepCount) \(label)"
        if let hint { text += " \(hint)" }
        if let defaultValue { text += " [\(shownDefault(defaultValue))]" }
        return text + " › "
    }

    /// A default as shown in brackets: one line, at most 24 columns.
    public func shownDefault(_ value: String) -> String {
        DisplayWidth.truncate(SafeText.line(value), to: 24)
    }
}
