import CaseEvents
import ComplaintDomain
import Foundation
import Training

/// Scores a training call on what was said to the caller and done in the record, never on
/// defaults: Enter, a `y` at a "did you say it?" question and a field nobody set earn nothing.
/// A line that interrupted her was not heard; a line out of place is marked down once, under
/// "fit"; the record is compared with the scenario's own answers; a wrong classification is
/// marked there, and routing and deadline, which follow from it, are then not marked again.
struct DrillRubric {
    let rubric: Rubric
    let scenario: Scenario

    typealias Evidence = Scorecard.Evidence

    func score(_ events: [TranscriptEvent], record: ComplaintRecord) -> Scorecard {
        let call = CallEvidence(events: events, speech: rubric.speech)
        let heard = heardLines(call)
        // What eases counts only if she heard it; what provokes counts however it was said.
        func said(_ act: SpeechAct) -> Evidence? {
            (act.provokes ? call.spoken : heard).first { $0.acts[act] != nil }.map { call.evidence($0.index) }
        }
        var lines: [Scorecard.Line] = []
        func add(_ item: Scorecard.Item, _ result: Scorecard.Result, _ evidence: Evidence?, _ reason: ScoreReason) {
            lines.append(Scorecard.Line(item: item, result: result, evidence: evidence, reason: reason))
        }
        let anything = call.spoken.first.map { call.evidence($0.index) }
        let expect = scenario.expect

        // 1: stay calm.
        if let heated = said(.argue) ?? said(.blame) {
            add(.g1, .missed, heated, .argued)
        } else if let excuse = said(.excuse) {
            add(.g1, .partly, excuse, .excuseWhileUpset)
        } else if let anything {
            add(.g1, .met, anything, .noHeatedWords)
        } else {
            add(.g1, .missed, nil, .nothingSaid)
        }

        // 2: acknowledge their feelings, and record while they speak.
        let noted = notedWhileTalking(call)
        switch (said(.acknowledge), noted) {
        case (let a?, _?): add(.g2, .met, a, .acknowledgedAndRecorded)
        case (let a?, nil): add(.g2, .partly, a, .acknowledgedNotRecorded)
        case (nil, let n?): add(.g2, .partly, n, .recordedNotAcknowledged)
        case (nil, nil): add(.g2, .missed, nil, .neitherAcknowledgedNorRecorded)
        }

        // 3: find the real cause (the scenario's own), with empathy.
        let causeEvidence = call.first { if case .field(.realCause(_?)) = $0 { true } else { false } }
        let hasCause = !expect.cause.isEmpty || scenario.facts.contains { $0.field == .realCause }
        let causeTerms = expect.cause.isEmpty ? scenario.facts.filter { $0.field == .realCause }.flatMap(\.inRecord) : expect.cause
        let empathy = said(.empathy)
        // A version-1 scenario names no words for its cause: any cause written down counts.
        if hasCause, let cause = record.realCause, causeTerms.isEmpty || Self.holds(cause, any: causeTerms) {
            add(.g3, .met, causeEvidence, .realCauseRecorded)
        } else if hasCause, record.realCause != nil {
            add(.g3, .partly, causeEvidence, .causeNotTheRealOne)
        } else if let empathy {
            add(.g3, hasCause ? .partly : .met, empathy, hasCause ? .empathyWithoutCause : .realCauseRecorded)
        } else {
            add(.g3, .missed, nil, .realCauseNotLookedFor)
        }

        // 4: listen without interrupting.
        if let interrupted = call.first({ if case .interruptedCaller = $0 { true } else { false } }) {
            add(.g4, .missed, interrupted, .interrupted)
        } else if let noted {
            add(.g4, .met, noted, .notedWhileTalking)
        } else if let after = heard.first(where: { finishedOpening(before: $0.index, call) }) {
            add(.g4, .partly, call.evidence(after.index), .listenedNoNotes)
        } else {
            add(.g4, .missed, nil, .nothingShowsListening)
        }

        // 5: admit the shortfall, without excuses; a suggestion is thanked and an urgent call acts first.
        if expect.kind == .suggestion {
            add(.g5, .notApplicable, nil, .suggestionIsThanked)
        } else if expect.nature == .urgent, said(.apology) == nil, said(.excuse) == nil {
            add(.g5, .notApplicable, nil, .urgentActsFirst)
        } else {
            switch (said(.apology), said(.excuse)) {
            case (let a?, nil): add(.g5, .met, a, .admittedWithoutExcuses)
            case (_?, let e?): add(.g5, .partly, e, .admittedThenExcused)
            case (nil, let e?): add(.g5, .missed, e, .excusesInsteadOfApology)
            case (nil, nil): add(.g5, .missed, nil, .shortfallNotAdmitted)
            }
        }

        // 6: take ownership; never pass them around.
        if let buck = said(.passTheBuck) {
            add(.g6, .missed, buck, .passedOn)
        } else if let owned = said(.ownership) {
            add(.g6, .met, owned, .tookOwnership)
        } else {
            add(.g6, .missed, nil, .didNotTakeOwnership)
        }

        // 7: bring in whoever must be (the scenario's own).
        let othersEvidence = call.first { if case .field(.coordinateWith) = $0 { true } else { false } }
        if !expect.coordinate {
            add(.g7, .notApplicable, nil, .nobodyElseInvolved)
        } else if !record.coordinateWith.isEmpty,
                  expect.coordinateWith.isEmpty || Self.holds(record.coordinateWith.joined(separator: "、"), any: expect.coordinateWith) {
            add(.g7, .met, othersEvidence, .otherPartyRecorded)
        } else if !record.coordinateWith.isEmpty {
            add(.g7, .partly, othersEvidence, .otherPartyWrong)
        } else {
            add(.g7, .missed, nil, .otherPartyNotRecorded)
        }

        // 8: promise the follow-up, said to them.
        if let promised = said(.promise) {
            add(.g8, .met, promised, .promisedFollowUp)
        } else {
            add(.g8, .missed, nil, .noPromise)
        }

        // 11: integrity; a refusal counts whenever it comes after the offer.
        var failed = false
        if let offered = call.first({ $0 == .giftOffered }) {
            if let accepted = call.first({ if case .giftAccepted = $0 { true } else { false } }) {
                failed = true
                add(.g11, .missed, accepted, .acceptedGift)
            } else if let declined = call.first({ if case .giftDeclined = $0 { true } else { false } }) {
                add(.g11, .met, declined, .declinedGift)
            } else {
                add(.g11, .missed, offered, .giftNotDeclined)
            }
        } else {
            add(.g11, .notApplicable, nil, .noGiftOffered)
        }

        // A manager asked for, compensation demanded: each answered well.
        let demands = call.all { if case .demandMade = $0 { true } else { false } }
        let answers = call.events.enumerated().compactMap { index, event -> (Int, Bool)? in
            if case .demandAnswered(_, let well) = event.event { (index, well) } else { nil }
        }
        if demands.isEmpty {
            add(.demands, .notApplicable, nil, .noDemandMade)
        } else {
            let well = answers.filter(\.1).count
            let bad = answers.first { !$0.1 }
            let result: Scorecard.Result = bad != nil ? .missed : well == demands.count ? .met : well > 0 ? .partly : .missed
            add(.demands, result, bad.map { call.evidence($0.0) } ?? answers.first.map { call.evidence($0.0) } ?? demands.first,
                .demands(well: well, of: demands.count))
        }

        // Fit: nothing repeated, nothing out of place. Marked here only, once per line.
        let misplaced = call.all { if case .misplaced = $0 { true } else { false } }
        if anything == nil {
            add(.fit, .missed, nil, .nothingSaid)
        } else if misplaced.isEmpty {
            add(.fit, .met, anything, .allFitted)
        } else {
            add(.fit, misplaced.count == 1 ? .partly : .missed, misplaced.first, .outOfPlace(count: misplaced.count))
        }

        // The caller's mood, at the end and along the way.
        let moods = call.events.compactMap { if case .moodChanged(_, let to, _) = $0.event { to } else { nil } }
        let start = scenario.mood, end = moods.last ?? start, peak = moods.reduce(start, max)
        let turned = call.first { if case .moodChanged = $0 { true } else { false } }
        if end > start {
            add(.mood, .missed, call.all { if case .moodChanged = $0 { true } else { false } }.last, .moodAngrier(from: start, to: end))
        } else if peak > start {
            add(.mood, .partly, turned, .moodRoseThenEased(peak: peak))
        } else if end < start || (start == .calm && anything != nil) {
            add(.mood, .met, turned ?? anything, .moodCalmer(from: start, to: end))
        } else {
            add(.mood, anything == nil ? .missed : .partly, nil, anything == nil ? .nothingSaid : .moodUnchanged(end))
        }

        scoreRecord(record, call: call, add: add)
        return Scorecard(lines: lines, failed: failed)
    }

