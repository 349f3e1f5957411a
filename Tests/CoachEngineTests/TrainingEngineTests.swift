import CaseEvents
import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing
import Training

/// The training call around the intake, on the call's clock: what the trainee says and types
/// and when, the exam, replays, resuming, plays, and the card's evidence.
@Suite struct TrainingEngineTests {
    static var leak: Scenario { TrainingDriver.material.scenario("leak-third-time")! }

    /// The synthetic caller of ComplainantTests (her opening at 2–4, 6–8 and 10–12 s), heard
    /// with its small lexicon.
    static func drill(_ scenario: Scenario = ComplainantTests.scenario()) -> TrainingDriver {
        TrainingDriver(scenario, speech: ComplainantTests.lexicon)
    }

    /// Fills in the check and classify steps from `t` on, a hundredth of a second a line, while
    /// she is silent, up to the first respond question.
    static func toAcknowledge(_ d: inout TrainingDriver, from t: Double) {
        d.send("", at: t)
        while d.state.intake.question != .acknowledge, !d.finished {
            let answer: String = switch d.state.intake.question {
            case .heard: "n"
            case .callerName: "陳大文"
            case .contact: "9123 4567"
            case .building: "A座"
            case .unit: "12B"
            case .standing: "o"
            case .what: "廚房漏水"
            case .kind: "c"
            case .nature: "o"
            case .category: "water"
            default: ""
            }
            d.send(answer, at: d.now + 0.01)
        }
    }

    static func whileTalking(_ events: [CaseEvent]) -> [Int?] {
        events.compactMap { if case .whileCallerTalking(let segment) = $0 { segment } else { nil } }
    }

    @Test func theCallIsATrainingRecordAtTheScenariosTime() {
        var d = TrainingDriver(Self.leak)
        #expect(d.state.intake.record.isTraining)
        #expect(d.state.intake.record.receivedAt == Self.leak.receivedAt)
        #expect(d.callerSaid.isEmpty, "she has not started at pick-up")
        #expect(d.prompt?.question == .account)
        #expect(d.transcript.first?.event == .trainingStarted(scenario: "leak-third-time", exam: false, mood: .angry))
        let first = Self.leak.pace.timeline(of: Self.leak.opening)[0]
        d.send("", at: first.upperBound)
        #expect(d.callerSaid == [Self.leak.opening[0]], "her first part, by the time it is finished")
    }

    @Test func whatSheIsSayingIsOnTheScreenBeforeThePrompt() {
        var d = Self.drill()
        let effects = d.send(":show", at: 3)
        let talking = effects.firstIndex(of: .show(.callerTalking(name: "陳大文", soFar: "我屋企廚房")))
        let ask = effects.lastIndex { if case .ask = $0 { true } else { false } }
        #expect(talking != nil && ask != nil && talking! < ask!, "\(effects)")
        let quiet = d.send(":show", at: 5)
        #expect(!quiet.contains { if case .show(.callerTalking) = $0 { true } else { false } }, "nothing in a pause")
        #expect(quiet.contains(.show(.callerSaid(name: "陳大文", words: ComplainantTests.opening[0]))))
    }

    @Test func speakingKeepsTheQuestionAndIsRecordedAsSpeech() {
        var d = Self.drill()
        d.say("你好，管理處", at: 1)
        #expect(d.prompt?.question == .account)
        #expect(d.events.contains(.saidToCaller("你好，管理處")))
        #expect(!d.events.contains { if case .interruptedCaller = $0 { true } else { false } }, "before she starts")
        d.say("陳生，請慢慢講", at: 3)
        #expect(d.events.contains(.saidToCaller("陳生，請慢慢講")))
        #expect(d.events.contains(.interruptedCaller(segment: 0, of: 3)), "mid-sentence")
        d.send(">", at: 4)
        #expect(d.effects.contains(.show(.sayAfterMarker)))
        #expect(d.prompt?.question == .account)
    }

    @Test func notesTypedWhileSheTalksAreRecordedAsSuch() {
        var d = Self.drill()
        d.send("廚房漏水", at: 3)
        d.send("第三次", at: 5)
        d.send("仲未有人嚟", at: 11)
        #expect(Self.whileTalking(d.events) == [1, 3], "during her first and third parts, not in the pause")
        #expect(["廚房漏水", "第三次", "仲未有人嚟"].allSatisfy(d.state.intake.record.account.contains), "all three written down")
        // A reply is talking too.
        d.say("明白", at: 13)
        d.send("佢而家冷靜啲", at: 13.1)
        #expect(Self.whileTalking(d.events).last == .some(nil), "during a reply: no part of her opening")
        // Enter and commands write nothing down.
        var e = Self.drill()
        e.send(":show", at: 3)
        e.send(":help", at: 7)
        #expect(Self.whileTalking(e.events).isEmpty)
    }

