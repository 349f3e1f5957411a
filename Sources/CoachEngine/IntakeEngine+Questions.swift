import CaseEvents
import ComplaintDomain
import Foundation
import TextSafety

extension IntakeEngine {
    // MARK: Choices

    var channels: ChoiceMatcher<Channel> {
        ChoiceMatcher(options: [
            .init(value: .phone, key: "p", name: LocalizedText(Channel.phone.name), words: ["phone", "tel", "電話", "电话", "來電", "来电"]),
            .init(value: .inPerson, key: "i", name: LocalizedText(Channel.inPerson.name),
                  words: ["in person", "in_person", "person", "visit", "來人", "来人", "親臨", "亲临"]),
            .init(value: .letter, key: "l", name: LocalizedText(Channel.letter.name), words: ["letter", "來函", "来函", "信", "信件"]),
            .init(value: .other, key: "o", name: LocalizedText(Channel.other.name), words: ["other", "其他"]),
        ])
    }

    var standings: ChoiceMatcher<Standing> {
        ChoiceMatcher(options: [
            .init(value: .owner, key: "o", name: LocalizedText(Standing.owner.name), words: ["owner", "業主", "业主", "屋主"]),
            .init(value: .occupant, key: "u", name: LocalizedText(Standing.occupant.name),
                  words: ["occupant", "tenant", "user", "用戶", "用户", "住戶", "住户", "租客", "租戶", "租户"]),
        ])
    }

    var kinds: ChoiceMatcher<ComplaintKind> {
        ChoiceMatcher(options: [
            .init(value: .complaint, key: "c", name: LocalizedText(ComplaintKind.complaint.name), words: ["complaint", "投訴", "投诉"]),
            .init(value: .suggestion, key: "s", name: LocalizedText(ComplaintKind.suggestion.name),
                  words: ["suggestion", "建議", "建议", "批評", "批评", "意見", "意见"]),
        ])
    }

    var natures: ChoiceMatcher<Nature> {
        ChoiceMatcher(options: [
            .init(value: .ordinary, key: "o", name: LocalizedText(Nature.ordinary.name), words: ["ordinary", "普通"]),
            .init(value: .urgent, key: "u", name: LocalizedText(Nature.urgent.name), words: ["urgent", "special", "緊急", "紧急", "特殊"]),
        ])
    }

    var categories: ChoiceMatcher<String> {
        ChoiceMatcher(options: organization.categories.map { .init(value: $0.id, key: nil, name: $0.name, words: [$0.id]) })
    }

    /// The answers a question takes, when it is a choice (yes/no questions included).
    func choices(_ question: IntakeQuestion) -> [Choice] {
        switch question {
        case .channel: channels.choices
        case .standing: standings.choices
        case .kind: kinds.choices
        case .nature: natures.choices
        case .category: categories.choices
        case .acknowledge, .admitShortfall, .takeOwnership, .confirm, .promised: YesNo.choices
        default: []
        }
    }

    // MARK: Asking

    /// The prompt of a question; `retry` puts a misunderstood answer back on the line.
    func ask(_ question: IntakeQuestion, _ state: IntakeState, retry: String? = nil) -> IntakeEffect {
        let r = state.record
        var spec = PromptSpec(question: question, step: question.step, channel: r.channel, choices: choices(question))
        spec.retry = retry
        func typed(_ value: String?) -> PromptDefault? { value.map { .typed($0) } }
        switch question {
        case .channel: spec.defaultValue = .choice(LocalizedText(r.channel.name))
        case .callerName: spec.defaultValue = typed(r.person.name)
        case .standing: spec.defaultValue = r.person.standing.map { .choice(LocalizedText($0.name)) }
        case .building:
            spec.defaultValue = typed(r.building)
            spec.values = organization.buildings
        case .unit: spec.defaultValue = typed(r.unit)
        case .contact: spec.defaultValue = typed(r.person.contact)
        case .account: break
        case .what: spec.defaultValue = typed(r.account.isEmpty ? nil : r.account)
        case .location: spec.defaultValue = typed(r.location ?? r.unit)
        case .since: spec.defaultValue = typed(r.since)
        case .wants: spec.defaultValue = typed(r.wants)
        case .realCause: spec.defaultValue = typed(r.realCause)
        case .coordinateWith: spec.defaultValue = typed(r.coordinateWith.isEmpty ? nil : r.coordinateWith.joined(separator: ", "))
        case .acknowledge, .admitShortfall, .takeOwnership, .promised, .confirm: spec.defaultValue = .yes
        case .kind: spec.defaultValue = .choice(LocalizedText(r.kind.name))
        case .nature: spec.defaultValue = .choice(LocalizedText((r.nature ?? suggestion(r).nature).name))
        case .category:
            spec.defaultValue = r.category.flatMap { id in organization.categories.first { $0.id == id } }.map { .choice($0.name) }
        case .routed: spec.defaultValue = .enter
        }
        return .ask(spec)
    }

