import ComplaintDomain
import Foundation
import TextSafety

/// The intake as a pure state machine: an event and the state in, the new state and the
/// effects out. It never touches a terminal or a database, so a live call, a drill and a
/// replay all run the same code, and every path is testable as data.
public struct IntakeEngine: Sendable {
    public let catalogue: GuidanceCatalogue
    /// The conversation's language: which of the office's cues and phrases to offer.
    public let language: Language

    /// Answers longer than this are refused (and kept in the transcript): a name or a unit
    /// is never a page long.
    static let answerLimit = 400
    /// A line of the caller's account may be long, but not a pasted file.
    static let accountLineLimit = 8000

    public init(catalogue: GuidanceCatalogue, language: Language) {
        self.catalogue = catalogue
        self.language = language
    }

    var organization: Organization { catalogue.organization }

    /// The opening of a new intake: where it stands, the first cues, the first question.
    public func begin(_ state: inout IntakeState) -> [IntakeEffect] {
        var effects: [IntakeEffect] = [.show(.opening(state.record.caseNumber, receivedAt: state.record.receivedAt))]
        if organization.member(state.record.receivedBy) == nil {
            // Regulation 4: a complaint is always taken; who took it is checked later.
            effects.append(.record(.notOnRoster(staff: state.record.receivedBy)))
            effects.append(.show(.notOnRoster(staff: state.record.receivedBy)))
        }
        effects += arrive(at: state.question, &state, newStep: true)
        return effects
    }

    public func handle(_ event: IntakeEvent, _ state: inout IntakeState) -> [IntakeEffect] {
        if event == .resume, state.outcome == .draft { state.outcome = nil }
        guard state.outcome == nil else { return [] }
        switch event {
        case .resume:
            state.pending = nil
            return [.show(.resumed(state.record.caseNumber, receivedAt: state.record.receivedAt))]
                + arrive(at: state.question, &state, newStep: true)
        case .interrupt:
            state.pending = nil
            return [.show(.interrupted), ask(state.question, state)]
        case .endOfInput:
            if state.pending == .leave { return leave(&state) }
            state.pending = .leave
            return [askLeave(state)]
        case .line(let raw):
            let line = raw.trimmingCharacters(in: .whitespaces)
            if state.pending == .leave { return answerLeave(line, &state) }
            if let command = ColonCommand(line) { return run(command, &state) }
            // Bytes that were not UTF-8 arrive as U+FFFD: keep the line, but say so.
            let garbled: [IntakeEffect] = line.contains("\u{FFFD}") ? [.show(.notText)] : []
            return garbled + answer(line, &state)
        }
    }

    // MARK: Moving between questions

    /// The effects of arriving at a question: the step's heading and cues when the step is
    /// new, what to say or see before answering, then the prompt.
    func arrive(at question: IntakeQuestion, _ state: inout IntakeState, newStep: Bool) -> [IntakeEffect] {
        state.question = question
        var effects: [IntakeEffect] = []
        if newStep {
            effects.append(.show(.stepHeader(question.step, missing: missingFacts(state, at: question.step))))
            for guideline in catalogue.guidelines(at: question.step.moment) where !state.cued.contains(guideline.number) {
                state.cued.append(guideline.number)
                effects.append(.show(.cue(guideline: guideline.number, text: guideline.cue[language])))
            }
        }
        effects += before(question, &state)
        effects.append(ask(question, state))
        return effects
    }

    /// Goes on to the next question that applies, or stays when there is none.
    func advance(_ state: inout IntakeState) -> [IntakeEffect] {
        let current = state.question
        state.trail.append(current)
        let all = IntakeQuestion.allCases
        var index = all.firstIndex(of: current)! + 1
        while index < all.count, !applies(all[index], state) { index += 1 }
        guard index < all.count else { return [ask(current, state)] }
        let next = all[index]
        return arrive(at: next, &state, newStep: next.step != current.step)
    }

    func applies(_ question: IntakeQuestion, _ state: IntakeState) -> Bool {
        switch question {
        case .what: state.record.account.isEmpty
        case .nature: state.record.kind == .complaint
        default: true
        }
    }

    func goBack(_ state: inout IntakeState) -> [IntakeEffect] {
        guard let previous = state.trail.popLast() else {
            return [.show(.atFirst), ask(state.question, state)]
        }
        let stepChanged = previous.step != state.question.step
        return arrive(at: previous, &state, newStep: stepChanged)
    }

    // MARK: Leaving

    func askLeave(_ state: IntakeState) -> IntakeEffect {
        .ask(PromptSpec(question: nil, step: state.question.step, channel: state.record.channel, choices: YesNo.choices, defaultValue: .yes))
    }

    func answerLeave(_ line: String, _ state: inout IntakeState) -> [IntakeEffect] {
        if line.isEmpty || YesNo.parse(line) == true { return leave(&state) }
        if YesNo.parse(line) == false {
            state.pending = nil
            return [ask(state.question, state)]
        }
        return [.show(.notUnderstood(typed: SafeText.line(line), YesNo.choices)), askLeave(state)]
    }

    func leave(_ state: inout IntakeState) -> [IntakeEffect] {
        state.pending = nil
        state.outcome = .draft
        return [.record(.draftKept), .save,
                .show(.draftKept(state.record.caseNumber)), .finish(.draft)]
    }
}
