import CaseEvents
import CivilTime
import ComplaintDomain
import Foundation
import Training

/// Scores a live call on what Coach can check: the words typed as said, what was done (marking
/// urgent, `:called`), the record, and Coach's own reading of that record — the nature its words
/// suggest and the routing Coach gives for it. Nothing Coach did not see counts as done: Enter
/// earns nothing, and a `y` at "did you say it?" is what staff reported, shown as reported and
/// worth half (`Scorecard.Line.reported`). Every item is on every card on the whole scale, so an
/// item that does not apply loses nothing — and is decided by what was typed or found (a
/// suggestion, "nobody" typed at others, no danger heard), never by a question left empty.
struct LiveRubric {
    let rubric: Rubric

    typealias Evidence = Scorecard.Evidence

    /// What each item is worth on a live call, out of 100: what Coach observes weighs most.
    static func weight(_ item: ScoreItem) -> Double {
        switch item {
        case .danger: 12
        case .facts, .nature: 10
        case .g2, .routing: 8
        case .g1, .g3, .g5, .g6, .g8, .deadline: 6
        case .g4, .g7, .classification, .reply: 4
        case .g11, .category, .mood, .fit, .demands: 0
        }
    }

    func score(_ events: [TranscriptEvent], record: ComplaintRecord) -> Scorecard {
        let call = CallEvidence(events: events, speech: rubric.speech)
        let organization = rubric.catalogue.organization
        let suggestion = rubric.catalogue.urgency.suggest(for: record)
        // Coach knows it is a complaint when it heard danger or the caller's anger, a demand, a
        // repeat, a threat: taken down as a suggestion, it is still scored as the complaint it
        // is, so calling it a suggestion cannot make the apology, the routing or the deadline
        // not apply.
        let warned = call.first { if case .urgencyWarning = $0 { true } else { false } }
        let signal = call.first { if case .signal = $0 { true } else { false } }
        let sign = suggestion.nature == .urgent ? warned ?? signal : signal
        var coachs = record
        if sign != nil { coachs.kind = .complaint }
        let routing = organization.router.route(RoutingInput(coachs, suggestion: suggestion))
        let complaint = coachs.kind == .complaint
        var lines: [Scorecard.Line] = []
        func add(_ item: ScoreItem, _ result: ScoreResult, _ evidence: Evidence?, _ reason: ScoreReason, reported: Bool = false) {
            lines.append(Scorecard.Line(item: item, result: result, evidence: evidence, reason: reason, weight: Self.weight(item),
                                        reported: reported))
        }
        /// A phrase staff reported saying as offered (`y`), at one of these questions.
        func reportedSaid(_ questions: IntakeQuestion...) -> Evidence? {
            call.first { event in
                guard case .phrase(let question, _, .said) = event else { return false }
                return questions.map(\.rawValue).contains(question)
            }
        }
        func reportedNotSaid(_ question: IntakeQuestion) -> Evidence? {
            call.first { if case .phrase(question.rawValue, _, .notSaid) = $0 { true } else { false } }
        }

        // 1: calm — judged on the words typed as said; without any, on what was reported said.
        if let heated = call.said(.argue) ?? call.said(.blame) {
            add(.g1, .missed, heated, .argued)
        } else if let excuse = call.said(.excuse) {
            add(.g1, .partly, excuse, .excuseWhileUpset)
        } else if let words = call.firstWords {
            add(.g1, .met, words, .noHeatedWords)
        } else if let said = call.first({ if case .phrase(_, _, .said) = $0 { true } else { $0 == .promise(told: true, note: nil) } }) {
            add(.g1, .met, said, .noHeatedWords, reported: true)
        } else {
            add(.g1, .missed, nil, .nothingTypedAsSaid)
        }

        // 2: acknowledge their feelings, and record at once.
        let accountLines = call.all { if case .accountLine = $0 { true } else { false } }
        let recorded = accountLines.first ?? call.firstInput(at: [.what])
        let acknowledged = call.said(.acknowledge)
        let reportedAck = acknowledged == nil ? reportedSaid(.acknowledge, .thank) : nil
        switch (acknowledged ?? reportedAck, recorded) {
        case (let a?, _?): add(.g2, .met, a, .acknowledgedAndRecorded, reported: reportedAck != nil)
        case (let a?, nil): add(.g2, .partly, a, .acknowledgedNotRecorded, reported: reportedAck != nil)
        case (nil, let r?): add(.g2, .partly, r, .recordedNotAcknowledged)
        case (nil, nil): add(.g2, .missed, nil, .neitherAcknowledgedNorRecorded)
        }

        // 3: find the real cause; empathy helps.
        if record.realCause != nil, let cause = call.first({ if case .field(.realCause(_?)) = $0 { true } else { false } }) {
            add(.g3, .met, cause, .realCauseRecorded)
        } else if let empathy = call.said(.empathy) {
            add(.g3, .partly, empathy, .empathyWithoutCause)
        } else {
            add(.g3, .missed, nil, .realCauseNotLookedFor)
        }

        // 4: listen: the account taken down line by line as they spoke. (Coach cannot hear an
        // interruption on a live call, so it claims none either way.)
        if let first = accountLines.first {
            add(.g4, .met, first, .accountNoted(lines: accountLines.count))
        } else if let typed = call.firstInput(at: [.what]) {
            add(.g4, .partly, typed, .accountAfterwards)
        } else {
            add(.g4, .missed, nil, .nothingShowsListening)
        }

        // 5: admit the shortfall without excuses; a suggestion is thanked, an urgent call acts first.
        switch (call.said(.apology), call.said(.excuse)) {
        case _ where !complaint: add(.g5, .notApplicable, nil, .suggestionIsThanked)
        case (let a?, nil): add(.g5, .met, a, .admittedWithoutExcuses)
        case (_?, let e?): add(.g5, .partly, e, .admittedThenExcused)
        case (nil, let e?): add(.g5, .missed, e, .excusesInsteadOfApology)
        case (nil, nil) where record.nature == .urgent: add(.g5, .notApplicable, nil, .urgentActsFirst)
        case (nil, nil):
            if let said = reportedSaid(.admitShortfall) {
                add(.g5, .met, said, .admittedWithoutExcuses, reported: true)
            } else {
                let no = reportedNotSaid(.admitShortfall)
                add(.g5, .missed, no, .shortfallNotAdmitted, reported: no != nil)
            }
        }

        // 6: take ownership; never pass them around.
        if let buck = call.said(.passTheBuck) {
            add(.g6, .missed, buck, .passedOn)
        } else if let owned = call.said(.ownership) {
            add(.g6, .met, owned, .tookOwnership)
        } else if !complaint {
            add(.g6, .notApplicable, nil, .suggestionIsThanked)
        } else if let said = reportedSaid(.takeOwnership) {
            add(.g6, .met, said, .tookOwnership, reported: true)
        } else {
            let no = reportedNotSaid(.takeOwnership)
            add(.g6, .missed, no, .didNotTakeOwnership, reported: no != nil)
        }

        // 7: others to bring in: someone named, or "nobody" typed; an empty answer decides nothing.
        let others = call.all { if case .field(.coordinateWith) = $0 { true } else { false } }
        if !record.coordinateWith.isEmpty {
            add(.g7, .met, others.last, .otherPartyRecorded)
        } else if !complaint || !others.isEmpty {
            add(.g7, .notApplicable, others.last, .nobodyElseInvolved)
        } else {
            add(.g7, .missed, nil, .othersNotAsked)
        }

        // 8: promise the follow-up: in words Coach hears as a promise, or reported.
        let promise = call.events.indices.last { if case .promise = call.events[$0].event { true } else { false } }
        switch promise.map({ call.events[$0].event }) {
        case .promise(told: true, let words?)? where rubric.speech.acts(in: words)[.promise] != nil:
            add(.g8, .met, call.evidence(promise!), .promisedFollowUp)
        case .promise(told: true, _)?:
            add(.g8, .met, call.evidence(promise!), .promisedFollowUp, reported: true)
        case .promise(told: false, _)?:
            add(.g8, .missed, call.evidence(promise!), .noPromise, reported: true)
        default:
            add(.g8, .missed, nil, .noPromise)
        }

        scoreRecord(record, sign: sign, call: call, routing: routing, suggestion: suggestion, add: add)
        scoreActions(record, call: call, routing: routing, promise: promise, add: add)
        return Scorecard(lines: lines, failed: false, scale: .whole)
    }

