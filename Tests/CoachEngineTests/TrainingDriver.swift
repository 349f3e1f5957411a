import CaseEvents
import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Guidance
import Testing
import Training

/// Plays a scenario through the training engine as the terminal loop would, on the call's
/// clock: each line is sent at a second after pick-up, and the transcript is written through
/// the same recorder, then scored with the rubric. Her words reach the screen (and the
/// transcript) with the next line typed, as at the terminal; `end(at:)` closes an unfinished
/// call the way a play does.
struct TrainingDriver {
    static let material: TrainingMaterial = {
        try! GuidanceLoader.loadTraining(from: IntakeDriver.guidanceFolder, organization: IntakeDriver.catalogue.organization)
    }()

    let scenario: Scenario
    let engine: TrainingEngine
    var state: TrainingState
    /// The effects of the last turn.
    var effects: [IntakeEffect]
    var transcript: [TranscriptEvent] = []
    /// The styles of every line shown so far.
    var shownStyles: Set<OutputLine.Style> = []
    /// Seconds after pick-up of the last line sent (or of the time let pass).
    private(set) var now: Double = 0
    /// How long after the last line a line sent without a time comes.
    var step: Double = 1
    /// When the next line sent without a time comes, after `wait`.
    private var nextAt: Double?
    private let recorder: TranscriptRecorder
    let words: IntakeWords
    let speech: SpeechLexicon

    init(_ scenario: Scenario, language: Language = .zhHant, exam: Bool = false, seed: UInt64? = nil,
         speech: SpeechLexicon = TrainingDriver.material.speech) {
        self.scenario = scenario
        self.speech = speech
        words = IntakeWords(language: language, organization: IntakeDriver.catalogue.organization)
        recorder = TranscriptRecorder(staff: "wong.ky", words: words)
        engine = TrainingEngine(catalogue: IntakeDriver.catalogue, language: language, scenario: scenario,
                                speech: speech, exam: exam)
        let record = ComplaintRecord(caseNumber: CaseNumber(day: LocalDate(year: 2026, month: 11, day: 29), sequence: 1),
                                     receivedAt: Date(), receivedBy: "wong.ky")
        state = TrainingState(record: record, scenario: scenario, exam: exam, seed: seed, pickedUp: scenario.receivedAt)
        effects = engine.begin(&state)
        transcript = recorder.events(of: effects, step: state.intake.question, at: scenario.receivedAt)
        noteStyles()
    }

    /// The moment `seconds` after pick-up.
    func time(_ seconds: Double) -> Date { state.pickedUp.addingTimeInterval(seconds) }

    /// Seconds after pick-up of a transcript event.
    func seconds(_ event: TranscriptEvent) -> Double { event.at.timeIntervalSince(state.pickedUp) }

    private mutating func noteStyles() {
        for effect in effects {
            if case .show(let display) = effect { shownStyles.formUnion(words.lines(display).map(\.style)) }
        }
    }

    var prompt: PromptSpec? {
        for effect in effects.reversed() { if case .ask(let spec) = effect { return spec } }
        return nil
    }

    /// What the caller said in the last turn (finished, or the part she got out before a cut).
    var callerSaid: [String] {
        effects.compactMap { if case .record(.callerSaid(let text)) = $0 { text } else { nil } }
    }

    /// Everything she has said so far, in order.
    var allCallerSaid: [String] {
        transcript.compactMap { if case .callerSaid(let text) = $0.event { text } else { nil } }
    }

    /// The events of the transcript, in order.
    var events: [CaseEvent] { transcript.map(\.event) }

    var finished: Bool { state.intake.outcome != nil }

