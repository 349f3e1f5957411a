import ComplaintDomain
import Foundation

extension IntakeEngine {
    // MARK: Choices

    var channels: ChoiceMatcher<Channel> {
        ChoiceMatcher(options: [
            .init(value: .phone, label: Channel.phone.name(in: language), keys: ["p", "phone", "tel", "電話", "电话", "來電", "来电"]),
            .init(value: .inPerson, label: Channel.inPerson.name(in: language), keys: ["i", "in person", "in_person", "person", "visit", "來人", "来人", "親臨", "亲临"]),
            .init(value: .letter, label: Channel.letter.name(in: language), keys: ["l", "letter", "來函", "来函", "信", "信件"]),
            .init(value: .other, label: Channel.other.name(in: language), keys: ["o", "other", "其他"]),
        ])
    }

    var standings: ChoiceMatcher<Standing> {
        ChoiceMatcher(options: [
            .init(value: .owner, label: Standing.owner.name(in: language), keys: ["o", "owner", "業主", "业主", "屋主"]),
            .init(value: .occupant, label: Standing.occupant.name(in: language),
                  keys: ["u", "occupant", "tenant", "user", "用戶", "用户", "住戶", "住户", "租客", "租戶", "租户"]),
        ])
    }

    var kinds: ChoiceMatcher<ComplaintKind> {
        ChoiceMatcher(options: [
            .init(value: .complaint, label: ComplaintKind.complaint.name(in: language), keys: ["c", "complaint", "投訴", "投诉"]),
            .init(value: .suggestion, label: ComplaintKind.suggestion.name(in: language),
                  keys: ["s", "suggestion", "建議", "建议", "批評", "批评", "意見", "意见"]),
        ])
    }

    var natures: ChoiceMatcher<Nature> {
        ChoiceMatcher(options: [
            .init(value: .ordinary, label: Nature.ordinary.name(in: language), keys: ["o", "ordinary", "普通"]),
            .init(value: .urgent, label: Nature.urgent.name(in: language), keys: ["u", "urgent", "special", "緊急", "紧急", "特殊"]),
        ])
    }

    var categories: ChoiceMatcher<String> {
        ChoiceMatcher(options: organization.categories.map {
            .init(value: $0.id, label: $0.name[language], keys: [$0.id, $0.name.zhHant, $0.name.zhHans, $0.name.en])
        })
    }

    func choiceListing(_ question: IntakeQuestion, _ state: IntakeState) -> String? {
        switch question {
        case .channel: channels.listing
        case .standing: standings.listing
        case .kind: kinds.listing
        case .nature: natures.listing
        case .category: categories.listing
        case .acknowledge, .admitShortfall, .takeOwnership, .confirm: "\(text.yes) / \(text.no)"
        default: nil
        }
    }

    // MARK: Asking

    /// The prompt of a question; `retry` puts a misunderstood answer back on the line.
    func ask(_ question: IntakeQuestion, _ state: IntakeState, retry: String? = nil) -> IntakeEffect {
        let r = state.record
        var spec = PromptSpec(question: question, step: question.step, label: text.label(question))
        spec.retry = retry
        let commands = ColonCommand.names
        switch question {
        case .channel:
            spec.hint = channels.hint
            spec.defaultValue = r.channel.name(in: language)
            spec.completions = channels.completions
        case .callerName:
            spec.label = text.nameLabel(r.channel)
            spec.defaultValue = r.person.name
        case .standing:
            spec.hint = standings.hint
            spec.defaultValue = r.person.standing?.name(in: language)
            spec.completions = standings.completions
        case .building:
            spec.defaultValue = r.building
            spec.completions = organization.buildings
        case .unit: spec.defaultValue = r.unit
        case .contact: spec.defaultValue = r.person.contact
        case .account: break
        case .what: spec.defaultValue = r.account.isEmpty ? nil : r.account
        case .location: spec.defaultValue = r.location ?? r.unit
        case .since: spec.defaultValue = r.since
        case .wants: spec.defaultValue = r.wants
        case .realCause: spec.defaultValue = r.realCause
        case .coordinateWith:
            spec.defaultValue = r.coordinateWith.isEmpty ? nil : r.coordinateWith.joined(separator: text.listSeparator)
        case .acknowledge, .admitShortfall, .takeOwnership:
            spec.defaultValue = text.yesNoHint
            spec.completions = [text.yes, text.no]
        case .kind:
            spec.hint = kinds.hint
            spec.defaultValue = r.kind.name(in: language)
            spec.completions = kinds.completions
        case .nature:
            spec.hint = natures.hint
            spec.defaultValue = (r.nature ?? suggestion(r).nature).name(in: language)
            spec.completions = natures.completions
        case .category:
            spec.defaultValue = r.category.flatMap { id in organization.categories.first { $0.id == id }?.name[language] }
            spec.completions = categories.completions
        case .routed:
            spec.defaultValue = text.pressEnter
        case .promised:
            spec.defaultValue = text.yesNoHint
            spec.completions = [text.yes, text.no]
        case .confirm:
            spec.defaultValue = text.yesNoHint
            spec.completions = [text.yes, text.no]
        }
        spec.completions += commands
        return .ask(spec)
    }