    /// What to show on arriving at a question, before its prompt.
    func before(_ question: IntakeQuestion, _ state: inout IntakeState) -> [IntakeEffect] {
        switch question {
        case .account:
            return [.show(.listenIntro)]
        case .acknowledge:
            return say(.acknowledge, preferring: 2)
        case .admitShortfall:
            return say(.admitShortfall, preferring: 5)
        case .takeOwnership:
            return say(.takeOwnership, preferring: 6)
        case .nature:
            return [.show(.natureSuggestion(suggestion(state.record)))]
        case .category:
            return [.show(.choices(.category, categories.choices))]
        case .routed:
            let decision = route(state.record)
            return [.show(.routing(decision)), .record(.routed(decision))]
        case .promised:
            return [.show(.promise(state.record.caseNumber, route(state.record), phrase: phrase(.promiseFollowUp, preferring: 8)?.text[language]))]
        case .confirm:
            return [.show(summary(state.record))]
        default:
            return []
        }
    }

    private func say(_ purpose: PhrasePurpose, preferring number: Int) -> [IntakeEffect] {
        phrase(purpose, preferring: number).map { [.show(.phrase(purpose, text: $0.text[language]))] } ?? []
    }

    /// A phrase for a purpose, from the guideline it belongs to when that one has it.
    func phrase(_ purpose: PhrasePurpose, preferring number: Int) -> Guideline.Phrase? {
        catalogue.guideline(number)?.phrases.first { $0.purpose == purpose }
            ?? catalogue.guidelines.flatMap(\.phrases).first { $0.purpose == purpose }
    }

    // MARK: Answering

