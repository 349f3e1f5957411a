import ComplaintDomain
import Training
import Foundation

/// Why an item scored what it did, as data: the text module words it for the reader, so a card
/// scored in one language reads in another.
public enum ScoreReason: Codable, Equatable, Sendable {
    // Guideline 1
    case argued, excuseWhileUpset, noHeatedWords
    // Guideline 2
    case acknowledgedAndRecorded, acknowledgedNotRecorded, recordedNotAcknowledged, neitherAcknowledgedNorRecorded
    // Guideline 3
    case realCauseRecorded, empathyWithoutCause, realCauseNotLookedFor
    // Guideline 4 (`letThemFinish`, `didNotInterruptNoNotes`: live cards saved before live calls
    // were scored on what Coach can check, which still read back)
    case interrupted, letThemFinish, didNotInterruptNoNotes
    // Guideline 5
    case admittedWithoutExcuses, admittedThenExcused, excusesInsteadOfApology, shortfallNotAdmitted
    /// A suggestion is thanked, not apologised for; an urgent call acts first (no apology asked).
    case suggestionIsThanked, urgentActsFirst
    // Guideline 6
    case passedOn, tookOwnership, didNotTakeOwnership
    // Guideline 7
    case nobodyElseInvolved, otherPartyRecorded, otherPartyNotRecorded
    // Guideline 8
    case promisedFollowUp, noPromise
    // Guideline 11
    case noGiftOffered, acceptedGift, declinedGift, giftNotDeclined
    // The record
    case facts(found: Int, of: Int)
    case forTheReviewer
    case kind(given: ComplaintKind, right: ComplaintKind)
    case suggestionHasNoNature
    case nature(given: Nature?, right: Nature)
    case routing(given: Role, right: Role)
    case deadline(given: Date?, right: Date?)
    case reply(given: ReplyChannel, right: ReplyChannel)
    // Training: only what was said or done counts
    case nothingSaid, notedWhileTalking, listenedNoNotes, nothingShowsListening
    case causeNotTheRealOne, otherPartyWrong
    case notSet
    case category(given: String?, right: String)
    /// Routing and deadline follow from the classification: a mistake there is marked once.
    case followsFromClassification
    /// The reply goes by the call's own channel, which nobody had to set.
    case callsOwnChannel
    case demands(well: Int, of: Int)
    case noDemandMade
    case allFitted
    case outOfPlace(count: Int)
    case moodCalmer(from: Mood, to: Mood)
    case moodUnchanged(Mood)
    case moodRoseThenEased(peak: Mood)
    case moodAngrier(from: Mood, to: Mood)
    // Live calls: what Coach can check
    /// Nothing typed as said to the caller, and nothing reported said.
    case nothingTypedAsSaid
    /// Lines of the caller's account typed while listening; or only typed out afterwards.
    case accountNoted(lines: Int), accountAfterwards
    /// Nothing typed at "others to bring in": neither someone named nor "nobody".
    case othersNotAsked
    /// What a received case needs, found against needed, and the fields still empty.
    case recordMissing(found: Int, of: Int, missing: [IntakeQuestion])
    /// Marked urgent where Coach heard no danger: a reviewer confirms it was special.
    case urgentWithoutDanger
    /// The people told were the routing's before the record changed, not the final routing's.
    case toldBeforeChange(given: [Role], right: [Role])
    /// `:called` someone the routing names; someone it does not name; or only reported told.
    case calledRouted(name: String), calledSomeoneElse(name: String), toldReported
    case nobodyTold
    /// A suggestion: nobody has to be told at once, and no deadline applies.
    case nobodyToTell, suggestionHasNoDeadline
    /// The reply goes back `via` the way it came; `missing` is what the record lacks for it.
    case replyBy(via: ReplyChannel, missing: [IntakeQuestion])
    case noDangerHeard
    /// Seconds from the first danger word on screen to marking urgent and to calling someone
    /// (nil: not done), against the office's limits.
    case dangerActed(marked: TimeInterval?, called: TimeInterval?, markWithin: Int, callWithin: Int)
    /// The latest time promised, against what it had to keep: the deadline, or on an urgent
    /// call the call back within minutes.
    case promisedBy(PromisedTime, due: Date, callBack: Bool)
    /// A promise with no time in it: Coach cannot hold it against the deadline.
    case promiseWithoutTime
    /// A reviewer changed the result, and said why.
    case overridden(by: String, reason: String)
    /// A reason stored as words by an earlier Coach.
    case words(String)
}