    /// What to show on arriving at a question, before its prompt.
    func before(_ question: IntakeQuestion, _ state: inout IntakeState) -> [IntakeEffect] {
        switch question {
        case .account:
            return [.show(OutputLine(.dim, text.listenIntro))]
        case .acknowledge:
            return say(.acknowledge, preferring: 2)
        case .admitShortfall:
            return say(.admitShortfall, preferring: 5)
        case .takeOwnership:
            return say(.takeOwnership, preferring: 6)
        case .nature:
            return [.show(OutputLine(.dim, suggestionLine(suggestion(state.record))))]
        case .category:
            return [.show(OutputLine(.dim, categories.listing))]
        case .routed:
            let decision = route(state.record)
            return routeLines(decision).map { .show($0) } + [.record(.routed(decision))]
        case .promised:
            return promiseLines(state.record).map { .show($0) }
        case .confirm:
            return summary(state.record).map { .show($0) }
        default:
            return []
        }
    }

    private func say(_ purpose: PhrasePurpose, preferring number: Int) -> [IntakeEffect] {
        phrase(purpose, preferring: number).map { phrase in
            [.show(OutputLine(.phrase, text.say(phrase.text[language]), event: .phraseOffered(purpose: purpose, text: phrase.text[language])))]
        } ?? []
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
            return [.show(OutputLine(.error, text.tooLong(line.count))), ask(question, state)]
        }
        let value = SafeText.line(line).trimmingCharacters(in: .whitespaces)
        let optional: String? = value.isEmpty ? nil : value

        func invalid(_ choices: String) -> [IntakeEffect] {
            [.show(OutputLine(.error, text.notUnderstood(value, choices: choices))), ask(question, state, retry: value)]
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
            guard let channel = channels.match(optional) else { return invalid(channels.listing) }
            return set(.channel(channel))
        case .callerName:
            return set(optional.map { .name($0) })
        case .standing:
            guard let optional else { return accept() }
            guard let standing = standings.match(optional) else { return invalid(standings.listing) }
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
                let terms = suggestion.matches.map(\.term)
                return [.show(OutputLine(.warning, text.soundsUrgent(suggestion), event: .urgencyWarning(terms: terms)))] + accept()
            }
            return [apply(.accountLine(optional), &state), .save, ask(question, state)]
        case .what:
            guard let optional else {
                if !state.record.account.isEmpty { return accept() }
                return [.show(OutputLine(.warning, text.required)), ask(question, state)]
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
            guard let kind = kinds.match(optional) else { return invalid(kinds.listing) }
            return set(.kind(kind))
        case .nature:
            let suggested = suggestion(state.record).nature
            if let optional {
                guard let chosen = natures.match(optional) else { return invalid(natures.listing) }
                return accept(.nature(chosen: chosen, suggested: suggested, basis: .chosen))
            }
            if let nature = state.record.nature {
                return accept(.nature(chosen: nature, suggested: suggested, basis: .chosen))
            }
            return accept(.nature(chosen: suggested, suggested: suggested, basis: .acceptedSuggestion))
        case .category:
            guard let optional else { return accept() }
            guard let category = categories.match(optional) else { return invalid(categories.listing) }
            return set(.category(category))
        case .routed:
            return accept(.peopleTold(note: optional))
        case .promised:
            if optional != nil, YesNo.parse(value) == false { return accept(.promise(told: false, note: nil)) }
            return accept(.promise(told: true, note: optional.flatMap { YesNo.parse($0) == nil ? $0 : nil }))
        case .confirm:
            if optional != nil, YesNo.parse(value) == false {
                return [.show(OutputLine(.warning, text.notConfirmed)), ask(question, state)]
            }
            if optional != nil, YesNo.parse(value) == nil { return invalid("\(text.yes) / \(text.no)") }
            let missing = blockingFacts(state.record)
            if !missing.isEmpty {
                return [.show(OutputLine(.error, text.cannotConfirm(missing))), ask(question, state)]
            }
            state.outcome = .received
            return [apply(.received(lifeAtReceipt(state.record)), &state), .save,
                    .show(OutputLine(.success, text.saved(state.record.caseNumber))), .finish(.received)]
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
        let words = [record.account, record.location ?? "", record.realCause ?? "", record.wants ?? ""]
            + record.notes
        return catalogue.urgency.suggest(from: words.joined(separator: "\n"))
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