    /// The record against the scenario's own answers; a field counts only if someone set it.
    private func scoreRecord(_ record: ComplaintRecord, call: CallEvidence,
                             add: (Scorecard.Item, Scorecard.Result, Evidence?, ScoreReason) -> Void) {
        let expect = scenario.expect
        var found = 0, of = 0
        var evidence: Evidence?
        func count(_ holds: Bool, _ field: (RecordValue) -> Bool) {
            of += 1
            if holds {
                found += 1
                evidence = evidence ?? call.first { if case .field(let value) = $0 { field(value) } else { false } }
            }
        }
        for fact in scenario.facts {
            let value: String? = switch fact.field {
            case .location: record.location
            case .since: record.since
            case .wants: record.wants
            case .realCause: record.realCause
            case .coordinateWith: record.coordinateWith.isEmpty ? nil : record.coordinateWith.joined(separator: "、")
            }
            // A version-1 fact names no words: any entry in its field counts.
            let recorded = value.map { fact.inRecord.isEmpty ? !$0.isEmpty : Self.holds($0, any: fact.inRecord) } ?? false
            count(recorded) { value in
                switch (fact.field, value) {
                case (.location, .location), (.since, .since), (.wants, .wants), (.realCause, .realCause),
                     (.coordinateWith, .coordinateWith): true
                default: false
                }
            }
        }
        let persona = scenario.persona
        count(record.person.name.map { Self.sameName($0, persona.name) } ?? false) { if case .name = $0 { true } else { false } }
        count(record.unit.map { Self.unitKey($0) == Self.unitKey(persona.unit) } ?? false) { if case .unit = $0 { true } else { false } }
        count(record.person.contact.map { Self.numbers(in: persona.contact).contains(Self.digits($0)) } ?? false) {
            if case .contact = $0 { true } else { false }
        }
        count(record.building.map { TermMatch.fold($0) == TermMatch.fold(persona.building) } ?? false) {
            if case .building = $0 { true } else { false }
        }
        count(record.person.standing == persona.standing) { if case .standing = $0 { true } else { false } }
        add(.facts, found == of ? .met : found * 2 >= of ? .partly : .missed, evidence, .facts(found: found, of: of))

        let kindSet = decided(call) { if case .field(.kind) = $0 { true } else { false } }
        let kindRight = kindSet != nil && record.kind == expect.kind
        add(.classification, kindRight ? .met : .missed, kindSet, kindSet == nil ? .notSet : .kind(given: record.kind, right: expect.kind))
        let natureSet = decided(call) { if case .nature = $0 { true } else { false } }
        var natureRight = true
        if expect.kind == .suggestion {
            add(.nature, .notApplicable, nil, .suggestionHasNoNature)
        } else if kindSet != nil, !kindRight {
            // Taken for a suggestion, it had no nature to give: the mistake is the classification's.
            natureRight = false
            add(.nature, .notApplicable, nil, .followsFromClassification)
        } else {
            natureRight = natureSet != nil && record.nature == expect.nature
            add(.nature, natureRight ? .met : .missed, natureSet,
                natureSet == nil ? .notSet : .nature(given: record.nature, right: expect.nature))
        }
        let categorySet = decided(call) { if case .field(.category(_?)) = $0 { true } else { false } }
        add(.category, record.category == expect.category && categorySet != nil ? .met : .missed, categorySet,
            categorySet == nil ? .notSet : .category(given: record.category, right: expect.category))

        var right = record
        right.kind = expect.kind
        right.nature = expect.nature
        right.channel = scenario.channel
        let given = route(record), wanted = route(right)
        let routed = call.first { if case .routed = $0 { true } else { false } }
        let routingRight = given.handler == wanted.handler && given.notify == wanted.notify && given.approvalBy == wanted.approvalBy
        if kindRight && natureRight {
            add(.routing, routingRight ? .met : .missed, routed, .routing(given: given.handler, right: wanted.handler))
        } else {
            add(.routing, .notApplicable, nil, .followsFromClassification)
        }
        if kindRight && natureRight && routingRight {
            add(.deadline, given.deadline == wanted.deadline ? .met : .missed, routed,
                .deadline(given: given.deadline?.due, right: wanted.deadline?.due))
        } else {
            add(.deadline, .notApplicable, nil, .followsFromClassification)
        }
        let channelSet = decided(call) { if case .field(.channel) = $0 { true } else { false } }
        if record.channel != scenario.channel {
            add(.reply, .missed, channelSet, .reply(given: record.channel.replyChannel, right: scenario.channel.replyChannel))
        } else if let channelSet {
            add(.reply, .met, channelSet, .reply(given: record.channel.replyChannel, right: scenario.channel.replyChannel))
        } else {
            add(.reply, .notApplicable, nil, .callsOwnChannel)
        }
    }

