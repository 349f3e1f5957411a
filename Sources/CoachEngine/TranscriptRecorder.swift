import ComplaintDomain
import Foundation

/// Which effects of a turn become transcript lines: every prompt, every cue, every error, and
/// every decision, note or caller's line the engine records. The terminal loop and the tests
/// both write transcripts through this, so a scored transcript is the one a session writes.
public struct TranscriptRecorder: Sendable {
    public let staff: String

    public init(staff: String) {
        self.staff = staff
    }

    /// `step` is the question being asked once the effects are shown; `answered`, the one the
    /// input that produced them was typed at (decisions belong to it).
    public func events(of effects: [IntakeEffect], step: IntakeQuestion, answered: String? = nil, at time: Date) -> [TranscriptEvent] {
        effects.compactMap { effect in
            switch effect {
            case .show(let line) where line.style == .cue:
                TranscriptEvent(at: time, staff: staff, kind: .cue, step: step.rawValue, text: line.text)
            case .show(let line) where line.style == .error:
                TranscriptEvent(at: time, staff: staff, kind: .system, step: step.rawValue, text: line.text)
            case .ask(let spec):
                TranscriptEvent(at: time, staff: staff, kind: .prompt, step: spec.question?.rawValue ?? step.rawValue, text: spec.plainText)
            case .record(let kind, let text):
                TranscriptEvent(at: time, staff: staff, kind: kind, step: answered ?? step.rawValue, text: text)
            default:
                nil
            }
        }
    }

    /// What was typed (or pressed) at a prompt.
    public func input(_ event: IntakeEvent, at prompt: PromptSpec, time: Date) -> TranscriptEvent? {
        let step = prompt.question?.rawValue ?? prompt.step.rawValue
        switch event {
        case .line(let line): return TranscriptEvent(at: time, staff: staff, kind: .input, step: step, text: line)
        case .interrupt: return TranscriptEvent(at: time, staff: staff, kind: .system, step: step, text: "Ctrl-C")
        case .endOfInput: return TranscriptEvent(at: time, staff: staff, kind: .system, step: step, text: "end of input (Ctrl-D)")
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
