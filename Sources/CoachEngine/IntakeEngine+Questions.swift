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
                  words: ["occupant", "tenant", "user", "住戶", "住户", "用戶", "用户", "租客", "租戶", "租户"]),
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
        case .heard, .confirm: YesNo.choices
        case let q where q.asksWhatWasSaid: YesNo.choices
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
        case .account, .anythingElse: break
        case .heard, .confirm: spec.defaultValue = .yes
        case .what: spec.defaultValue = typed(r.account.isEmpty ? nil : r.account)
        case .location: spec.defaultValue = typed(r.location ?? r.unit)
        case .since: spec.defaultValue = typed(r.since)
        case .wants: spec.defaultValue = typed(r.wants)
        case .realCause: spec.defaultValue = typed(r.realCause)
        case .coordinateWith: spec.defaultValue = typed(r.coordinateWith.isEmpty ? nil : r.coordinateWith.joined(separator: ", "))
        case .acknowledge, .admitShortfall, .takeOwnership, .thank, .routed, .promised:
            // Nothing is "said" by default: Enter offers only an answer already given.
            spec.defaultValue = state.said[question.rawValue].map { .typed(answered($0)) }
        case .kind: spec.defaultValue = .choice(LocalizedText(Self.offeredKind(state).name))
        case .nature: spec.defaultValue = .choice(LocalizedText((r.nature ?? suggestion(r).nature).name))
        case .category:
            spec.defaultValue = r.category.flatMap { id in organization.categories.first { $0.id == id } }.map { .choice($0.name) }
        }
        return .ask(spec)
    }

    /// What Enter takes at "complaint or suggestion": a caller who says they are suggesting
    /// something (建議, 建议, 提議, suggest) is offered "suggestion" until the question has been
    /// answered once; nothing is set without that key.
    static func offeredKind(_ state: IntakeState) -> ComplaintKind {
        let r = state.record
        guard !state.trail.contains(.kind), r.kind == .complaint else { return r.kind }
        let folded = r.account.lowercased()
        return ["建議", "建议", "提議", "提议", "suggest"].contains { folded.contains($0) } ? .suggestion : r.kind
    }

    /// An answer given before, as it would be typed again.
    func answered(_ said: IntakeState.Said) -> String {
        said.ownWords ?? (said.said ? "y" : "n")
    }

    /// What to show on arriving at a question, before its prompt.
    func before(_ question: IntakeQuestion, _ state: inout IntakeState) -> [IntakeEffect] {
        switch question {
        case .account:
            return [.show(.listenIntro)]
        case .anythingElse:
            return say(.ask, preferring: 4, state)
        case .heard:
            return [.show(.readBack(state.record, heard: state.proposals, missing: Self.missingFacts(state, at: .check)))]
        case .acknowledge:
            // Someone smelling gas is frightened, not angry: on an urgent call, reassure.
            if state.record.nature == .urgent, let reassure = phrase(.reassure, preferring: 2, state) {
                return [.show(.phrase(.reassure, text: reassure))]
            }
            return say(.acknowledge, preferring: 2, state)
        case .admitShortfall:
            return say(.admitShortfall, preferring: 5, state)
        case .takeOwnership:
            return say(.takeOwnership, preferring: 6, state)
        case .thank:
            return say(.thankSuggestion, preferring: 2, state)
        case .nature:
            return [.show(.natureSuggestion(suggestion(state.record)))]
        case .category:
            return [.show(.choices(.category, categories.choices))]
        case .routed:
            let decision = route(state.record)
            return [.show(.routing(decision)), .record(.routed(decision))]
        case .promised:
            let decision = route(state.record)
            if state.record.nature == .urgent {
                return [.show(.urgentPromise(state.record.caseNumber, decision, minutes: organization.rules.urgentCallBackMinutes,
                                             phrase: phrase(.urgentPromise, preferring: 8, state)))]
            }
            let purpose: PhrasePurpose = state.record.kind == .complaint ? .promiseFollowUp : .thankSuggestion
            return [.show(.promise(state.record.caseNumber, decision, receivedAt: state.record.receivedAt,
                                  phrase: phrase(purpose, preferring: 8, state)))]
        case .confirm:
            // After `:done`, what was heard and not yet taken is read back with the rest.
            guard state.proposals.isEmpty else {
                return [.show(.readBack(state.record, heard: state.proposals, missing: Self.missingFacts(state, at: .close))),
                        .show(.confirmTakesHeard)]
            }
            return [.show(summary(state.record))]
        default:
            return []
        }
    }

    private func say(_ purpose: PhrasePurpose, preferring number: Int, _ state: IntakeState) -> [IntakeEffect] {
        phrase(purpose, preferring: number, state).map { [.show(.phrase(purpose, text: $0))] } ?? []
    }

    /// A phrase for a purpose in the call's language, with the caller's name and problem filled
    /// in, from the guideline it belongs to when that one has it.
    func phrase(_ purpose: PhrasePurpose, preferring number: Int, _ state: IntakeState) -> String? {
        let found = catalogue.guideline(number)?.phrases.first { $0.purpose == purpose }
            ?? catalogue.guidelines.flatMap(\.phrases).first { $0.purpose == purpose }
        return found.map { $0.text(language, register: catalogue.zhHantRegister, filling: fill(state)) }
    }

    /// What a phrase can say of this call: how the caller is addressed, the problem, when they
    /// will hear back (as it is said aloud), the case number.
    func fill(_ state: IntakeState) -> PhraseFill {
        let r = state.record
        let problem = r.category.flatMap { id in organization.categories.first { $0.id == id }?.name[language] }
        let decision = r.kind == .complaint && r.nature != nil ? route(r) : nil
        let deadline = decision?.deadline.map { SpokenDeadline.words(due: $0.due, now: r.receivedAt, zone: organization.calendar.zone, language: language) }
        let told = decision.map { organization.title(of: $0.callsBack, in: language) }
        return PhraseFill(name: r.person.name, problem: problem, deadline: deadline, caseNumber: r.caseNumber.description,
                          minutes: organization.rules.urgentCallBackMinutes, told: told)
    }

    // MARK: Answering

    func answer(_ line: String, _ state: inout IntakeState) -> [IntakeEffect] {
        let question = state.question
        let free = question == .account || question == .anythingElse
        let limit = free ? Self.accountLineLimit : Self.answerLimit
        // Counting characters walks the line: needed only when it has more bytes than the limit.
        if line.utf8.count > limit, line.count > limit {
            return [.show(.tooLong(characters: line.count)), ask(question, state)]
        }
        let value = SafeText.line(line).trimmingSpaces()
        let optional: String? = value.isEmpty ? nil : value

        func invalid() -> [IntakeEffect] {
            [.show(.notUnderstood(typed: value, choices(question))), ask(question, state, retry: value)]
        }
        func accept(_ events: CaseEvent...) -> [IntakeEffect] {
            let applied = events.map { apply($0, &state) }
            let heard = optional.map { listened($0, &state, readFacts: false) } ?? []
            return applied + [.save] + heard + lookUps(&state) + advance(&state)
        }
        func set(_ value: RecordValue?) -> [IntakeEffect] {
            value.map { accept(.field($0)) } ?? accept()
        }

        switch question {
        case .account, .anythingElse:
            guard let optional else {
                // They have finished: check back (guideline 4) — the read-back comes with the
                // facts heard, or on its own when none were — then only what is missing.
                let readBack: [IntakeEffect] = question == .anythingElse && state.proposals.isEmpty
                    ? [.show(.readBack(state.record, heard: [], missing: Self.missingFacts(state, at: .check)))] : []
                return [.save] + readBack + advance(&state)
            }
            return [apply(.accountLine(optional), &state), .save] + listened(optional, &state, readFacts: true)
                + lookUps(&state) + [prompt(state)]
        case .heard:
            if let optional, YesNo.parse(optional) == nil { return invalid() }
            let accepted = optional.map { YesNo.parse($0) == true } ?? true
            let facts = state.proposals
            state.proposals = []
            var events: [CaseEvent] = [.proposalsAnswered(accepted: accepted)]
            if accepted { events += facts.compactMap(recordValue).map(CaseEvent.field) }
            let applied = events.map { apply($0, &state) }
            return applied + [.save] + lookUps(&state) + advance(&state)
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
        case .what:
            guard let optional else {
                if !state.record.account.isEmpty { return accept() }
                return [.show(.required), ask(question, state)]
            }
            return set(.account(optional))
        case .location:
            return set(optional.map { .location($0) })
        case .since:
            return set(optional.map { .since($0) })
        case .wants:
            return set(optional.map { .wants($0) })
        case .realCause:
            return set(optional.map { .realCause($0) })
        case .coordinateWith:
            guard let optional else { return accept() }
            if YesNo.no.contains(optional.lowercased()) || ["none", "無", "无", "沒有人", "没有人", "冇人"].contains(optional.lowercased()) {
                return set(.coordinateWith([]))
            }
            return set(.coordinateWith(optional.split(whereSeparator: { ",、;;,".contains($0) })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }))
        case .acknowledge, .admitShortfall, .takeOwnership, .thank, .routed, .promised:
            return reported(optional, &state)
        case .kind:
            guard let optional else { return set(.kind(Self.offeredKind(state))) }
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
        case .confirm:
            if optional != nil, YesNo.parse(value) == false {
                return [.show(.notConfirmed), ask(question, state)]
            }
            if optional != nil, YesNo.parse(value) == nil { return invalid() }
            // Yes to the read-back is yes to the facts it showed as heard.
            let facts = state.proposals
            state.proposals = []
            let taken = facts.isEmpty ? [] : ([CaseEvent.proposalsAnswered(accepted: true)] + facts.compactMap(recordValue).map(CaseEvent.field))
                .map { apply($0, &state) }
            return taken + (taken.isEmpty ? [] : [.save]) + confirm(&state)
        }
    }

    /// What staff report having said or done at a question that asks it: `y`, `n`, or their
    /// own words. Enter alone is no answer, unless one was given before (going back).
    func reported(_ typed: String?, _ state: inout IntakeState) -> [IntakeEffect] {
        let question = state.question
        guard let typed else {
            guard state.said[question.rawValue] != nil else {
                return [.show(.sayWhatWasSaid), ask(question, state)]
            }
            return advance(&state)
        }
        let said: IntakeState.Said = switch YesNo.parse(typed) {
        case true?: .init(said: true, ownWords: nil)
        case false?: .init(said: false, ownWords: nil)
        case nil: .init(said: true, ownWords: typed)
        }
        state.said[question.rawValue] = said
        let event: CaseEvent? = switch question {
        case .routed: said.said ? .peopleTold(note: said.ownWords) : .skipped(question: question.rawValue)
        case .promised: .promise(told: said.said, note: said.ownWords)
        default: .phrase(question: question.rawValue, purpose: question.purpose,
                         answer: said.ownWords.map { .ownWords($0) } ?? (said.said ? .said : .notSaid))
        }
        let applied = event.map { [apply($0, &state)] } ?? []
        return applied + [.save] + advance(&state)
    }

    /// Saves the case when nothing it needs is missing; otherwise goes straight to the first
    /// missing field, and comes back here once it is answered.
    func confirm(_ state: inout IntakeState) -> [IntakeEffect] {
        let missing = blockingFacts(state.record)
        if let first = missing.first {
            state.returnTo = .confirm
            return [.show(.cannotConfirm(missing: missing))] + arrive(at: first, &state, newStep: first.step != state.question.step)
        }
        state.outcome = .received
        // The routing at receipt, with who was on duty, is always in the transcript, even for a
        // call saved with `:done` before the route step showed it.
        let routing: [IntakeEffect] = state.trail.contains(.routed) ? [] : [.record(.routed(route(state.record)))]
        return routing + [apply(.received(lifeAtReceipt(state.record)), &state), .save,
                .show(.saved(state.record.caseNumber)), .finish(.received)]
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