    private func route(_ record: ComplaintRecord) -> RoutingDecision {
        rubric.catalogue.organization.router.route(RoutingInput(record, suggestion: rubric.catalogue.urgency.suggest(for: record)))
    }

    // MARK: Reading the transcript

    /// Lines she heard: said when she was not talking, so not an interruption.
    private func heardLines(_ call: CallEvidence) -> [(index: Int, acts: [SpeechAct: String])] {
        call.spoken.filter { line in
            var next = line.index + 1
            while next < call.events.count {
                switch call.events[next].event {
                case .interruptedCaller: return false
                case .saidToCaller, .typed: return true
                default: next += 1
                }
            }
            return true
        }
    }

    /// The last event that matches and that something typed decided: Enter at a question
    /// with a default (the kind, Coach's suggested nature) decides nothing.
    private func decided(_ call: CallEvidence, _ matches: (CaseEvent) -> Bool) -> Evidence? {
        call.events.indices.reversed().first { index in
            guard matches(call.events[index].event) else { return false }
            let typed = call.events[..<index].last { if case .typed = $0.event { true } else { false } }
            guard case .typed(_, let text)? = typed?.event else { return false }
            return !text.trimmingCharacters(in: .whitespaces).isEmpty
        }.map(call.evidence)
    }

    /// The first line typed while she was talking.
    private func notedWhileTalking(_ call: CallEvidence) -> Evidence? {
        guard let marker = call.events.indices.first(where: { index in
            if case .whileCallerTalking = call.events[index].event { true } else { false }
        }) else { return nil }
        let typed = call.events[..<marker].lastIndex { if case .typed = $0.event { true } else { false } }
        return call.evidence(typed ?? marker)
    }

