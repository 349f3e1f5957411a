import CaseEvents
import Foundation

/// One line of the call condensed for a supervisor: what the caller said, what staff said or
/// reported, what went into the record, what was decided and what Coach raised — each credited
/// to whose it is. Prompts, cues, keys and typed commands (`:back`…) are left out; the full
/// transcript keeps them.
public struct ConversationLine: Sendable, Equatable {
    public enum Voice: Sendable, Equatable {
        /// The caller's own words and reactions: a simulated caller's in training.
        case caller
        /// On a live call, the caller's account as staff wrote it down: the only record of
        /// their words Coach has.
        case callerAsNoted
        /// What staff said to the caller, or reported saying or doing.
        case staff
        /// Fields and notes put in the record (several set in a row make one line).
        case record
        /// The nature, the routing, receipt, voiding, a case action.
        case decision
        /// What Coach raised: danger heard, who is on duty, earlier cases, a save refused.
        case coach
    }

    /// The first transcript entry it stands for.
    public var entry: Int
    public var at: Date
    public var voice: Voice
    /// Who was at the desk.
    public var staff: String
    public var events: [CaseEvent]

    /// The transcript condensed; `training` says the caller was simulated, so her words are
    /// her own and the account lines are the trainee's notes.
    public static func condense(_ entries: [ReviewReport.Entry], training: Bool) -> [ConversationLine] {
        var lines: [ConversationLine] = []
        for entry in entries {
            guard let voice = voice(of: entry.event, training: training) else { continue }
            if let last = lines.last, last.voice == voice, last.staff == entry.staff, voice == .record || voice == .coach {
                lines[lines.count - 1].events.append(entry.event)
            } else {
                lines.append(ConversationLine(entry: entry.index, at: entry.at, voice: voice, staff: entry.staff, events: [entry.event]))
            }
        }
        return lines
    }

    /// Whose an event is in the condensed call, or nil when it is left out.
    static func voice(of event: CaseEvent, training: Bool) -> Voice? {
        switch event {
        case .callerSaid, .moodChanged, .demandMade, .giftOffered: .caller
        case .accountLine: training ? .record : .callerAsNoted
        case .saidToCaller, .phrase, .promise, .peopleTold, .called, .giftDeclined, .giftAccepted, .interruptedCaller: .staff
        case .field, .note: .record
        case .nature, .routed, .received, .voided, .draftKept, .proposalsAnswered, .action: .decision
        case .urgencyWarning, .onDuty, .earlierCases, .confirmRefused, .journaled, .notOnRoster: .coach
        case .legacy(let kind, _):
            switch kind {
            case "caller": .caller
            case "speech": .staff
            case "note": .record
            case "decision", "transition": .decision
            default: nil
            }
        // What the screen showed, what was typed to get there, and the scoring's own notes:
        // the condensed call is a chosen few, and anything else stays in the full transcript.
        default: nil
        }
    }
}
