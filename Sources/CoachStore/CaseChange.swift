import CaseEvents
import ComplaintDomain

/// What an action decided, read inside `CoachStore.change`: save the case as it now stands with
/// the events that say why, or leave it as it is; either way with a result for the caller.
public enum CaseChange<T> {
    case save(CaseFile, [TranscriptEvent], T)
    case leave(T)
}