    /// A note is a note however it is typed: after the listening step a play's `note` becomes
    /// `:note TEXT`, and writing her answer down as she gives it is what guideline 2 asks.
    /// FAILS against fef89a5: `TrainingEngine.isEntry` counts no line that starts with `:`.
    @Test func aColonNoteWhileSheTalksIsNotedWhileSheTalks() {
        var d = Self.drill()
        d.send(":note 廚房天花", at: 3)
        d.send(":since 上個禮拜五", at: 7)
        #expect(Self.whileTalking(d.events) == [1, 2], "\(d.events.filter { if case .whileCallerTalking = $0 { true } else { false } })")
    }

    /// `y` at a yes/no question writes nothing of what she says: it is no note taken while she
    /// talks, or a trainee could earn guidelines 2 and 4 by answering prompts during her words.
    /// FAILS against fef89a5: `isEntry` counts any line that is not empty and not a command.
    @Test func aYesAtAPromptWhileSheTalksIsNoNote() {
        var d = Self.drill()
        Self.toAcknowledge(&d, from: 13)
        #expect(d.state.intake.question == .acknowledge)
        d.say("我會負責", at: d.quiet() + 0.5)
        #expect(d.talking(at: d.now + 0.2))
        let before = Self.whileTalking(d.events).count
        d.send("y", at: d.now + 0.2)
        #expect(Self.whileTalking(d.events).count == before, "a y is no note")
    }

    /// The earlier cases of a flat are looked up as soon as it is typed; when there are none,
    /// the turn must still end on the prompt, whether or not she is talking.
    /// FAILS against fef89a5: `TrainingEngine.handle(.earlier)` returns her words in progress
    /// (`callerTalking`) and no prompt, so the loop (IntakeSession, TrainingPlay) drops the
    /// prompt: at the terminal the training call stops as a draft; a play loses its next line.
    @Test func anEmptyLookUpWhileSheTalksKeepsThePrompt() {
        var d = Self.drill()
        d.send(":unit 12B", at: 3)
        #expect(d.talking(at: 3))
        #expect(d.prompt?.question == .account, "the prompt is still open: \(d.effects)")
        var state = d.state
        let more = d.engine.handle(.earlier(EarlierCases(lookedUp: "12B", cases: [])), at: d.time(3.1), &state)
        #expect(more.isEmpty || more.contains { if case .ask = $0 { true } else { false } }, "\(more)")
    }

    /// A supervisor reading the review sees who spoke when: her words are in the transcript at
    /// the second she finished them, before a line typed after.
    /// FAILS against fef89a5: what she said since the last line is recorded with the next line,
    /// at its time and after it (TrainingEngine returns it as effects of that turn, and the
    /// recorder stamps a turn's events with the turn's time), so a review shows her first part
    /// said at 9 s, after the trainee's line.
    @Test func herWordsAreInTheTranscriptWhenSheSaidThem() {
        var d = Self.drill()
        d.send("廚房漏水", at: 9)
        let said = d.transcript.firstIndex { $0.event == .callerSaid(ComplainantTests.opening[0]) }
        let typed = d.transcript.firstIndex { $0.event == .typed(question: "account", text: "廚房漏水") }
        #expect(said.map { d.seconds(d.transcript[$0]) } == 4, "finished at 4 s")
        #expect(said != nil && typed != nil && said! < typed!, "before the line typed at 9 s")
    }

    @Test func ownWordsAtARespondQuestionAreSaidToHerAndAYesIsNot() {
        var own = Self.drill()
        Self.toAcknowledge(&own, from: 13)
        let heat = own.state.caller.heat
        own.send("明白你嘅心情", at: own.now + 1)
        #expect(own.state.caller.heat == heat - 1, "she heard it")
        #expect(own.events.contains(.phrase(question: "acknowledge", purpose: .acknowledge, answer: .ownWords("明白你嘅心情"))))
        var yes = Self.drill()
        Self.toAcknowledge(&yes, from: 13)
        let before = yes.state.caller
        yes.send("y", at: yes.now + 1)
        #expect(yes.state.caller.heat == before.heat && yes.state.caller.heard == before.heard, "a y is only reported")
    }