    /// Types `line` at `seconds` after pick-up (by default `step` after the last line), with
    /// the prompt open, as the terminal loop does; look-ups of earlier cases find none.
    @discardableResult
    mutating func send(_ line: String, at seconds: Double? = nil) -> [IntakeEffect] {
        guard let prompt else {
            Issue.record("no prompt is open: the last turn asked nothing, so \(line) cannot be typed")
            return []
        }
        let t = seconds ?? nextAt ?? now + step
        precondition(t >= now, "the driver's clock does not go back (\(t) < \(now))")
        now = t
        nextAt = nil
        let event = IntakeEvent.line(line)
        // Her clock runs to the line as it does at the terminal between keys: what she says is
        // written when she says it, before the line.
        let meanwhile = catchUp(to: t)
        let input = recorder.input(event, at: prompt, time: time(t))!
        effects = engine.handle(event, at: time(t), &state)
        for case .lookUpEarlier(let lookUp) in effects {
            let more = engine.handle(.earlier(EarlierCases(lookedUp: lookUp.unit ?? lookUp.contact ?? "", cases: [])), at: time(t), &state)
            guard !more.isEmpty else { continue }
            effects.removeAll { if case .ask = $0 { true } else { false } }
            effects += more
        }
        transcript.append(input)
        transcript += recorder.events(of: effects, step: state.intake.question, answered: input.step, at: time(t))
        effects = meanwhile + effects
        noteStyles()
        return effects
    }

    /// Ticks at each moment the caller does something by herself, up to `seconds`; what showed.
    private mutating func catchUp(to seconds: Double) -> [IntakeEffect] {
        var shown: [IntakeEffect] = []
        while let next = engine.nextChange(state), next <= time(seconds) {
            let before = state.caller
            let ticked = engine.handle(.tick, at: next, &state)
            transcript += recorder.events(of: ticked, step: state.intake.question, at: next)
            shown += ticked
            if state.caller == before { break }
        }
        return shown
    }

    /// Says `words` to the caller (a line after `>`).
    @discardableResult
    mutating func say(_ words: String, at seconds: Double? = nil) -> [IntakeEffect] {
        send(">" + words, at: seconds)
    }

    /// Lets time pass with nothing typed: the next line sent without a time comes `seconds`
    /// after the last one.
    mutating func wait(_ seconds: Double) {
        nextAt = now + seconds
    }

    /// Lets time pass to `seconds` after pick-up: a line sent without a time comes then.
    mutating func wait(until seconds: Double) {
        precondition(seconds >= now)
        nextAt = seconds
    }

    /// The call ends where it stands at `seconds`, as a play's does: what she has finished
    /// saying by then is heard, and the call is marked finished.
    mutating func end(at seconds: Double) {
        precondition(seconds >= now)
        now = seconds
        _ = catchUp(to: seconds)
        let at = time(seconds)
        transcript.append(TranscriptEvent(at: at, staff: recorder.staff, step: state.intake.question.rawValue,
                                          .trainingFinished(start: state.caller.startMood, end: state.caller.mood)))
    }

    // MARK: Her clock, looked at without changing it

    /// The caller as she would be at `seconds` if nothing were typed until then: her clock read
    /// in one jump, as the engine reads it at the next line (which matters while a moment after
    /// her opening is timed by the reading: ComplainantTests.herTimelineDoesNotDependOnHowOftenTheClockIsRead).
    func caller(at seconds: Double) -> CallerState {
        var copy = state.caller
        _ = engine.complainant.advance(to: seconds, &copy)
        return copy
    }

    /// Whether she is mid-sentence at `seconds`.
    func talking(at seconds: Double) -> Bool { caller(at: seconds).talking != nil }

    /// The first second from `seconds` (default: now) at which she is silent with nothing
    /// left to say: when a line said to her is heard, not an interruption.
    func quiet(from seconds: Double? = nil) -> Double {
        var t = max(seconds ?? now, state.caller.clock)
        for _ in 0..<200 {
            let c = caller(at: t)
            if c.talking == nil, c.queue.isEmpty { return t }
            t = c.talking?.end ?? (t + 0.5)
        }
        return t
    }

    /// Says `words` once she has nothing left to say (half a second after), so she hears it.
    @discardableResult
    mutating func sayInAPause(_ words: String) -> [IntakeEffect] {
        say(words, at: quiet(from: now) + 0.5)
    }

    func score(language: Language = .zhHant) -> Scorecard {
        Rubric(catalogue: IntakeDriver.catalogue, speech: speech)
            .score(transcript, record: state.intake.record, scenario: scenario)
    }
}
