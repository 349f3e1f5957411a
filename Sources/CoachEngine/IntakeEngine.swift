import CaseEvents
import ComplaintDomain
import Foundation
import TextSafety

/// The intake as a pure state machine: an event and the state in, the new state and the
/// effects out. It never touches a terminal or a database, so a live call, a drill and a
/// replay all run the same code, and every path is testable as data.
///
/// A call goes at the caller's pace: Coach opens on listening, reads every line for danger and
/// facts as it is typed, then asks only for what is still missing.
public struct IntakeEngine: Sendable {
    public let catalogue: GuidanceCatalogue
    /// The conversation's language: which of the office's cues and phrases to offer.
    public let language: Language

    /// Answers longer than this are refused (and kept in the transcript): a name or a unit
    /// is never a page long.
    static let answerLimit = 400
    /// A line of the caller's account may be long, but not a pasted file.
    static let accountLineLimit = 8000

    /// Reads the facts of each line of the account; made once, since it indexes the buildings.
    let finder: FactFinder

    public init(catalogue: GuidanceCatalogue, language: Language) {
        self.catalogue = catalogue
        self.language = language
        finder = FactFinder(buildings: catalogue.organization.buildings)
    }

    var organization: Organization { catalogue.organization }

    /// The opening of a new intake: the case is numbered and timed, and the first prompt is the
    /// caller's account.
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
            state.pending = state.pending == .markUrgent ? .markUrgent : nil
            return [.show(.resumed(state.record.caseNumber, receivedAt: state.record.receivedAt))]
                + dangerAgain(state) + arrive(at: state.question, &state, newStep: true)
        case .interrupt:
            if state.pending == .leave { state.pending = nil }
            return [.show(.interrupted), prompt(state)]
        case .endOfInput:
            if state.pending == .leave { return leave(&state) }
            state.pending = .leave
            return [askLeave(state)]
        case .earlier(let earlier):
            return earlierCases(earlier, &state)
        case .tick:
            return []
        case .line(let raw):
            let line = raw.trimmingSpaces()
            if state.pending == .leave { return answerLeave(line, &state) }
            if let command = ColonCommand(line) { return run(command, &state) }
            // Bytes that were not UTF-8 arrive as U+FFFD: keep the line, but say so. Foundation's
            // search is asked only when the scalar is there at all, not on every line.
            let garbled: [IntakeEffect] = line.unicodeScalars.contains("\u{FFFD}") && line.contains("\u{FFFD}") ? [.show(.notText)] : []
            if state.pending == .markUrgent { return garbled + answerMarkUrgent(line, &state) }
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
            // On the way back to saving, the header names what saving still needs, too.
            var missing = Self.missingFacts(state, at: question.step)
            if state.returnTo == .confirm { missing += blockingFacts(state.record).filter { !missing.contains($0) } }
            effects.append(.show(.stepHeader(question.step, missing: missing)))
            for guideline in question.step.moments.flatMap(catalogue.guidelines(at:))
            where !state.cued.contains(guideline.number) && cues(guideline, state.record) {
                state.cued.append(guideline.number)
                effects.append(.show(.cue(guideline: guideline.number, text: guideline.cue[language])))
            }
        }
        effects += before(question, &state)
        effects.append(prompt(state))
        return effects
    }

    /// Whether a guideline's cue belongs in this call: an urgent call has no time for humour or
    /// an apology (guidelines 5 and 7), and a suggestion is thanked, not apologised for.
    func cues(_ guideline: Guideline, _ record: ComplaintRecord) -> Bool {
        switch guideline.key {
        case "admit_shortfall": record.nature != .urgent && record.kind == .complaint
        case "ease_and_coordinate": record.nature != .urgent
        default: true
        }
    }

    /// Goes on to the next question that applies — or back to where Coach came from, when it
    /// went to a question out of order — or stays when there is none.
    func advance(_ state: inout IntakeState) -> [IntakeEffect] {
        let current = state.question
        if state.trail.last != current { state.trail.append(current) }
        if let back = state.returnTo {
            // On the way back to saving, straight to the next field it still needs.
            if back == .confirm, let next = blockingFacts(state.record).first, next != current {
                return arrive(at: next, &state, newStep: next.step != current.step)
            }
            state.returnTo = nil
            if back != current { return arrive(at: back, &state, newStep: back.step != current.step) }
        }
        let all = IntakeQuestion.allCases
        var index = all.firstIndex(of: current)! + 1
        while index < all.count, !applies(all[index], state) { index += 1 }
        guard index < all.count else { return [prompt(state)] }
        let next = all[index]
        return arrive(at: next, &state, newStep: next.step != current.step)
    }

    /// Whether a question is asked: a fact already known is not asked again.
    func applies(_ question: IntakeQuestion, _ state: IntakeState) -> Bool {
        let r = state.record
        let complaint = r.kind == .complaint
        switch question {
        case .channel: return false
        case .heard: return !state.proposals.isEmpty
        case .callerName: return r.person.name == nil
        case .contact: return r.person.contact == nil
        case .building: return r.building == nil && !organization.buildings.isEmpty
        case .unit: return r.unit == nil
        case .standing: return r.person.standing == nil
        case .what: return r.account.isEmpty
        case .location: return r.location == nil && r.unit == nil && r.building == nil
        case .since: return r.since == nil
        case .wants: return r.wants == nil
        case .realCause: return r.realCause == nil
        case .coordinateWith: return r.coordinateWith.isEmpty
        case .nature: return complaint
        case .acknowledge, .takeOwnership: return complaint
        case .admitShortfall: return complaint && r.nature != .urgent
        case .thank: return !complaint
        default: return true
        }
    }

    func goBack(_ count: Int, _ state: inout IntakeState) -> [IntakeEffect] {
        guard !state.trail.isEmpty else { return [.show(.atFirst), prompt(state)] }
        var previous = state.question
        for _ in 0..<count {
            guard let popped = state.trail.popLast() else { break }
            previous = popped
        }
        state.pending = nil
        state.returnTo = nil
        let stepChanged = previous.step != state.question.step
        return arrive(at: previous, &state, newStep: stepChanged)
    }

    /// The prompt to show now: the pending short question, or the current question.
    func prompt(_ state: IntakeState) -> IntakeEffect {
        switch state.pending {
        case .leave: askLeave(state)
        case .markUrgent: .ask(PromptSpec(question: .account, step: .listen, channel: state.record.channel,
                                          choices: [urgentChoice], defaultValue: .keepListening))
        case nil: ask(state.question, state)
        }
    }

    var urgentChoice: Choice { Choice(key: "u", name: LocalizedText(Nature.urgent.name)) }

    // MARK: Leaving

    func askLeave(_ state: IntakeState) -> IntakeEffect {
        .ask(PromptSpec(question: nil, step: state.question.step, channel: state.record.channel, choices: YesNo.choices, defaultValue: .yes))
    }

    func answerLeave(_ line: String, _ state: inout IntakeState) -> [IntakeEffect] {
        if line.isEmpty || YesNo.parse(line) == true { return leave(&state) }
        if YesNo.parse(line) == false {
            state.pending = nil
            return [prompt(state)]
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
