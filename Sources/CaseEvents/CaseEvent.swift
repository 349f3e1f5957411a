import Foundation
import ComplaintDomain
import Training

/// What happened in a case, as a typed value: the one interface between intake, training,
/// scoring, review and report. Nothing reads an event's wording back; every reader matches
/// these cases. Stored as versioned JSON (see `StoredEvent`) beside a plain rendering.
public enum CaseEvent: Codable, Sendable, Equatable {
    // MARK: The start

    /// The first event of every case.
    case opened(CaseOpening)

    // MARK: What was on the screen and what was typed

    /// A prompt shown, for the question it asks (an `IntakeQuestion`, or `leave`).
    case prompt(question: String, text: String)
    /// A line typed at a prompt, exactly as typed.
    case typed(question: String, text: String)
    case key(KeyPress)
    /// The line typed just before, exactly as its bytes came, when they were not valid UTF-8
    /// (another encoding, a stray byte): `typed` holds what could be read of it.
    case rawInput(Data)
    /// A guideline's cue (nil: a cue that is not from one guideline).
    case cue(guideline: Int?, text: String)
    /// A phrase offered for staff to say.
    case phraseOffered(purpose: PhrasePurpose, text: String)
    /// An error or warning shown.
    case message(text: String)
    /// Confirming and saving was refused: facts were still missing (their questions, as
    /// `IntakeQuestion` raw values). A review flags it.
    case confirmRefused(missing: [String])
    /// The database could not take this turn (its error, as shown): the turn waited in the
    /// journal beside it and went in later. A review flags it, since the desk was told.
    case journaled(error: String)
    /// "This sounds urgent", with the words that prompted it.
    case urgencyWarning(terms: [String])
    /// Who to call now, shown on screen.
    case whoToCall(roles: [Role])
    /// Who was on duty for a role when it was shown, with how to reach them; nil staff: nobody
    /// was rostered (the holders were listed).
    case onDuty(role: Role, staff: String?, name: String?, phone: String?)
    /// The safety advice shown for a hazard heard, in the words shown.
    case safetyAdvice(hazard: String, text: String)
    /// A fact read from the account and proposed (not yet in the record): the field, its value
    /// and the words it came from.
    case proposal(field: String, value: String, heard: String)
    /// The proposals were accepted (each then follows as a field) or refused.
    case proposalsAnswered(accepted: Bool)
    /// What the caller said brought up a signal (anger, compensation, a repeat, a manager, the
    /// press or lawyers) and its cue.
    case signal(key: String)
    /// A house rule, or an article of the regulation, shown so staff can reason with it (guideline 9).
    case ruleShown(number: Int, article: Bool)
    /// The unit's or number's earlier cases of the last twelve months, shown.
    case earlierCases(count: Int, last: String?)

    // MARK: The record

    case field(RecordValue)
    /// A line of the caller's account, heard while listening.
    case accountLine(String)
    case note(String)
    case skipped(question: String)
    /// What staff reported about a phrase Coach offered at a respond question.
    case phrase(question: String, purpose: PhrasePurpose, answer: PhraseAnswer)
    case nature(chosen: Nature, suggested: Nature, basis: NatureBasis)
    /// The routing Coach showed, with its reasons as data.
    case routed(RoutingDecision)
    /// Staff went on past the routing screen (the people were told); a note if they typed one.
    case peopleTold(note: String?)
    /// Whether staff reported telling the caller what happens next.
    case promise(told: Bool, note: String?)
    /// Whoever took it is not on the roster: taken anyway (regulation 4), flagged.
    case notOnRoster(staff: String)
    case draftKept
    /// Staff reported calling someone about the case (`:called NAME`), at the event's time.
    case called(name: String)
    /// A junk draft voided: it stays, and never counts in statistics.
    case voided(reason: String)
    /// Intake finished: the case is received, with its routing at receipt.
    case received(CaseLife)

    // MARK: Training

    case trainingStarted(scenario: String, exam: Bool, mood: Mood)
    /// Said to the (simulated) caller: a line after `>`.
    case saidToCaller(String)
    case callerSaid(String)
    case moodChanged(from: Mood, to: Mood, because: String)
    /// Staff spoke before the caller had finished: after `segment` of `of`.
    case interruptedCaller(segment: Int, of: Int)
    case factRevealed(id: String)
    case giftOffered
    case giftDeclined(term: String)
    case giftAccepted(term: String)
    /// A line was typed while the caller was still talking (after `segment` of her opening, or
    /// during a reply when nil): recording at once and listening (guidelines 2, 4).
    case whileCallerTalking(segment: Int?)
    /// The caller asked for the manager or demanded compensation (`kind` as in the scenario).
    case demandMade(kind: String)
    /// What the trainee said next answered that demand well or badly.
    case demandAnswered(kind: String, well: Bool)
    /// Something said did not fit the moment: `act` repeated, a gift declined that nobody
    /// offered, an apology to a suggestion (`reason`: repeated, no_gift, suggestion).
    case misplaced(act: String, reason: String)
    case trainingFinished(start: Mood, end: Mood)
    case scored(total: Int, failed: Bool)

    // MARK: The case's life

    case action(ActionTaken)

    // MARK: Review

    case reviewComment(String)
    case reviewOverride(item: ScoreItem, from: ScoreResult, to: ScoreResult, reason: String)

    // MARK: Older databases

    /// A line from before events were typed that no parser understood, kept as it was.
    case legacy(kind: String, text: String)
    /// The record and life as the database held them when it was migrated: the base later
    /// events build on, since older transcripts did not say every field.
    case snapshot(record: ComplaintRecord, life: CaseLife)

    /// A key that ended a read without a line.
    public enum KeyPress: String, Codable, Sendable {
        case interrupt, endOfInput = "end_of_input"
    }
}
