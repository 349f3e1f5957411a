import CaseEvents
import ComplaintDomain

/// What the engine asks the outside world to do. The loop that runs the engine shows lines,
/// asks, writes the transcript and saves; the engine itself touches nothing.
///
/// Transcript rule: the loop appends every `ask` as a prompt, every typed line as typed, every
/// `show` that means something for the case (a cue, a phrase offered, a warning, who to call)
/// as that event and every error as a message, and every `record` as given.
public enum IntakeEffect: Equatable, Sendable {
    case show(Display)
    case ask(PromptSpec)
    case record(CaseEvent)
    /// Persist the record as it now stands.
    case save
    case finish(IntakeOutcome)
}
