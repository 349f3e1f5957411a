import ComplaintDomain
import Foundation
import TextSafety
import Training

/// A mock complaint: the same intake as a live call, with a simulated complainant on the
/// other side. Lines typed after `>` are said to the caller; everything else is the intake.
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

    public func begin(_ state: inout TrainingState) -> [IntakeEffect] {
        let intro = [
            IntakeEffect.show(.trainingIntro(title: scenario.title, summary: scenario.summary)),
            .record(.trainingStarted(scenario: scenario.id, exam: exam, mood: state.caller.mood)),
        ]
        let opening = complainant.begin(&state.caller)
        return intro + weave(visible(intake.begin(&state.intake)), caller: opening)
    }

    public func handle(_ event: IntakeEvent, _ state: inout TrainingState) -> [IntakeEffect] {
        guard state.intake.outcome == nil || event == .resume else { return [] }
        if case .line(let raw) = event, let said = Self.speech(raw) {
            guard !said.isEmpty else {
                return [.show(.sayAfterMarker), currentPrompt(state)]
            }
            let response = complainant.hear(said, &state.caller)
            return [.record(.saidToCaller(said))] + weave([currentPrompt(state)], caller: response)
        }

        let before = state.intake
        var effects = visible(intake.handle(event, &state.intake))
        var response = Complainant.Response()
        for (question, act) in [(IntakeQuestion.acknowledge, SpeechAct.acknowledge), (.admitShortfall, .apology), (.takeOwnership, .ownership)]
        where before.said[question.rawValue] == nil {
            guard let said = state.intake.said[question.rawValue], said.said else { continue }
            let heard = said.ownWords.map { complainant.hear($0, &state.caller) }
                ?? complainant.hear(acts: [act: "(\(question.rawValue))"], line: "", &state.caller)
            response.said += heard.said
            response.events += heard.events
        }
        if effects.contains(where: { if case .record(.promise(told: true, _)) = $0 { true } else { false } }) {
            let heard = complainant.hear(acts: [.promise: "(promised)"], line: "", &state.caller)
            response.said += heard.said
            response.events += heard.events
        }
        if state.intake.outcome == nil {
            if state.intake.question == .promised {
                let offer = complainant.offerGift(&state.caller)
                response.said += offer.said
                response.events += offer.events
            }
            if case .line = event {
                let more = complainant.continueOpening(&state.caller)
                response.said += more.said
            }
        } else if state.intake.outcome == .received {
            effects.append(.record(.trainingFinished(start: state.caller.startMood, end: state.caller.mood)))
        }
        return weave(effects, caller: response)
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

    /// The caller's words go just before the prompt, so the trainee reads them last.
    private func weave(_ effects: [IntakeEffect], caller response: Complainant.Response) -> [IntakeEffect] {
        let name = scenario.persona.name
        let lines: [IntakeEffect] = response.events.map { .record($0) }
            + response.said.flatMap { said -> [IntakeEffect] in
                [.record(.callerSaid(said)), .show(.callerSaid(name: name, words: said))]
            }
        guard let last = effects.last, case .ask = last else { return effects + lines }
        return effects.dropLast() + lines + [last]
    }
}
