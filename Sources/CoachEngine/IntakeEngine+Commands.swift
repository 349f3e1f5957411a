import CaseEvents
import ComplaintDomain
import TextSafety

extension IntakeEngine {
    func run(_ command: ColonCommand, _ state: inout IntakeState) -> [IntakeEffect] {
        let again = prompt(state)
        switch command {
        case .help:
            return [.show(.help(state.question, choices(state.question))), again]
        case .back(let count):
            return goBack(count, &state)
        case .show:
            return [.show(summary(state.record)), again]
        case .guide(let number):
            return [.show(guide(number, state)), again]
        case .rule(let word):
            return [.show(rule(word, &state)), again]
        case .note(let note):
            let clean = SafeText.line(note)
            guard !clean.isEmpty else { return [.show(.noteEmpty), again] }
            let note = apply(.note(clean), &state)
            return [note, .save, .show(.noteAdded(count: state.record.notes.count))] + listened(clean, &state, readFacts: false)
                + [prompt(state)]
        case .urgent:
            return markUrgent(&state) + [prompt(state)]
        case .called(let name):
            let clean = SafeText.line(name)
            guard !clean.isEmpty else { return [.show(.calledUsage), again] }
            return [apply(.called(name: clean), &state), .save, .show(.called(clean)), again]
        case .void(let reason):
            let clean = SafeText.line(reason)
            guard !clean.isEmpty else { return [.show(.voidUsage), again] }
            state.pending = nil
            state.outcome = .voided
            return [apply(.voided(reason: clean), &state), .save, .show(.voided(state.record.caseNumber)), .finish(.voided)]
        case .set(let field, let value):
            return set(field, SafeText.line(value).trimmingCharacters(in: .whitespaces), &state)
        case .skip:
            if state.question == .confirm { return [.show(.required), again] }
            state.pending = nil
            return [.record(.skipped(question: state.question.rawValue))] + advance(&state)
        case .done:
            // Straight to the read-back and the confirmation, from wherever the call is.
            state.pending = nil
            state.returnTo = nil
            guard state.question != .confirm else { return [again] }
            if state.trail.last != state.question { state.trail.append(state.question) }
            return arrive(at: .confirm, &state, newStep: state.question.step != .close)
        case .save:
            return leave(&state)
        case .quit:
            state.pending = .leave
            return [askLeave(state)]
        case .unknown(let name):
            return [.show(.unknownCommand(SafeText.line(name))), ask(state.question, state, retry: SafeText.line(name))]
        }
    }

    /// `:FIELD VALUE` from any prompt: the value is checked as its own question would check it,
    /// and the prompt stays where it was. Without a value, Coach goes to the field's question
    /// and comes back here after it.
    func set(_ field: RecordField, _ value: String, _ state: inout IntakeState) -> [IntakeEffect] {
        guard !value.isEmpty else {
            let here = state.question
            guard field.question != here else { return [prompt(state)] }
            state.pending = nil
            state.returnTo = here
            if state.trail.last != here { state.trail.append(here) }
            return arrive(at: field.question, &state, newStep: field.question.step != here.step)
        }
        guard value.count <= Self.answerLimit else { return [.show(.tooLong(characters: value.count)), prompt(state)] }
        // A value not understood goes back on the line, as typed, to be corrected.
        let retry = ":\(field.rawValue) \(value)"
        func again(_ retry: String) -> IntakeEffect {
            state.pending == nil ? ask(state.question, state, retry: retry) : prompt(state)
        }
        let event: CaseEvent
        switch field {
        case .channel:
            guard let v = channels.match(value) else { return [.show(.notUnderstood(typed: value, channels.choices)), again(retry)] }
            event = .field(.channel(v))
        case .standing:
            guard let v = standings.match(value) else { return [.show(.notUnderstood(typed: value, standings.choices)), again(retry)] }
            event = .field(.standing(v))
        case .kind:
            guard let v = kinds.match(value) else { return [.show(.notUnderstood(typed: value, kinds.choices)), again(retry)] }
            event = .field(.kind(v))
        case .nature:
            guard let v = natures.match(value) else { return [.show(.notUnderstood(typed: value, natures.choices)), again(retry)] }
            if v == .urgent, state.record.nature != .urgent { return markUrgent(&state) + [prompt(state)] }
            event = .nature(chosen: v, suggested: suggestion(state.record).nature, basis: .chosen)
        case .category:
            guard let v = categories.match(value) else { return [.show(.notUnderstood(typed: value, categories.choices)), again(retry)] }
            event = .field(.category(v))
        case .name: event = .field(.name(value))
        case .building: event = .field(.building(value))
        case .unit: event = .field(.unit(value))
        case .contact: event = .field(.contact(value))
        case .where: event = .field(.location(value))
        case .since: event = .field(.since(value))
        case .wants: event = .field(.wants(value))
        case .cause: event = .field(.realCause(value))
        case .others:
            event = .field(.coordinateWith(value.split(whereSeparator: { ",、;;,".contains($0) })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }))
        }
        // What staff typed wins over what Coach heard.
        if let fact = FactField(rawValue: field.rawValue) { state.proposals.removeAll { $0.field == fact } }
        let applied = apply(event, &state)
        var effects: [IntakeEffect] = [applied, .save, .show(.fieldSet(field, value))] + listened(value, &state, readFacts: false) + lookUps(&state)
        if state.question == field.question, state.pending == nil {
            effects += advance(&state)
        } else if state.question == .heard, state.proposals.isEmpty, state.pending == nil {
            effects += advance(&state)
        } else {
            effects.append(prompt(state))
        }
        return effects
    }

    func guide(_ number: Int?, _ state: IntakeState) -> Display {
        if let number {
            guard let guideline = catalogue.guideline(number) else { return .guideUsage }
            return .guidelines([guideline], full: true)
        }
        let here = state.question.step.moments.flatMap(catalogue.guidelines(at:))
        return here.isEmpty ? .guideUsage : .guidelines(here, full: false)
    }

    /// `:rule N` or `:rule WORD`: a house rule (or, as `:rule reg N`, an article of the
    /// regulation) so staff can reason with it (guideline 9); `:rule` alone lists the rules.
    func rule(_ word: String, _ state: inout IntakeState) -> Display {
        let rules = catalogue.houseRules
        if word.isEmpty { return .houseRules(rules.all) }
        let parts = word.split(separator: " ")
        if parts.count == 2, ["reg", "規定", "规定", "article"].contains(parts[0].lowercased()), let n = Int(parts[1]) {
            guard let article = catalogue.articles.first(where: { $0.number == n }) else { return .ruleUsage }
            return .article(article)
        }
        if let n = Int(word) {
            guard let found = rules.rule(n) else { return .ruleUsage }
            return .houseRule(found, cue: false)
        }
        let found = rules.find(word)
        return found.isEmpty ? .ruleUsage : .houseRules(found)
    }
}
