import CaseEvents
import ComplaintDomain
import Foundation
import TextSafety
import Training

/// A mock complaint: the same intake as a live call, with a simulated complainant on the other
/// side, on the call's clock. Lines typed after `>` are said to the caller; everything else is
/// the intake, and a line typed while she is talking is noted as such (guidelines 2, 4).
/// `exam` hides the cues and the phrases to say.
public struct TrainingEngine: Conversation {
    public let intake: IntakeEngine
    public let complainant: Complainant
    public let exam: Bool

    /// `exam` must be the state's: it is kept there so a resumed exam stays one.
    public init(catalogue: GuidanceCatalogue, language: Language, scenario: Scenario, speech: SpeechLexicon, exam: Bool) {
        intake = IntakeEngine(catalogue: catalogue, language: language)
        complainant = Complainant(scenario: scenario, speech: speech)
        self.exam = exam
    }

    var scenario: Scenario { complainant.scenario }

    /// The caller speaks whether or not anything is typed.
    public var ticks: Bool { true }

    public func begin(_ state: inout TrainingState) -> [IntakeEffect] {
        let intro = [
            IntakeEffect.show(.trainingIntro(title: scenario.title, summary: scenario.summary)),
            .record(.trainingStarted(scenario: scenario.id, exam: exam, mood: state.caller.mood)),
        ]
        return intro + weave(visible(intake.begin(&state.intake)), caller: Complainant.Response(), state)
    }

    public func handle(_ event: IntakeEvent, _ state: inout TrainingState) -> [IntakeEffect] {
        handle(event, at: state.pickedUp.addingTimeInterval(state.caller.clock), &state)
    }

    /// When the caller next does something by herself (see `Complainant.nextChange`).
    public func nextChange(_ state: TrainingState) -> Date? {
        guard state.intake.outcome == nil else { return nil }
        return complainant.nextChange(state.caller).map { state.pickedUp.addingTimeInterval($0) }
    }

    public func handle(_ event: IntakeEvent, at time: Date, _ state: inout TrainingState) -> [IntakeEffect] {
        guard state.intake.outcome == nil || event == .resume else { return [] }
        // Earlier cases answer a look-up within the same turn: the caller's clock is not read.
        if case .earlier = event { return visible(intake.handle(event, &state.intake)) }
        if event == .resume {
            // The clock goes on from where the call stopped, not from when it was first picked up.
            state.pickedUp = time.addingTimeInterval(-state.caller.clock)
        }
        let t = state.seconds(at: time)
        // What she said since the last line comes first, then what this line does.
        let meanwhile = lines(complainant.advance(to: t, &state.caller))
        if event == .tick { return meanwhile }
        var heard = Complainant.Response()
        if case .line(let raw) = event, let said = Self.speech(raw) {
            guard !said.isEmpty else {
                return meanwhile + weave([.show(.sayAfterMarker), currentPrompt(state)], caller: heard, state)
            }
            let spoken = IntakeEffect.record(.saidToCaller(said))
            let response = complainant.hear(said, at: t, &state.caller)
            // Said at a "did you say it?" question, the words are its answer too: the trainee
            // need not report what the transcript already holds.
            let question = state.intake.question
            if question.asksWhatWasSaid, question != .routed {
                return meanwhile + [spoken] + weave(visible(intake.handle(.line(said), &state.intake)), caller: response, state)
            }
            return meanwhile + [spoken] + weave([currentPrompt(state)], caller: response, state)
        }

        var noted: [IntakeEffect] = []
        if case .line(let raw) = event, let talking = state.caller.talking, Self.isEntry(raw, at: state.intake.question) {
            noted = [.record(.whileCallerTalking(segment: talking.segment.map { $0 + 1 }))]
        }
        let before = state.intake
        var effects = noted + visible(intake.handle(event, &state.intake))
        // Own words typed at a respond question, or at "promised", are said to her; a `y` is only
        // what the trainee reports, and she hears nothing of it.
        for question in [IntakeQuestion.acknowledge, .admitShortfall, .takeOwnership, .thank] where before.said[question.rawValue] == nil {
            if let words = state.intake.said[question.rawValue]?.ownWords {
                heard.events += complainant.hear(words, at: t, &state.caller).events
            }
        }
        for case .record(.promise(told: true, let words?)) in effects {
            heard.events += complainant.hear(words, at: t, &state.caller).events
        }
        if state.intake.outcome == .received {
            effects.append(.record(.trainingFinished(start: state.caller.startMood, end: state.caller.mood)))
        }
        return meanwhile + weave(effects, caller: heard, state)
    }

    public func record(_ state: TrainingState) -> ComplaintRecord { state.intake.record }
    public func outcome(_ state: TrainingState) -> IntakeOutcome? { state.intake.outcome }
    public func question(_ state: TrainingState) -> IntakeQuestion { state.intake.question }
    public func draft(_ state: TrainingState) -> Data {
        (try? JSONEncoder().encode(state)) ?? Data("{}".utf8)
    }

    /// The words after `>` (or a full-width `＞`), or nil when the line is not said to the caller.
    static func speech(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, first == ">" || first == "＞" else { return nil }
        return SafeText.line(String(trimmed.dropFirst())).trimmingCharacters(in: .whitespaces)
    }

    /// A line that writes her words down: text at a question that takes text (the account, a
    /// name, since when…), `:note` or `:FIELD value`; not a yes, a choice or another command.
    static func isEntry(_ line: String, at question: IntakeQuestion) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return false }
        if let command = ColonCommand(trimmed) {
            switch command {
            case .note, .set: return true
            default: return false
            }
        }
        switch question {
        case .account, .callerName, .contact, .building, .unit, .what, .location, .since, .wants, .realCause, .coordinateWith:
            return true
        case .anythingElse:
            return YesNo.parse(trimmed) == nil
        default:
            return false
        }
    }

    private func currentPrompt(_ state: TrainingState) -> IntakeEffect {
        intake.prompt(state.intake)
    }

    /// In an exam the cues and the phrases to say are not shown (nor recorded as shown).
    private func visible(_ effects: [IntakeEffect]) -> [IntakeEffect] {
        guard exam else { return effects }
        return effects.compactMap {
            switch $0 {
            case .show(.cue), .show(.phrase), .show(.houseRule(_, cue: true)), .record(.signal): nil
            case .show(.promise(let number, let decision, let at, _)): .show(.promise(number, decision, receivedAt: at, phrase: nil))
            case .show(.urgentPromise(let number, let decision, let minutes, _)):
                .show(.urgentPromise(number, decision, minutes: minutes, phrase: nil))
            default: $0
            }
        }
    }

    /// The caller's words go just before the prompt, so the trainee reads them last, with what
    /// she is in the middle of saying, if anything.
    private func weave(_ effects: [IntakeEffect], caller response: Complainant.Response, _ state: TrainingState) -> [IntakeEffect] {
        var lines = lines(response)
        if let words = complainant.talking(state.caller) {
            lines.append(.show(.callerTalking(name: scenario.persona.name, soFar: words)))
        }
        guard let last = effects.last, case .ask = last else { return effects + lines }
        return effects.dropLast() + lines + [last]
    }

    /// Her words shown and recorded, and what else happened, recorded.
    private func lines(_ response: Complainant.Response) -> [IntakeEffect] {
        response.events.flatMap { event -> [IntakeEffect] in
            if case .callerSaid(let words) = event {
                return [.record(event), .show(.callerSaid(name: scenario.persona.name, words: words))]
            }
            return [.record(event)]
        }
    }
}
