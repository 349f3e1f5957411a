import CaseEvents
import ComplaintDomain
import Foundation
import Training

/// Plays a scripted training call (`coach train NAME --play FILE`, and the plays a scenario
/// carries) through the same engine as a trainee at the terminal, on a virtual clock: each
/// action happens at its second after pick-up, and the transcript is written as a session
/// writes it, so it is scored by the same rubric.
public struct TrainingPlay: Sendable {
    public let engine: TrainingEngine
    public let recorder: TranscriptRecorder

    public init(engine: TrainingEngine, recorder: TranscriptRecorder) {
        self.engine = engine
        self.recorder = recorder
    }

    public struct Result: Sendable {
        public var events: [TranscriptEvent]
        public var state: TrainingState
    }

    /// Plays `play` from a fresh `state` (picked up at its `pickedUp`). An action after the
    /// intake has finished is not played; the call ends at the last action, finished or not.
    public func run(_ play: Play, state fresh: TrainingState) -> Result {
        var state = fresh
        var events: [TranscriptEvent] = []
        var prompt = perform(engine.begin(&state), input: [], at: state.pickedUp, &state, &events)
        var last = 0.0
        for action in play.actions {
            guard engine.outcome(state) == nil else { break }
            last = action.at
            let time = state.pickedUp.addingTimeInterval(action.at)
            catchUp(to: time, &state, &events)
            if action.kind == .end { break }
            for line in lines(action.kind, state) {
                let input = prompt.flatMap { recorder.input(.line(line), at: $0, time: time) }.map { [$0] } ?? []
                prompt = perform(engine.handle(.line(line), at: time, &state), input: input, at: time, &state, &events)
            }
        }
        if engine.outcome(state) == nil {
            // The call ends where it stands.
            let end = state.pickedUp.addingTimeInterval(last)
            events.append(TranscriptEvent(at: end, staff: recorder.staff, step: state.intake.question.rawValue,
                                          .trainingFinished(start: state.caller.startMood, end: state.caller.mood)))
        }
        return Result(events: events, state: state)
    }

    /// Lets the caller's clock run to `time`, writing each thing she says when she says it, as
    /// the terminal does between keys.
    private func catchUp(to time: Date, _ state: inout TrainingState, _ events: inout [TranscriptEvent]) {
        while let next = engine.nextChange(state), next <= time {
            let before = state.caller
            _ = perform(engine.handle(.tick, at: next, &state), input: [], at: next, &state, &events)
            if state.caller == before { return }
        }
    }

    /// What an action types, line by line: speech after `>`, a note as a line of the account
    /// while listening and as `:note` after, each field as `:FIELD VALUE`.
    private func lines(_ kind: Play.Action.Kind, _ state: TrainingState) -> [String] {
        switch kind {
        case .say(let words): [">" + words]
        case .note(let words): state.intake.question == .account ? [words] : [":note " + words]
        case .set(let pairs): pairs.map { ":\($0.field) \($0.value)" }
        case .answer(let words): [words]
        case .end: []
        }
    }

    /// A turn's transcript, as the session writes it; look-ups of earlier cases find none (a
    /// play touches no database). Returns the prompt now open.
    private func perform(_ effects: [IntakeEffect], input: [TranscriptEvent], at time: Date, _ state: inout TrainingState,
                         _ events: inout [TranscriptEvent]) -> PromptSpec? {
        var effects = effects
        for case .lookUpEarlier(let lookUp) in effects {
            let more = engine.handle(.earlier(EarlierCases(lookedUp: lookUp.unit ?? lookUp.contact ?? "", cases: [])), at: time, &state)
            guard !more.isEmpty else { continue }
            effects.removeAll { if case .ask = $0 { true } else { false } }
            effects += more
        }
        events += input + recorder.events(of: effects, step: engine.question(state), answered: input.first?.step, at: time)
        return effects.reduce(nil) { found, effect -> PromptSpec? in
            if case .ask(let spec) = effect { return spec }
            return found
        }
    }
}