    @Test func anExamShowsNoCuesAndNoPhrases() {
        var exam = TrainingDriver(Self.leak, exam: true)
        var open = TrainingDriver(Self.leak)
        ScriptedTrainee.model(&exam)
        ScriptedTrainee.model(&open)
        #expect(open.transcript.contains { $0.kind == .cue })
        #expect(!exam.transcript.contains { $0.kind == .cue }, "no cue is shown or recorded in an exam")
        #expect(!exam.events.contains { if case .phraseOffered = $0 { true } else { false } })
        #expect(open.shownStyles.isSuperset(of: [.cue, .phrase, .caller]))
        #expect(exam.shownStyles.isDisjoint(with: [.cue, .phrase]))
        #expect(exam.shownStyles.contains(.caller))
        #expect(exam.state.exam)
        #expect(exam.finished && open.finished)
        #expect(exam.score().lines.map(\.result) == open.score().lines.map(\.result), "an exam is scored the same way")
        #expect(exam.score().total == open.score().total)
    }

    @Test func aReplayWithTheSameSeedIsTheSameCall() {
        var a = TrainingDriver(Self.leak), b = TrainingDriver(Self.leak)
        ScriptedTrainee.poor(&a)
        ScriptedTrainee.poor(&b)
        #expect(a.transcript == b.transcript)
        #expect(a.score() == b.score())
        var c = TrainingDriver(Self.leak, seed: 42), e = TrainingDriver(Self.leak, seed: 42)
        ScriptedTrainee.poor(&c)
        ScriptedTrainee.poor(&e)
        #expect(c.transcript == e.transcript, "a seed given replays too")
    }

    @Test func aResumedCallGoesOnFromWhereHerClockStopped() throws {
        var d = Self.drill()
        d.send("廚房漏水", at: 3)
        let saved = try JSONDecoder().decode(TrainingState.self, from: d.engine.draft(d.state))
        #expect(saved == d.state, "the draft keeps her clock and what she was saying")
        var state = saved
        let later = d.time(3).addingTimeInterval(3600)
        _ = d.engine.handle(.resume, at: later, &state)
        #expect(state.caller.clock == 3)
        #expect(d.engine.complainant.talking(state.caller) == "我屋企廚房", "mid-sentence, as she was")
        let effects = d.engine.handle(.line("天花"), at: later.addingTimeInterval(1.5), &state)
        #expect(effects.contains(.record(.callerSaid(ComplainantTests.opening[0]))), "she finished her part 1 s after")
        #expect(effects.contains(.record(.whileCallerTalking(segment: nil))) == false)
        #expect(state.caller.clock == 4.5)
    }

    @Test func aLongSilenceReachesTheScreenWithTheNextLine() {
        var d = Self.drill(ComplainantTests.scenario(mood: .calm))
        d.send("廚房漏水", at: 3)
        d.wait(until: 47)
        #expect(d.now == 3, "waiting types nothing")
        let effects = d.send(":show")
        #expect(d.now == 47)
        let nudges = d.callerSaid.filter { $0.contains("喺唔喺度") || $0.contains("有冇人聽緊") }
        #expect(nudges.count == 2, "asked at 27–29 and 44–46 s: \(d.callerSaid)")
        #expect(!effects.contains { if case .record(.moodChanged) = $0 { true } else { false } }, "asking costs nothing by itself")
        d.wait(30)
        d.send(":show")
        #expect(d.now == 77)
        #expect(!d.callerSaid.contains { $0.contains("喺唔喺度") }, "no third time")
    }