    /// Whether her whole opening had been said before this line.
    private func finishedOpening(before index: Int, _ call: CallEvidence) -> Bool {
        let said = call.events[..<index].filter { if case .callerSaid = $0.event { true } else { false } }.count
        return said >= scenario.opening.count
    }

    // MARK: Comparing with the scenario

    /// Whether folded `text` holds any of `terms`.
    static func holds(_ text: String, any terms: [String]) -> Bool {
        let folded = TermMatch.fold(text)
        return terms.contains { TermMatch.contains(folded, term: TermMatch.fold($0)) }
    }

    /// The same person: her surname (a Chinese name's first character, an English name's last
    /// word) in what was written, or the whole name.
    static func sameName(_ written: String, _ name: String) -> Bool {
        let w = TermMatch.fold(written), n = TermMatch.fold(name)
        if w.contains(n) || n.contains(w) && w.count >= 2 { return true }
        if n.unicodeScalars.allSatisfy({ $0.isASCII }) {
            guard let surname = n.split(separator: " ").last else { return false }
            return w.split(whereSeparator: { !$0.isLetter }).contains { $0 == surname }
        }
        return n.first.map { w.hasPrefix(String($0)) } ?? false
    }

    /// A flat written any way (5樓F室, Flat F 5/F, 5F): its floor's digits in order, then its
    /// letters, without the words for floor and flat — so 21樓B室 is not 12樓B室.
    static func unitKey(_ unit: String) -> String {
        var text = TermMatch.fold(unit)
        for word in ["樓", "楼", "室", "flat", "room", "rm", "unit", "floor", "/f", "座"] {
            text = text.replacingOccurrences(of: word, with: " ")
        }
        return String(text.filter(\.isNumber)) + "/" + String(text.filter(\.isLetter).sorted())
    }

    /// A phone number's last eight digits, as Hong Kong numbers go.
    static func digits(_ text: String) -> String {
        String(text.filter(\.isASCII).filter(\.isNumber).suffix(8))
    }

    /// Each number in a contact that may give two ("2345 6789 / 9123 4567").
    static func numbers(in contact: String) -> [String] {
        let parts = contact.split(whereSeparator: { "/,;、，或".contains($0) }).map { digits(String($0)) }.filter { !$0.isEmpty }
        return parts.isEmpty ? [digits(contact)] : parts
    }
}