    func answer(_ line: String, _ state: inout IntakeState) -> [IntakeEffect] {
        let question = state.question
        let limit = question == .account ? Self.accountLineLimit : Self.answerLimit
        if line.count > limit {
            return [.show(.tooLong(characters: line.count)), ask(question, state)]
        }
        let value = SafeText.line(line).trimmingCharacters(in: .whitespaces)
        let optional: String? = value.isEmpty ? nil : value

        func invalid() -> [IntakeEffect] {
            [.show(.notUnderstood(typed: value, choices(question))), ask(question, state, retry: value)]
        }
        func accept(_ events: CaseEvent...) -> [IntakeEffect] {
            events.map { apply($0, &state) } + [.save] + advance(&state)
        }
        func set(_ value: RecordValue?) -> [IntakeEffect] {
            value.map { accept(.field($0)) } ?? accept()
        }

        switch question {
        case .channel:
            guard let optional else { return set(.channel(state.record.channel)) }
            guard let channel = channels.match(optional) else { return invalid() }
            return set(.channel(channel))
        case .callerName:
            return set(optional.map { .name($0) })
        case .standing:
            guard let optional else { return accept() }
            guard let standing = standings.match(optional) else { return invalid() }
            return set(.standing(standing))
        case .building:
            return set(optional.map { .building($0) })
        case .unit:
            return set(optional.map { .unit($0) })
        case .contact:
            return set(optional.map { .contact($0) })
        case .account:
            guard let optional else {
                // They have finished: if what they said sounds urgent, say so now, not at step 5.
                let suggestion = suggestion(state.record)
                guard state.record.nature == nil, suggestion.nature == .urgent else { return accept() }
                return [.show(.soundsUrgent(suggestion))] + accept()
            }
            return [apply(.accountLine(optional), &state), .save, ask(question, state)]
        case .what:
            guard let optional else {
                if !state.record.account.isEmpty { return accept() }
                return [.show(.required), ask(question, state)]
            }
            return set(.account(optional))
        case .location:
            if let optional { return set(.location(optional)) }
            guard state.record.location == nil, let unit = state.record.unit else { return accept() }
            return set(.location(unit))
        case .since:
            return set(optional.map { .since($0) })
        case .wants:
            return set(optional.map { .wants($0) })
        case .realCause:
            return set(optional.map { .realCause($0) })
        case .coordinateWith:
            guard let optional else { return accept() }
            if YesNo.no.contains(optional.lowercased()) || ["none", "無", "无", "沒有人", "没有人"].contains(optional.lowercased()) {
                return set(.coordinateWith([]))
            }
            return set(.coordinateWith(optional.split(whereSeparator: { ",、;;,".contains($0) })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }))
        case .acknowledge, .admitShortfall, .takeOwnership:
            let said: IntakeState.Said
            let answer: PhraseAnswer
            if optional == nil || YesNo.parse(value) == true {
                said = .init(said: true, ownWords: nil)
                answer = .said
            } else if YesNo.parse(value) == false {
                said = .init(said: false, ownWords: nil)
                answer = .notSaid
            } else {
                said = .init(said: true, ownWords: value)
                answer = .ownWords(value)
            }
            state.said[question.rawValue] = said
            return accept(.phrase(question: question.rawValue, purpose: question.purpose, answer: answer))
        case .kind:
            guard let optional else { return set(.kind(state.record.kind)) }
            guard let kind = kinds.match(optional) else { return invalid() }
            return set(.kind(kind))
        case .nature:
            let suggested = suggestion(state.record).nature
            if let optional {
                guard let chosen = natures.match(optional) else { return invalid() }
                return accept(.nature(chosen: chosen, suggested: suggested, basis: .chosen))
            }
            if let nature = state.record.nature {
                return accept(.nature(chosen: nature, suggested: suggested, basis: .chosen))
            }
            return accept(.nature(chosen: suggested, suggested: suggested, basis: .acceptedSuggestion))
        case .category:
            guard let optional else { return accept() }
            guard let category = categories.match(optional) else { return invalid() }
            return set(.category(category))
        case .routed:
            return accept(.peopleTold(note: optional))
        case .promised:
            if optional != nil, YesNo.parse(value) == false { return accept(.promise(told: false, note: nil)) }
            return accept(.promise(told: true, note: optional.flatMap { YesNo.parse($0) == nil ? $0 : nil }))
        case .confirm:
            if optional != nil, YesNo.parse(value) == false {
                return [.show(.notConfirmed), ask(question, state)]
            }
            if optional != nil, YesNo.parse(value) == nil { return invalid() }
            let missing = blockingFacts(state.record)
            if !missing.isEmpty {
                return [.show(.cannotConfirm(missing: missing)), ask(question, state)]
            }
            state.outcome = .received
            return [apply(.received(lifeAtReceipt(state.record)), &state), .save,
                    .show(.saved(state.record.caseNumber)), .finish(.received)]
        }
    }

    /// Records an event and applies it to the record: the only way intake changes a record,
    /// so the record is always what its events say.
    func apply(_ event: CaseEvent, _ state: inout IntakeState) -> IntakeEffect {
        state.record.apply(event)
        return .record(event)
    }

    // MARK: Routing

    func suggestion(_ record: ComplaintRecord) -> UrgencySuggestion {
        catalogue.urgency.suggest(for: record)
    }

    func route(_ record: ComplaintRecord) -> RoutingDecision {
        organization.router.route(RoutingInput(record, suggestion: suggestion(record)))
    }

    /// A received case's life begins with its routing, and a flag when whoever took it is not
    /// on the roster (regulation 4: it is taken all the same).
    func lifeAtReceipt(_ record: ComplaintRecord) -> CaseLife {
        CaseLife(routing: route(record), flagged: organization.member(record.receivedBy) == nil)
    }
}
