import CaseEvents
import ComplaintDomain
import Foundation

/// What the engine asks the outside world to do. The loop that runs the engine shows lines,
/// asks, writes the transcript and saves; the engine itself touches nothing.
///
/// Transcript rule: the loop appends every `ask` as a prompt, every typed line as typed, every
/// `show` that means something for the case (a cue, a phrase offered, a warning, who to call,
/// safety advice, a proposal, a rule) as its events and every error as a message, and every
/// `record` as given.
public enum IntakeEffect: Equatable, Sendable {
    case show(Display)
    case ask(PromptSpec)
    case record(CaseEvent)
    /// Persist the record as it now stands.
    case save
    case finish(IntakeOutcome)
    /// Find the earlier cases of this unit (in this building) or this number since `since`, and
    /// hand them back as `IntakeEvent.earlier`, before the next prompt.
    case lookUpEarlier(EarlierLookUp)
}

/// What to look up for a repeat complaint.
public struct EarlierLookUp: Equatable, Sendable {
    public var building: String?
    public var unit: String?
    public var contact: String?
    public var since: Date
    /// The case asking, left out of its own history.
    public var excluding: CaseNumber
}
