import CaseEvents
import ComplaintDomain
import Foundation
import Training

/// Scores a call from its transcript and record. A training call is scored by `DrillRubric`
/// against its scenario; for a real call the record items that need a right answer are left to
/// the reviewer, and a gift never comes up (there is no simulated caller to offer one).
public struct Rubric: Sendable {
    public let catalogue: GuidanceCatalogue
    public let speech: SpeechLexicon
    public init(catalogue: GuidanceCatalogue, speech: SpeechLexicon) {
        self.catalogue = catalogue
        self.speech = speech
    }

    public func score(_ events: [TranscriptEvent], record: ComplaintRecord, scenario: Scenario?) -> Scorecard {
        if let scenario { return DrillRubric(rubric: self, scenario: scenario).score(events, record: record) }
        let call = CallEvidence(events: events, speech: speech)
        var lines: [Scorecard.Line] = []
        func add(_ item: Scorecard.Item, _ result: Scorecard.Result, _ evidence: Scorecard.Evidence?, _ reason: ScoreReason) {
            lines.append(Scorecard.Line(item: item, result: result, evidence: evidence, reason: reason))
        }

        // 1: stay calm — no arguing or blaming; an excuse is a slip.
        if let heated = call.said(.argue) ?? call.said(.blame) {
            add(.g1, .missed, heated, .argued)
        } else if let excuse = call.said(.excuse) {
            add(.g1, .partly, excuse, .excuseWhileUpset)
        } else {
            add(.g1, .met, call.firstWords, .noHeatedWords)
        }

        // 2: acknowledge their feelings and record at once.
        let acknowledged = call.tick(.acknowledge, .acknowledge) ?? call.tick(.thank, .acknowledge) ?? call.said(.acknowledge)
        let recorded = call.firstInput(at: [.account, .what])
        switch (acknowledged, recorded) {
        case (let a?, _?): add(.g2, .met, a, .acknowledgedAndRecorded)
        case (let a?, nil): add(.g2, .partly, a, .acknowledgedNotRecorded)
        case (nil, let r?): add(.g2, .partly, r, .recordedNotAcknowledged)
        case (nil, nil): add(.g2, .missed, nil, .neitherAcknowledgedNorRecorded)
        }

        // 3: find the real cause; empathy helps.
        // Typed at its question or set from anywhere (`:cause`): what counts is that it was found.
        let cause = call.firstInput(at: [.realCause]) ?? call.first { if case .field(.realCause(_?)) = $0 { true } else { false } }
        let empathy = call.said(.empathy)
        if let cause, record.realCause != nil {
            add(.g3, .met, cause, .realCauseRecorded)
        } else if let empathy {
            add(.g3, .partly, empathy, .empathyWithoutCause)
        } else {
            add(.g3, .missed, nil, .realCauseNotLookedFor)
        }

        // 4: listen without interrupting.
        if let interrupted = call.first({ if case .interruptedCaller = $0 { true } else { false } }) {
            add(.g4, .missed, interrupted, .interrupted)
        } else if let recorded {
            add(.g4, .met, recorded, .letThemFinish)
        } else {
            add(.g4, .partly, nil, .didNotInterruptNoNotes)
        }

        // 5: admit the shortfall, with no excuses.
        let apology = call.tick(.admitShortfall, .apology) ?? call.said(.apology)
        switch (apology, call.said(.excuse)) {
        case (nil, nil) where record.kind == .suggestion: add(.g5, .notApplicable, nil, .suggestionIsThanked)
        case (nil, nil) where record.nature == .urgent: add(.g5, .notApplicable, nil, .urgentActsFirst)
        case (let a?, nil): add(.g5, .met, a, .admittedWithoutExcuses)
        case (_?, let e?): add(.g5, .partly, e, .admittedThenExcused)
        case (nil, let e?): add(.g5, .missed, e, .excusesInsteadOfApology)
        case (nil, nil): add(.g5, .missed, nil, .shortfallNotAdmitted)
        }

        // 6: take ownership; never pass them around.
        if let buck = call.said(.passTheBuck) {
            add(.g6, .missed, buck, .passedOn)
        } else if let owned = call.tick(.takeOwnership, .ownership) ?? call.said(.ownership) {
            add(.g6, .met, owned, .tookOwnership)
        } else if record.kind == .suggestion {
            add(.g6, .notApplicable, nil, .suggestionIsThanked)
        } else {
            add(.g6, .missed, nil, .didNotTakeOwnership)
        }

        // 7: coordinate with others involved, where someone else must be brought in.
        if record.coordinateWith.isEmpty {
            add(.g7, .notApplicable, nil, .nobodyElseInvolved)
        } else {
            add(.g7, .met, call.firstInput(at: [.coordinateWith]), .otherPartyRecorded)
        }

        // 8: promise the follow-up.
        if let promised = call.first({ if case .promise(told: true, _) = $0 { true } else { false } }) {
            add(.g8, .met, promised, .promisedFollowUp)
        } else {
            add(.g8, .missed, nil, .noPromise)
        }

        // Facts drawn out: on a real call, the check step's facts filled; the items that need a
        // right answer are the reviewer's.
        let filled = [record.location, record.since, record.wants, record.realCause].compactMap { $0 }.count
        add(.facts, filled == 4 ? .met : filled >= 2 ? .partly : .missed, call.firstInput(at: [.since, .wants, .location]),
            .facts(found: filled, of: 4))
        for item in [Scorecard.Item.classification, .nature, .routing, .deadline, .reply] {
            add(item, .notApplicable, nil, .forTheReviewer)
        }
        return Scorecard(lines: lines, failed: false)
    }
}
