import ComplaintDomain
import TextSafety

extension IntakeEngine {
    func run(_ command: ColonCommand, _ state: inout IntakeState) -> [IntakeEffect] {
        let again = ask(state.question, state)
        switch command {
        case .help:
            return [.show(.help(state.question, choices(state.question))), again]
        case .back:
            return goBack(&state)
        case .show:
            return [.show(summary(state.record)), again]
        case .guide(let number):
            return [.show(guide(number, state)), again]
        case .note(let note):
            let clean = SafeText.line(note)
            guard !clean.isEmpty else { return [.show(.noteEmpty), again] }
            let note = apply(.note(clean), &state)
            return [note, .save, .show(.noteAdded(count: state.record.notes.count)), again]
        case .urgent:
            return markUrgent(&state) + [again]
        case .skip:
            if state.question == .confirm { return [.show(.required), again] }
            return [.record(.skipped(question: state.question.rawValue))] + advance(&state)
        case .done:
            return answer("", &state)
        case .save:
            return leave(&state)
        case .quit:
            state.pending = .leave
            return [askLeave(state)]
        case .unknown(let name):
            return [.show(.unknownCommand(SafeText.line(name))), ask(state.question, state, retry: SafeText.line(name))]
        }
    }

    func guide(_ number: Int?, _ state: IntakeState) -> Display {
        if let number {
            guard let guideline = catalogue.guideline(number) else { return .guideUsage }
            return .guidelines([guideline], full: true)
        }
        let here = catalogue.guidelines(at: state.question.step.moment)
        return here.isEmpty ? .guideUsage : .guidelines(here, full: false)
    }

    /// `:urgent`: the nature is urgent from now on, and the people to call are shown at once.
    func markUrgent(_ state: inout IntakeState) -> [IntakeEffect] {
        let suggested = suggestion(state.record).nature
        let marked = apply(.nature(chosen: .urgent, suggested: suggested, basis: .markedUrgent), &state)
        let decision = route(state.record)
        return [marked, .save, .show(.urgentMarked(decision)), .record(.routed(decision))]
    }
}
