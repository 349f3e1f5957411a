import ComplaintDomain
import Foundation

/// What the intake shows, as data: the text module (CoachText's `IntakeWords`) words it in the
/// reader's language. Guidance content (a guideline's cue, a phrase to say) comes already
/// chosen in the conversation's language, since it is the office's text, not the program's.
public enum Display: Equatable, Sendable {
    case opening(CaseNumber, receivedAt: Date)
    case resumed(CaseNumber, receivedAt: Date)
    case notOnRoster(staff: String)
    /// A step begins: where it stands, what is still missing.
    case stepHeader(IntakeStep, missing: [IntakeQuestion])
    case cue(guideline: Int, text: String)
    case phrase(PhrasePurpose, text: String)
    case listenIntro
    /// Heard while listening: it sounds urgent, and why.
    case soundsUrgent(UrgencySuggestion)
    /// Coach's suggestion for the nature, before it is asked.
    case natureSuggestion(UrgencySuggestion)
    case choices(IntakeQuestion, [Choice])
    case routing(RoutingDecision)
    /// Marked urgent with `:urgent`: who to tell now.
    case urgentMarked(RoutingDecision)
    /// What to promise the caller: the case number, by when, how they hear back, the follow-up.
    case promise(CaseNumber, RoutingDecision, phrase: String?)
    case summary(ComplaintRecord, missing: [IntakeQuestion])
    case help(IntakeQuestion, [Choice])
    case guidelines([Guideline], full: Bool)
    case guideUsage
    case notUnderstood(typed: String, [Choice])
    case unknownCommand(String)
    case required
    case tooLong(characters: Int)
    case notText
    case atFirst
    case interrupted
    case noteAdded(count: Int)
    case noteEmpty
    case saved(CaseNumber)
    case draftKept(CaseNumber)
    case cannotConfirm(missing: [IntakeQuestion])
    case notConfirmed
    // Training
    case trainingIntro(title: String, summary: String)
    case sayAfterMarker
    case callerSaid(name: String, words: String)
}
