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
    // Guideline 4
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
    /// A reviewer changed the result, and said why.
    case overridden(by: String, reason: String)
    /// A reason stored as words by an earlier Coach.
    case words(String)
}
