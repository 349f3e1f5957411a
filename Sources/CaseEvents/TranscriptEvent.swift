import ComplaintDomain
import Foundation

/// One thing that happened in a case, in the order it happened, with when, who, and the intake
/// question or case action it belongs to. The transcript is only ever appended to.
public struct TranscriptEvent: Codable, Sendable, Equatable {
    /// Broad groups for showing and searching a transcript.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case prompt, input, cue, decision, note, transition, system
        /// What the staff member said to the caller (a line typed after `>`).
        case speech
        /// What the caller said: a simulated complainant's words in training.
        case caller
    }

    public var at: Date
    public var staff: String
    /// The intake question or case action it belongs to.
    public var step: String?
    public var event: CaseEvent

    public init(at: Date, staff: String, step: String? = nil, _ event: CaseEvent) {
        self.at = at
        self.staff = staff
        self.step = step
        self.event = event
    }

    public var kind: Kind { event.kind }
}

extension CaseEvent {
    public var kind: TranscriptEvent.Kind {
        switch self {
        case .prompt: .prompt
        case .typed: .input
        case .cue, .phraseOffered, .signal, .ruleShown: .cue
        case .key, .rawInput, .message, .confirmRefused, .journaled, .urgencyWarning, .whoToCall, .onDuty, .safetyAdvice, .proposal, .earlierCases,
             .notOnRoster, .draftKept, .opened, .snapshot: .system
        case .note, .reviewComment: .note
        case .saidToCaller: .speech
        case .callerSaid: .caller
        case .action, .received, .voided: .transition
        case .legacy(let kind, _): TranscriptEvent.Kind(rawValue: kind) ?? .system
        case .field, .accountLine, .skipped, .proposalsAnswered, .called, .phrase, .nature, .routed, .peopleTold, .promise, .trainingStarted,
             .moodChanged, .interruptedCaller, .factRevealed, .giftOffered, .giftDeclined, .giftAccepted,
             .whileCallerTalking, .demandMade, .demandAnswered, .misplaced, .trainingFinished, .scored, .reviewOverride: .decision
        }
    }

    /// Words a person typed or said, which search finds; nil for what Coach showed or decided.
    public var spokenOrTyped: String? {
        switch self {
        case .typed(_, let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let first = trimmed.first, first != ":", first != "：" else { return nil }
            return text
        case .note(let text), .saidToCaller(let text), .callerSaid(let text), .reviewComment(let text):
            return text
        case .legacy(let kind, let text) where ["input", "note", "speech", "caller"].contains(kind):
            return text
        default:
            return nil
        }
    }
}
