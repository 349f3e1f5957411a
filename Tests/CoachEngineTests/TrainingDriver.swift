import CaseEvents
import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Guidance
import Training

/// Plays a scenario through the training engine as the terminal loop would, writing the
/// transcript through the same recorder, then scores it with the rubric.
struct TrainingDriver {
    static let material: TrainingMaterial = {
        try! GuidanceLoader.loadTraining(from: IntakeDriver.guidanceFolder, organization: IntakeDriver.catalogue.organization)
    }()

    let scenario: Scenario
    let engine: TrainingEngine
    var state: TrainingState
    var effects: [IntakeEffect]
    var transcript: [TranscriptEvent] = []
    /// The styles of every line shown so far.
    var shownStyles: Set<OutputLine.Style> = []
    private var clock: Date
    private let recorder: TranscriptRecorder
    let words: IntakeWords

    init(_ scenario: Scenario, language: Language = .zhHant, exam: Bool = false) {
        self.scenario = scenario
        words = IntakeWords(language: language, organization: IntakeDriver.catalogue.organization)
        recorder = TranscriptRecorder(staff: "wong.ky", words: words)
        engine = TrainingEngine(catalogue: IntakeDriver.catalogue, language: language, scenario: scenario,
                                speech: Self.material.speech, exam: exam)
        let record = ComplaintRecord(caseNumber: CaseNumber(day: LocalDate(year: 2026, month: 11, day: 29), sequence: 1),
                                     receivedAt: Date(), receivedBy: "wong.ky")
        state = TrainingState(record: record, scenario: scenario, exam: exam)
        clock = scenario.receivedAt
        effects = engine.begin(&state)
        transcript = recorder.events(of: effects, step: state.intake.question, at: clock)
        noteStyles()
    }

    private mutating func noteStyles() {
        for effect in effects {
            if case .show(let display) = effect { shownStyles.formUnion(words.lines(display).map(\.style)) }
        }
    }

    var prompt: PromptSpec? {
        for effect in effects.reversed() { if case .ask(let spec) = effect { return spec } }
        return nil
    }

    /// What the caller said in the last turn.
    var callerSaid: [String] {
        effects.compactMap { if case .record(.callerSaid(let text)) = $0 { text } else { nil } }
    }

    var finished: Bool { state.intake.outcome != nil }

    @discardableResult
    mutating func send(_ line: String) -> [IntakeEffect] {
        guard let prompt else { return [] }
        clock += 7
        let event = IntakeEvent.line(line)
        let input = recorder.input(event, at: prompt, time: clock)!
        effects = engine.handle(event, &state)
        transcript.append(input)
        transcript += recorder.events(of: effects, step: state.intake.question, answered: input.step, at: clock)
        noteStyles()
        return effects
    }

    func score(language: Language = .zhHant) -> Scorecard {
        Rubric(catalogue: IntakeDriver.catalogue, speech: Self.material.speech)
            .score(transcript, record: state.intake.record, scenario: scenario)
    }
}