    @Test func theDriverEndsACallAsAPlayDoes() {
        var d = Self.drill()
        d.send("漏水", at: 3)
        d.end(at: 9)
        let played = Self.drillPlay([.init(at: 3, kind: .note("漏水")), .init(at: 9, kind: .end)])
        #expect(d.events == played.events.map(\.event))
        #expect(d.transcript.map(\.at) == played.events.map(\.at))
        #expect(d.events.last == .trainingFinished(start: .angry, end: .angry))
        #expect(d.score() == Rubric(catalogue: IntakeDriver.catalogue, speech: ComplainantTests.lexicon)
            .score(played.events, record: played.state.intake.record, scenario: ComplainantTests.scenario()))
    }

    @Test func aFullWidthMarkerSpeaksToo() {
        var d = Self.drill()
        d.say("你好", at: 1)
        d.send("＞  明白你嘅心情\u{1B}[2J", at: 13)
        #expect(d.events.contains(.saidToCaller("明白你嘅心情")), "said, cleaned of control sequences: \(d.events.suffix(8))")
        #expect(d.state.caller.heard == ["acknowledge"])
    }

    // MARK: Plays

    @Test func aPlaysMoodGoalIsJudgedFromStartToEnd() {
        #expect(Play.MoodGoal.calmer.holds(from: .angry, to: .upset))
        #expect(Play.MoodGoal.calmer.holds(from: .calm, to: .calm), "she could not be calmer")
        #expect(!Play.MoodGoal.calmer.holds(from: .upset, to: .upset))
        #expect(Play.MoodGoal.angrier.holds(from: .upset, to: .furious) && !Play.MoodGoal.angrier.holds(from: .furious, to: .furious))
        #expect(Play.MoodGoal.same.holds(from: .angry, to: .angry) && !Play.MoodGoal.same.holds(from: .angry, to: .calm))
        #expect(Play.MoodGoal.notAngrier.holds(from: .angry, to: .angry) && Play.MoodGoal.notAngrier.holds(from: .angry, to: .calm))
        #expect(!Play.MoodGoal.notAngrier.holds(from: .calm, to: .upset))
        var s = ComplainantTests.scenario()
        #expect(s.moodName(.furious) == "furious")
        s.moodScale = ["平靜", "唔耐煩", "嬲", "好嬲"]
        #expect(s.moodName(.upset) == "唔耐煩" && s.moodName(.furious) == "好嬲")
    }

    static func drillPlay(_ actions: [Play.Action]) -> TrainingPlay.Result {
        let scenario = ComplainantTests.scenario()
        let engine = TrainingEngine(catalogue: IntakeDriver.catalogue, language: .zhHant, scenario: scenario,
                                    speech: ComplainantTests.lexicon, exam: false)
        let recorder = TranscriptRecorder(staff: "wong.ky", words: IntakeWords(language: .zhHant, organization: IntakeDriver.catalogue.organization))
        let record = ComplaintRecord(caseNumber: CaseNumber(day: LocalDate(year: 2026, month: 11, day: 29), sequence: 1),
                                     receivedAt: Date(), receivedBy: "wong.ky")
        return TrainingPlay(engine: engine, recorder: recorder)
            .run(Play(name: "test", actions: actions), state: TrainingState(record: record, scenario: scenario, pickedUp: scenario.receivedAt))
    }

    @Test func aPlayIsTheSameCallAsTheSameLinesTypedAtTheSameTimes() {
        let lines: [(Double, String)] = [(1, ">你好"), (3, "廚房漏水"), (7, "第三次"), (13, ">明白"), (15, ">請問幾時開始？"),
                                         (20, ":since 上個禮拜五"), (21, ""), (22, "")]
        var d = Self.drill()
        for (t, line) in lines { d.send(line, at: t) }
        let played = Self.drillPlay(lines.map { t, line in
            Play.Action(at: t, kind: line.hasPrefix(">") ? .say(String(line.dropFirst())) : line.hasPrefix(":since ")
                ? .set([(field: "since", value: String(line.dropFirst(7)))]) : t < 20 ? .note(line) : .answer(line))
        })
        let unfinished = played.events.filter { if case .trainingFinished = $0.event { false } else { true } }
        #expect(unfinished.map(\.event) == d.events, "same events")
        #expect(unfinished.map(\.at) == d.transcript.map(\.at), "at the same times")
        #expect(played.state == d.state)
    }

    /// `end` ends the call: what comes after it is not played.
    /// FAILS against fef89a5: `TrainingPlay.run` plays on past an `end` (it types nothing for it
    /// and goes to the next action), so the call ends at the last action instead.
    @Test func anUnfinishedPlayEndsWhereItStands() {
        let played = Self.drillPlay([.init(at: 3, kind: .note("漏水")), .init(at: 9, kind: .end), .init(at: 30, kind: .say("喂"))])
        let events = played.events.map(\.event)
        #expect(events.last == .trainingFinished(start: .angry, end: .angry))
        #expect(played.events.last?.at == ComplainantTests.scenario().receivedAt.addingTimeInterval(9), "at the end's second")
        let said = events.compactMap { if case .callerSaid(let w) = $0 { w } else { nil } }
        #expect(said == Array(ComplainantTests.opening.prefix(2)), "what she had finished by 9 s")
        #expect(!events.contains(.saidToCaller("喂")), "nothing after the end")
    }

    /// Every line a play types is in its transcript, at the prompt it was typed at.
    /// FAILS against fef89a5 (see anEmptyLookUpWhileSheTalksKeepsThePrompt): the line after a
    /// flat set while she talks is typed with no prompt, and its `typed` event is lost.
    @Test func everyLineAPlayTypesIsInItsTranscript() {
        let played = Self.drillPlay([.init(at: 3, kind: .set([(field: "unit", value: "12B")])), .init(at: 3.5, kind: .note("廚房漏水")),
                                     .init(at: 4.5, kind: .note("第三次"))])
        let typed = played.events.compactMap { if case .typed(_, let text) = $0.event { text } else { nil } }
        #expect(typed == [":unit 12B", "廚房漏水", "第三次"])
    }

    // MARK: The card

    @Test func theScriptedLinesAreHeardAsMeant() {
        let speech = TrainingDriver.material.speech
        for language in Language.allCases {
            let talk = ScriptedTrainee.Talk(language: language)
            let meant: [(String, SpeechAct)] = [(talk.acknowledge, .acknowledge), (talk.empathy, .empathy), (talk.apology, .apology),
                                                (talk.ownership, .ownership), (talk.promise, .promise), (talk.decline, .declineGift)]
            for (line, act) in meant {
                let acts = speech.acts(in: line)
                #expect(acts[act] != nil, "\(language): \(line) is heard as \(act): \(acts)")
                #expect(!acts.keys.contains { $0.provokes }, "\(language): \(line) provokes nobody: \(acts)")
            }
            #expect(speech.acts(in: talk.greeting).isEmpty, "\(language): a greeting is only a greeting")
        }
    }

    @Test func theCardNamesEvidenceFromTheTranscript() {
        var poor = TrainingDriver(Self.leak)
        ScriptedTrainee.poor(&poor)
        var model = TrainingDriver(Self.leak)
        ScriptedTrainee.model(&model)
        for d in [poor, model] {
            for line in d.score().lines {
                guard let evidence = line.evidence else { continue }
                #expect(d.transcript[evidence.index].event == evidence.event, "\(line.item)")
                #expect(d.transcript[evidence.index].at == evidence.at, "\(line.item)")
            }
        }
        let speech = TrainingDriver.material.speech
        func said(_ card: Scorecard, _ item: Scorecard.Item) -> [SpeechAct: String] {
            guard case .saidToCaller(let words)? = card.line(item)?.evidence?.event else { return [:] }
            return speech.acts(in: words)
        }
        let bad = poor.score()
        #expect(bad.line(.g4)?.result == .missed)
        #expect(bad.line(.g4)?.evidence?.event == .interruptedCaller(segment: 0, of: 3), "the cut, not the words")
        #expect(said(bad, .g6)[.passTheBuck] != nil, "passing the buck, in the line that did it")
        #expect(said(bad, .g5)[.excuse] != nil)
        #expect(bad.line(.nature)?.result == .missed)
        if case .nature(.urgent, _, _)? = bad.line(.nature)?.evidence?.event {} else {
            Issue.record("the nature evidence is where the wrong nature was chosen")
        }
        #expect(bad.line(.g11)?.result == .notApplicable, "no gift in this scenario")
        let good = model.score()
        #expect(said(good, .g2)[.acknowledge] != nil)
        #expect(said(good, .g3).isEmpty, "the cause is shown by the record, not a line")
        #expect(said(good, .g5)[.apology] != nil)
        #expect(said(good, .g6)[.ownership] != nil)
        #expect(said(good, .g8)[.promise] != nil)
        if case .field(.realCause)? = good.line(.g3)?.evidence?.event {} else { Issue.record("g3 points at the cause recorded") }
        if case .field(.coordinateWith)? = good.line(.g7)?.evidence?.event {} else { Issue.record("g7 points at who to bring in") }
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
        #expect(card.line(.routing)?.result == .met && card.line(.routing)?.reported == true, "told, as reported")
        #expect(card.line(.g2)?.result == .met)
        #expect(card.line(.g7)?.result == .met, "a neighbour was recorded to coordinate with")
        #expect(card.total == 75, "y at every question that asks what was said counts half (see LiveRubricTests)")
        #expect(card.lines.allSatisfy { ![.category, .mood, .fit, .demands].contains($0.item) }, "training items stay out of a real call")
    }
}
