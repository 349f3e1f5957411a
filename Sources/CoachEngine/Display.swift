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
    /// Danger heard in a line: what was heard, the safety advice, who is on duty for it now and
    /// how to reach them (the routing the case would have if urgent); `marked` when it already is.
    case danger(UrgencySuggestion, RoutingDecision, marked: Bool)
    /// Facts read from a line of the account, proposed for the record.
    case heardFacts([ProposedFact])
    /// After listening: the record so far, the facts heard to accept at once, what is missing.
    case readBack(ComplaintRecord, heard: [ProposedFact], missing: [IntakeQuestion])
    /// At the confirmation with facts heard and not yet taken (after `:done`): `y` takes them and saves.
    case confirmTakesHeard
    /// The unit's or number's earlier cases.
    case earlierCases(EarlierCases)
    /// A house rule (as a cue when the account touched it), the rules, or a regulation article.
    case houseRule(HouseRule, cue: Bool)
    case houseRules([HouseRule])
    case article(RegulationArticle)
    case ruleUsage
    /// The urgent close: the duty manager has been told and calls back within `minutes`.
    case urgentPromise(CaseNumber, RoutingDecision, minutes: Int, phrase: String?)
    /// `:FIELD VALUE` took.
    case fieldSet(RecordField, String)
    /// Enter alone at a question that asks what was said.
    case sayWhatWasSaid
    case called(String)
    case calledUsage
    case voided(CaseNumber)
    case voidUsage
    /// What to promise the caller: the case number, by when, how they hear back, the follow-up.
    case promise(CaseNumber, RoutingDecision, receivedAt: Date, phrase: String?)
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
    /// She is still talking: what she has said of it so far.
    case callerTalking(name: String, soFar: String)
}