    /// What the record holds, and its kind and nature against Coach's own reading of it; `sign`
    /// is what told Coach it is a complaint, if anything did.
    private func scoreRecord(_ record: ComplaintRecord, sign: Evidence?, call: CallEvidence, routing: RoutingDecision,
                             suggestion: UrgencySuggestion, add: (ScoreItem, ScoreResult, Evidence?, ScoreReason, Bool) -> Void) {
        let complaint = routing.isComplaint
        // What a received case needs to be worked on, answered and counted: an emergency
        // needs only who, how to reach them, where and what it is about.
        let whereKnown = record.location != nil || record.unit != nil || record.building != nil
        var needed: [(IntakeQuestion, Bool)] = [(.callerName, record.person.name != nil), (.contact, record.person.contact != nil)]
        if complaint { needed.append((.location, whereKnown)) }
        if complaint, record.nature != .urgent {
            needed += [(.standing, record.person.standing != nil), (.since, record.since != nil), (.wants, record.wants != nil)]
        }
        needed.append((.category, record.category != nil))
        let found = needed.filter(\.1).count
        let fieldSet = call.first { if case .field = $0 { true } else { false } }
        add(.facts, found == needed.count ? .met : found * 2 >= needed.count ? .partly : .missed, fieldSet,
            .recordMissing(found: found, of: needed.count, missing: needed.filter { !$0.1 }.map(\.0)), false)

        if let sign {
            add(.classification, record.kind == .complaint ? .met : .missed, sign, .kind(given: record.kind, right: .complaint), false)
        } else {
            add(.classification, .notApplicable, nil, .forTheReviewer, false)
        }

        let decided = call.all { if case .nature = $0 { true } else { false } }.last
        let warned = call.first { if case .urgencyWarning = $0 { true } else { false } }
        switch (record.kind == .complaint ? record.nature : nil, suggestion.nature) {
        case (nil, .ordinary) where !complaint: add(.nature, .notApplicable, nil, .suggestionHasNoNature, false)
        case (let given?, let right) where given == right: add(.nature, .met, decided, .nature(given: given, right: right), false)
        case (.urgent?, .ordinary): add(.nature, .partly, decided, .urgentWithoutDanger, false)
        case (let given, let right): add(.nature, .missed, decided ?? warned, .nature(given: given, right: right), false)
        }

        // The answer goes back the way the complaint came (regulation 8): the record must hold
        // what that needs — a number to ring, an address to write to, a flat to visit.
        let digits = record.person.contact.map { $0.filter(\.isASCII).filter(\.isNumber).count } ?? 0
        let needsBuilding = !rubric.catalogue.organization.buildings.isEmpty && record.building == nil
        let missing: [IntakeQuestion] = switch routing.replyVia {
        case .phone: digits >= 8 ? [] : [.contact]
        case .letter: (needsBuilding ? [.building] : []) + (record.unit == nil ? [.unit] : [])
        case .visit: record.unit == nil ? [.unit] : []
        case .other: record.person.contact == nil && record.unit == nil ? [.contact] : []
        }
        // The evidence is the field the reply uses: the number, or the flat.
        let means = call.all { event in
            switch (routing.replyVia, event) {
            case (.phone, .field(.contact(_?))), (.other, .field(.contact(_?))), (.letter, .field(.unit(_?))), (.visit, .field(.unit(_?))): true
            default: false
            }
        }.last
        add(.reply, missing.isEmpty ? .met : .missed, missing.isEmpty ? means : nil, .replyBy(via: routing.replyVia, missing: missing), false)
    }

