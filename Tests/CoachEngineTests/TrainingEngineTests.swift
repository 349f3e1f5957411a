import CoachEngine
import ComplaintDomain
import Foundation
import Testing
import Training

/// The training call around the intake: what the trainee says, the exam, replays, the card.
@Suite struct TrainingEngineTests {
    static var leak: Scenario { TrainingDriver.material.scenario("leak-third-time")! }

    @Test func theCallIsATrainingRecordAtTheScenariosTime() {
        let d = TrainingDriver(Self.leak)
        #expect(d.state.intake.record.isTraining)
        #expect(d.state.intake.record.receivedAt == Self.leak.receivedAt)
        #expect(d.callerSaid == [Self.leak.opening[0]])
        #expect(d.prompt?.question == .account)
    }

    @Test func speakingKeepsTheQuestionAndIsRecordedAsSpeech() {
        var d = TrainingDriver(Self.leak)
        d.send("> 陳生，請慢慢講")
        #expect(d.prompt?.question == .account)
        #expect(d.transcript.contains { $0.event == .saidToCaller("陳生，請慢慢講") })
        #expect(d.transcript.contains { if case .interruptedCaller = $0.event { true } else { false } })
        d.send(">")
        #expect(d.effects.contains(.show(.sayAfterMarker)))
    }

    @Test func anExamShowsNoCuesAndNoPhrases() {
        var exam = TrainingDriver(Self.leak, exam: true)
        var open = TrainingDriver(Self.leak)
        ScriptedTrainee.model(&exam)
        ScriptedTrainee.model(&open)
        #expect(open.transcript.contains { $0.kind == .cue })
        #expect(!exam.transcript.contains { $0.kind == .cue }, "no cue is shown or recorded in an exam")
        #expect(open.shownStyles.isSuperset(of: [.cue, .phrase, .caller]))
        #expect(exam.shownStyles.isDisjoint(with: [.cue, .phrase]))
        #expect(exam.shownStyles.contains(.caller))
        #expect(exam.state.exam)
        #expect(exam.score().total >= 90, "an exam is scored the same way")
    }

    @Test func aReplayWithTheSameSeedIsTheSameCall() {
        var a = TrainingDriver(Self.leak), b = TrainingDriver(Self.leak)
        ScriptedTrainee.poor(&a)
        ScriptedTrainee.poor(&b)
        #expect(a.transcript.map(\.event) == b.transcript.map(\.event))
        #expect(a.score() == b.score())
    }

    @Test func theCardNamesEvidenceFromTheTranscript() {
        var d = TrainingDriver(Self.leak)
        ScriptedTrainee.poor(&d)
        let card = d.score()
        for line in card.lines {
            guard let evidence = line.evidence else { continue }
            #expect(d.transcript[evidence.index].event == evidence.event, "\(line.item)")
        }
        #expect(card.line(.g4)?.result == .missed, "the poor trainee interrupted")
        #expect(card.line(.g6)?.result == .missed, "and passed the buck")
        #expect(card.line(.nature)?.result == .missed)
        #expect(card.line(.g11)?.result == .notApplicable, "no gift in this scenario")
    }

    @Test func aRealCallIsScoredWithoutAScenario() {
        var d = IntakeDriver()
        let recorder = TranscriptRecorder(staff: "chan.mw", words: d.words)
        var transcript = recorder.events(of: d.effects, step: d.state.question, at: IntakeDriver.workingHours)
        while d.state.outcome == nil {
            let prompt = d.prompt!
            let line = IntakeDriver.modelAnswer(d.state.question)
            transcript.append(recorder.input(.line(line), at: prompt, time: IntakeDriver.workingHours)!)
            d.send(line)
            transcript += recorder.events(of: d.effects, step: d.state.question, answered: prompt.question?.rawValue,
                                          at: IntakeDriver.workingHours)
        }
        let card = Rubric(catalogue: IntakeDriver.catalogue, speech: TrainingDriver.material.speech)
            .score(transcript, record: d.state.record, scenario: nil)
        #expect(card.line(.routing)?.result == .notApplicable)
        #expect(card.line(.g2)?.result == .met)
        #expect(card.line(.g7)?.result == .met, "a neighbour was recorded to coordinate with")
        #expect(card.total >= 90)
    }
}
