import CaseEvents
import ComplaintDomain
import Foundation

extension IntakeEngine {
    /// Reads a typed line as it is entered: danger first (who is on duty, the safety advice),
    /// then, from the caller's account, the facts it gives, what the caller's words signal and
    /// the house rules they touch.
    func listened(_ line: String, _ state: inout IntakeState, readFacts: Bool) -> [IntakeEffect] {
        var effects = danger(in: line, &state)
        if readFacts { effects += proposals(in: line, &state) }
        for signal in catalogue.signals.signals(in: line) where !state.signalled.contains(signal.key) {
            state.signalled.append(signal.key)
            effects += [.record(.signal(key: signal.key)),
                        .show(.cue(guideline: signal.guideline, text: signal.cue[language]))]
            let words = signal.phrase.text(language, register: catalogue.zhHantRegister, filling: fill(state))
            effects.append(.show(.phrase(signal.phrase.purpose, text: words)))
        }
        for rule in catalogue.houseRules.mentioned(in: line) where !state.rulesShown.contains(rule.number) {
            state.rulesShown.append(rule.number)
            effects.append(.show(.houseRule(rule, cue: true)))
        }
        return effects
    }

    /// A hazard heard for the first time: what was heard, who is on duty for it now with their
    /// number, and the safety advice, all before any form; one key then marks the case urgent.
    func danger(in line: String, _ state: inout IntakeState) -> [IntakeEffect] {
        let heard = catalogue.urgency.suggest(from: line)
        let new = heard.matches.filter { !state.warned.contains($0.hintKey) }
        guard !new.isEmpty else { return [] }
        state.warned += new.map(\.hintKey)
        var urgent = state.record
        urgent.nature = .urgent
        urgent.kind = .complaint
        let decision = route(urgent)
        if state.record.nature != .urgent { state.pending = .markUrgent }
        return [.show(.danger(UrgencySuggestion(matches: new), decision, marked: state.record.nature == .urgent))]
    }

    /// Back at a call stopped on the danger question: the danger screen again, since who to call
    /// and what to tell the caller matter more than ever after a crash.
    func dangerAgain(_ state: IntakeState) -> [IntakeEffect] {
        guard state.pending == .markUrgent else { return [] }
        let heard = suggestion(state.record).matches.filter { state.warned.contains($0.hintKey) }
        guard !heard.isEmpty else { return [] }
        var urgent = state.record
        urgent.nature = .urgent
        urgent.kind = .complaint
        return [.show(.danger(UrgencySuggestion(matches: heard), route(urgent), marked: false))]
    }

    /// One key after danger: `u` marks it urgent; Enter goes on listening; anything else is
    /// the caller still talking, kept as the account.
    func answerMarkUrgent(_ line: String, _ state: inout IntakeState) -> [IntakeEffect] {
        state.pending = nil
        let word = line.lowercased()
        if ["u", "urgent", "緊急", "紧急", "y", "yes", "係", "是"].contains(word) { return markUrgent(&state) + [prompt(state)] }
        if line.isEmpty { return [prompt(state)] }
        return answer(line, &state)
    }

    /// `:urgent` or `u` after danger: the nature is urgent from now on, and who to call is on
    /// screen at once, with the person on duty.
    func markUrgent(_ state: inout IntakeState) -> [IntakeEffect] {
        state.pending = nil
        let suggested = suggestion(state.record).nature
        let marked = apply(.nature(chosen: .urgent, suggested: suggested, basis: .markedUrgent), &state)
        let decision = route(state.record)
        return [marked, .save, .show(.urgentMarked(decision)), .record(.routed(decision))]
    }

    /// The facts a line of the account gives that the record does not have yet: proposed, never
    /// put in the record until staff accept them.
    func proposals(in line: String, _ state: inout IntakeState) -> [IntakeEffect] {
        // The first thing heard for a field stands: a later mention (樓上二十樓, a neighbour's
        // flat) is more often about someone else than a correction, which staff make with `:FIELD`.
        let new = finder.facts(in: line).filter { fact in
            !known(fact.field, state.record) && !state.proposals.contains { $0.field == fact.field }
        }
        guard !new.isEmpty else { return [] }
        state.proposals += new
        state.proposals.sort { FactField.allCases.firstIndex(of: $0.field)! < FactField.allCases.firstIndex(of: $1.field)! }
        return [.show(.heardFacts(new))]
    }

    /// Whether the record already has the field a fact would fill.
    func known(_ field: FactField, _ r: ComplaintRecord) -> Bool {
        switch field {
        case .name: r.person.name != nil
        case .standing: r.person.standing != nil
        case .building: r.building != nil
        case .unit: r.unit != nil
        case .contact: r.person.contact != nil
        case .since: r.since != nil
        case .wants: r.wants != nil
        }
    }

    /// A proposed fact as the field it fills.
    func recordValue(_ fact: ProposedFact) -> RecordValue? {
        switch fact.field {
        case .name: .name(fact.value)
        case .standing: Standing(rawValue: fact.value).map { .standing($0) }
        case .building: .building(fact.value)
        case .unit: .unit(fact.value)
        case .contact: .contact(fact.value)
        case .since: .since(fact.value)
        case .wants: .wants(fact.value)
        }
    }

    // MARK: Repeat complaints

    /// Once the unit or the number is known, asks for their earlier cases (once each).
    func lookUps(_ state: inout IntakeState) -> [IntakeEffect] {
        let r = state.record
        var asks: [IntakeEffect] = []
        let year = r.receivedAt.addingTimeInterval(-365 * 86_400)
        if let unit = r.unit, !state.lookedUp.contains("unit:" + unit) {
            state.lookedUp.append("unit:" + unit)
            asks.append(.lookUpEarlier(EarlierLookUp(building: r.building, unit: unit, contact: nil, since: year, excluding: r.caseNumber)))
        }
        if let contact = r.person.contact, !state.lookedUp.contains("contact:" + contact) {
            state.lookedUp.append("contact:" + contact)
            asks.append(.lookUpEarlier(EarlierLookUp(building: nil, unit: nil, contact: contact, since: year, excluding: r.caseNumber)))
        }
        return asks
    }

    /// The earlier cases found: shown with the repeat-complaint cue, or nothing when there are none.
    func earlierCases(_ earlier: EarlierCases, _ state: inout IntakeState) -> [IntakeEffect] {
        guard !earlier.cases.isEmpty else { return [] }
        var effects: [IntakeEffect] = [.record(.earlierCases(count: earlier.cases.count, last: earlier.cases.first?.number.description)),
                                       .show(.earlierCases(earlier))]
        if let repeatSignal = catalogue.signals.all.first(where: { $0.key == "repeat" }), !state.signalled.contains(repeatSignal.key) {
            state.signalled.append(repeatSignal.key)
            let words = repeatSignal.phrase.text(language, register: catalogue.zhHantRegister, filling: fill(state))
            effects += [.record(.signal(key: repeatSignal.key)), .show(.cue(guideline: repeatSignal.guideline, text: repeatSignal.cue[language])),
                        .show(.phrase(repeatSignal.phrase.purpose, text: words))]
        }
        return effects + [prompt(state)]
    }
}