    /// What was done: the people the routing names told, danger acted on in time, and a promise
    /// the office can keep.
    private func scoreActions(_ record: ComplaintRecord, call: CallEvidence, routing: RoutingDecision, promise: Int?,
                              add: (ScoreItem, ScoreResult, Evidence?, ScoreReason, Bool) -> Void) {
        let rules = rubric.catalogue.organization.rules
        let calendar = rubric.catalogue.organization.calendar
        let called = call.events.indices.compactMap { index -> (Int, String)? in
            if case .called(let name) = call.events[index].event { (index, name) } else { nil }
        }

        // Routing: the people the final routing names were told — seen called, or reported told.
        let told = call.events.indices.first { index in
            switch call.events[index].event {
            case .peopleTold, .skipped(question: IntakeQuestion.routed.rawValue): true
            default: false
            }
        }
        let shown = call.events[..<(told ?? call.events.count)].compactMap { if case .routed(let d) = $0.event { d } else { nil } }.last
        if !routing.isComplaint {
            add(.routing, .notApplicable, nil, .nobodyToTell, false)
        } else if let shown, told != nil, shown.handler != routing.handler || shown.notify != routing.notify {
            add(.routing, .missed, told.map(call.evidence), .toldBeforeChange(given: shown.notify, right: routing.notify), false)
        } else if let (index, name) = called.first(where: { names(routing, $0.1) }) {
            add(.routing, .met, call.evidence(index), .calledRouted(name: name), false)
        } else if let told, case .peopleTold = call.events[told].event {
            add(.routing, .met, call.evidence(told), .toldReported, true)
        } else if let (index, name) = called.first {
            add(.routing, .met, call.evidence(index), .calledSomeoneElse(name: name), true)
        } else {
            add(.routing, .missed, told.map(call.evidence), .nobodyTold, false)
        }

        // Danger: from the first danger word on screen to marking urgent and to calling someone.
        if let warned = call.events.firstIndex(where: { if case .urgencyWarning = $0.event { true } else { false } }) {
            let start = call.events[warned].at
            let marked = call.events.indices.first { if case .nature(chosen: .urgent, _, _) = call.events[$0].event { true } else { false } }
            let firstCall = called.first?.0
            func seconds(_ index: Int?) -> TimeInterval? { index.map { max(0, call.events[$0].at.timeIntervalSince(start)) } }
            let (markTime, callTime) = (seconds(marked), seconds(firstCall))
            let markInTime = markTime.map { $0 <= Double(rules.markUrgentWithinSeconds) } ?? false
            let callInTime = callTime.map { $0 <= Double(rules.callWithinSeconds) } ?? false
            let result: ScoreResult = markInTime && callInTime ? .met : markTime != nil || callTime != nil ? .partly : .missed
            // The evidence is what came late or not at all: the warning itself when nothing was done.
            let late = [(marked, markInTime), (firstCall, callInTime)].first { !$0.1 }?.0 ?? nil
            let evidence = result == .met ? [marked, firstCall].compactMap { $0 }.max() : late ?? warned
            add(.danger, result, evidence.map(call.evidence),
                .dangerActed(marked: markTime, called: callTime, markWithin: rules.markUrgentWithinSeconds, callWithin: rules.callWithinSeconds),
                false)
        } else {
            add(.danger, .notApplicable, nil, .noDangerHeard, false)
        }

        // The promise against the deadline, or on an urgent call against the call back.
        guard routing.isComplaint, let due = routing.deadline?.due else {
            add(.deadline, .notApplicable, nil, .suggestionHasNoDeadline, false)
            return
        }
        guard let promise, case .promise(told: true, let note) = call.events[promise].event else {
            add(.deadline, .missed, promise.map(call.evidence), .noPromise, promise != nil)
            return
        }
        let offered = call.events[..<promise].last { event in
            if case .phraseOffered(.promiseFollowUp, _) = event.event { return true }
            if case .phraseOffered(.urgentPromise, _) = event.event { return true }
            return false
        }
        let reported = note == nil
        let words: String? = note ?? offered.flatMap { if case .phraseOffered(_, let text) = $0.event { text } else { nil } }
        let at = call.events[promise].at
        guard let words, let promised = PromisedTime.read(words, saidAt: at, calendar: calendar) else {
            add(.deadline, .partly, call.evidence(promise), .promiseWithoutTime, reported)
            return
        }
        if record.nature == .urgent {
            let callBack = at.addingTimeInterval(Double(rules.urgentCallBackMinutes) * 60)
            let result: ScoreResult = !promised.wholeDay && promised.keeps(callBack, calendar: calendar) ? .met
                : promised.keeps(due, calendar: calendar) ? .partly : .missed
            add(.deadline, result, call.evidence(promise), .promisedBy(promised, due: callBack, callBack: true), reported)
        } else {
            add(.deadline, promised.keeps(due, calendar: calendar) ? .met : .missed, call.evidence(promise),
                .promisedBy(promised, due: due, callBack: false), reported)
        }
    }

    /// Whether a `:called` name is one of the people the routing says to tell: their name, staff
    /// id, number, or the title of a role it names (in any language).
    private func names(_ routing: RoutingDecision, _ typed: String) -> Bool {
        let organization = rubric.catalogue.organization
        let text = typed.lowercased().trimmingCharacters(in: .whitespaces)
        let digits = String(typed.filter(\.isASCII).filter(\.isNumber))
        let people = routing.onDuty.compactMap(\.staff) + routing.notify.filter { !$0.isOnDuty }.flatMap(organization.staff(holding:))
        let person = people.contains { member in
            text.contains(member.name.lowercased()) || text == member.id.lowercased()
                || (digits.count >= 4 && member.contact.map { String($0.filter(\.isNumber)).hasSuffix(digits) } ?? false)
        }
        let title = routing.notify.contains { role in
            Language.allCases.contains { text.contains(organization.title(of: role, in: $0).lowercased()) }
        }
        return !text.isEmpty && (person || title)
    }
}
