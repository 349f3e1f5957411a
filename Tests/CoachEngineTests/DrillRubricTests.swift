import CaseEvents
import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing
import Training

/// The training scorecard against the trainees who would game it. Each scoring rule has the
/// trainee who would cheat it, played through `TrainingPlay` on a virtual clock against a
/// scenario made here (ComplainantTests' caller and lexicon: her opening runs 2–4, 6–8 and
/// 10–12 s), and that trainee must not get the points; a model play must score ≥ 90 and calm her.
@Suite struct DrillRubricTests {
    static let lexicon = ComplainantTests.lexicon
    static let gift = ComplainantTests.gift

    static func scenario(mood: Mood = .angry, kind: ComplaintKind = .complaint, nature: Nature = .ordinary, coordinate: Bool = true,
                         moments: [CallerMoment] = [.init(when: .afterPromise, kind: gift)]) -> Scenario {
        Scenario(
            id: "drill-leak", language: .zhHant, title: "樓上漏水", summary: "測試", receivedAt: IntakeDriver.workingHours, channel: .phone,
            persona: .init(name: "陳大文", standing: .owner, building: "A座", unit: "12樓B室", contact: "9123 4567"),
            mood: mood, opening: ComplainantTests.opening,
            facts: [
                .init(id: "since", field: .since, answer: "上個禮拜五開始滴", askedBy: ["幾時"], inRecord: ["禮拜五", "星期五"]),
                .init(id: "location", field: .location, answer: "廚房抽氣扇隔籬", askedBy: ["邊度"], inRecord: ["廚房"]),
                .init(id: "earlier", field: .realCause, answer: "之前報過兩次都冇人嚟", askedBy: ["之前"], inRecord: ["兩次", "冇人"]),
                .init(id: "upstairs", field: .coordinateWith, answer: "樓上13樓B室嘅業主", askedBy: ["樓上"], inRecord: ["13樓", "十三樓"]),
                .init(id: "wants", field: .wants, answer: "今日派人上嚟睇", askedBy: ["想點"], inRecord: ["今日"]),
            ],
            unknownAnswer: "我唔知喎", reactions: ComplainantTests.reactions,
            expect: .init(kind: kind, nature: nature, category: "water", coordinate: coordinate,
                          cause: ["冇人跟進", "冇人嚟", "兩次"], coordinateWith: ["13樓", "樓上"]),
            moments: moments, pace: ComplainantTests.pace)
    }

    // MARK: Playing

    struct Played {
        let result: TrainingPlay.Result
        let card: Scorecard

        var events: [CaseEvent] { result.events.map(\.event) }
        var caller: CallerState { result.state.caller }
        var record: ComplaintRecord { result.state.intake.record }
        func result(_ item: Scorecard.Item) -> Scorecard.Result? { card.line(item)?.result }
        func reason(_ item: Scorecard.Item) -> ScoreReason? { card.line(item)?.reason }
        /// What a line's evidence is, as the transcript has it.
        func evidence(_ item: Scorecard.Item) -> CaseEvent? { card.line(item)?.evidence.map { result.events[$0.index].event } }
        /// Results item by item, for comparing two cards.
        var results: [String: Scorecard.Result] {
            Dictionary(uniqueKeysWithValues: card.lines.map { ($0.item.rawValue, $0.result) })
        }
        var summary: String {
            "\(card.total): " + card.lines.filter { $0.result != .met }.map { "\($0.item.rawValue) \($0.result.rawValue)" }.joined(separator: ", ")
        }
    }

    static func play(_ actions: [Play.Action], _ scenario: Scenario = scenario()) -> Played {
        let engine = TrainingEngine(catalogue: IntakeDriver.catalogue, language: .zhHant, scenario: scenario, speech: lexicon, exam: false)
        let recorder = TranscriptRecorder(staff: "wong.ky", words: IntakeWords(language: .zhHant, organization: IntakeDriver.catalogue.organization))
        let record = ComplaintRecord(caseNumber: CaseNumber(day: LocalDate(year: 2026, month: 11, day: 25), sequence: 3),
                                     receivedAt: scenario.receivedAt, receivedBy: "wong.ky", isTraining: true)
        let result = TrainingPlay(engine: engine, recorder: recorder)
            .run(Play(name: "test", actions: actions), state: TrainingState(record: record, scenario: scenario, pickedUp: scenario.receivedAt))
        let card = Rubric(catalogue: IntakeDriver.catalogue, speech: lexicon).score(result.events, record: result.state.intake.record,
                                                                                    scenario: scenario)
        return Played(result: result, card: card)
    }

    static func say(_ at: Double, _ words: String) -> Play.Action { .init(at: at, kind: .say(words)) }
    static func note(_ at: Double, _ words: String) -> Play.Action { .init(at: at, kind: .note(words)) }
    static func answer(_ at: Double, _ words: String) -> Play.Action { .init(at: at, kind: .answer(words)) }
    static func set(_ at: Double, _ pairs: KeyValuePairs<String, String>) -> Play.Action {
        .init(at: at, kind: .set(pairs.map { (field: $0.key, value: $0.value) }))
    }
    static func end(_ at: Double) -> Play.Action { .init(at: at, kind: .end) }

    // MARK: The model

    /// Her opening noted while she says it.
    static let notes = [note(3, "廚房天花又漏水"), note(7, "第三次投訴"), note(11, "問幾時嚟整")]
    static let acknowledge = say(13, "明白你嘅心情，我而家記低。")
    static let empathy = say(15, "換轉係我都會好嬲。")
    static let apology = say(17, "對不起，係我哋做得唔好。")
    static let ownership = say(19, "呢件事我會負責跟到底。")
    /// Every fact asked for in a pause, and written down as she answered it.
    static let facts = [
        say(21, "請問幾時開始漏？"), set(23, ["since": "上個禮拜五開始滴"]),
        say(24, "請問漏喺邊度？"), set(26, ["where": "廚房抽氣扇隔籬"]),
        say(27, "請問之前有冇報過？"), set(29.5, ["cause": "之前報過兩次都冇人嚟"]),
        say(30, "請問樓上有冇傾過？"), set(32.5, ["others": "樓上13樓B室業主"]),
        say(33, "請問你想點處理？"), set(35, ["wants": "今日派人上嚟睇"]),
    ]
    /// Her own details asked (she says them 36–41.8 s) and written down.
    static let persona = [say(36, "請問點稱呼你？住邊個單位？電話幾多？"),
                          set(43, ["name": "陳大文", "unit": "12樓B室", "contact": "9123 4567", "building": "A座", "standing": "owner"])]
    static let classify = set(44, ["kind": "c", "nature": "o", "category": "water"])
    /// A promise (she answers, then offers the gift, 45–47 s), the gift declined, the call saved.
    static let close = [say(45, "今日之內有人上嚟睇，到時會致電覆你。"), say(48, "多謝你好意，公司規定唔可以收。"),
                        answer(50, ":done"), answer(51, "y")]

    /// Her opening noted, every fact and her details written, the call classified; nothing said.
    static var written: [Play.Action] {
        notes + facts.filter { if case .set = $0.kind { true } else { false } } + [persona[1], classify]
    }
    /// Enter from the account on, past the classification set already, to the first respond question.
    static let toRespond = [answer(45, ""), answer(45.2, ""), answer(45.4, ""), answer(45.6, ""), answer(45.8, "")]

    static var model: [Play.Action] {
        [say(1, "你好，管理處。")] + notes + [acknowledge, empathy, apology, ownership] + facts + persona + [classify] + close
    }

    @Test func aModelPlayScoresAtLeastNinetyAndCalmsHer() {
        let p = Self.play(Self.model)
        #expect(p.result.state.intake.outcome == .received)
        #expect(p.card.total >= 90, "\(p.summary)")
        #expect(!p.card.failed)
        #expect(p.caller.mood < p.caller.startMood, "\(p.caller.startMood) → \(p.caller.mood)")
        #expect(p.caller.peak == p.caller.startMood, "never angrier along the way")
        #expect(p.caller.revealed == ["since", "location", "earlier", "upstairs", "wants"])
        #expect(p.caller.gift == .declined)
        #expect(!p.events.contains { if case .interruptedCaller = $0 { true } else { false } })
        #expect(!p.events.contains { if case .misplaced = $0 { true } else { false } })
        #expect(p.reason(.facts) == .facts(found: 10, of: 10))
        #expect(p.result(.mood) == .met && p.result(.fit) == .met && p.result(.g4) == .met && p.result(.g2) == .met)
        // Evidence, each at the line that shows it.
        #expect(p.evidence(.g2) == .saidToCaller("明白你嘅心情，我而家記低。"))
        #expect(p.evidence(.g5) == .saidToCaller("對不起，係我哋做得唔好。"))
        #expect(p.evidence(.g8) == .saidToCaller("今日之內有人上嚟睇，到時會致電覆你。"))
        #expect(p.evidence(.g4) == .typed(question: "account", text: "廚房天花又漏水"), "the note typed while she talked")
        #expect(p.evidence(.g3) == .field(.realCause("之前報過兩次都冇人嚟")))
        #expect(p.evidence(.g7) == .field(.coordinateWith(["樓上13樓B室業主"])))
        if case .giftDeclined? = p.evidence(.g11) {} else { Issue.record("g11 points at the refusal: \(String(describing: p.evidence(.g11)))") }
    }

    // MARK: Defaults earn nothing

    @Test func pressingEnterOnlyEarnsNothing() {
        let p = Self.play((1...12).map { Self.answer(Double($0), "") } + [Self.end(13)])
        #expect(p.card.total == 0, "\(p.summary)")
        #expect(p.card.lines.allSatisfy { $0.result == .missed || $0.result == .notApplicable }, "\(p.summary)")
        #expect(p.reason(.g1) == .nothingSaid && p.reason(.fit) == .nothingSaid && p.reason(.mood) == .nothingSaid)
    }

    /// Somebody who writes the account and then presses Enter at every question: the kind and
    /// nature shown as defaults are Coach's, not the trainee's.
    /// FAILS against fef89a5: Enter at "kind" records `.field(.kind(.complaint))` and at
    /// "nature" the suggestion (`basis: .acceptedSuggestion`); DrillRubric counts both as set,
    /// and routing and deadline then follow as met.
    @Test func enterAtTheClassificationQuestionsEarnsNothing() {
        var actions = Self.notes + [Self.answer(13, ""), Self.answer(13.5, "")]
        actions += (0..<30).map { Self.answer(14 + Double($0) * 0.2, "") }
        let p = Self.play(actions + [Self.end(25)])
        #expect(p.record.kind == .complaint && p.record.nature == .ordinary, "the defaults were taken")
        for item in [Scorecard.Item.classification, .nature, .routing, .deadline] {
            #expect(p.result(item) != .met && p.result(item) != .partly, "\(item): \(String(describing: p.card.line(item)))")
        }
    }

    /// `y` at every "did you say it?" question (acknowledge, admit the shortfall, take
    /// ownership, people told, promised) scores exactly what `n` does: only what she heard counts.
    @Test func yesAtEveryDidYouSayItQuestionEarnsNothing() {
        func play(_ yes: String) -> Played {
            // Acknowledge, admit the shortfall, take ownership, people told, promised; then confirm.
            Self.play(Self.written + Self.toRespond + (0..<5).map { Self.answer(47 + Double($0) * 0.5, yes) } + [Self.answer(50, "y")])
        }
        let yes = play("y"), no = play("n")
        #expect(yes.result.state.intake.outcome == .received && no.result.state.intake.outcome == .received)
        #expect(yes.events.contains(.phrase(question: "acknowledge", purpose: .acknowledge, answer: .said)))
        #expect(yes.events.contains(.promise(told: true, note: nil)))
        #expect(yes.card.total == no.card.total, "\(yes.summary) / \(no.summary)")
        #expect(yes.results == no.results)
        for item in [Scorecard.Item.g2, .g5, .g6, .g8] {
            #expect(yes.result(item) != .met, "\(item): a y is not saying it")
        }
        #expect(yes.result(.g2) == .partly && yes.reason(.g2) == .recordedNotAcknowledged, "the notes count, the y does not")
        #expect(yes.caller.heard.isEmpty && !yes.caller.giftOffered, "she heard nothing, so no promise brought her gift")
    }

    // MARK: Saying everything at once

    static let everything = "明白，換轉係我都會嬲，對不起，我會負責，今日之內覆你，唔可以收，請問幾時開始？"

    @Test func pastingEveryGoodPhraseAtOnceScoresUnderSixty() {
        let plays: [(String, [Play.Action])] = [
            ("over her opening", [Self.say(3, Self.everything), Self.say(7, Self.everything), Self.say(11, Self.everything), Self.end(30)]),
            ("in every pause", [Self.say(1, Self.everything), Self.say(5, Self.everything), Self.say(9, Self.everything),
                                Self.say(14, Self.everything), Self.say(18, Self.everything), Self.end(30)]),
            ("after she finished, again and again", (0..<6).map { Self.say(13 + Double($0) * 4, Self.everything) } + [Self.end(40)]),
            ("and pressing y everywhere", [Self.say(13, Self.everything), Self.say(17, Self.everything)]
                + (0..<40).map { Self.answer(20 + Double($0) * 0.3, "y") } + [Self.end(40)]),
        ]
        for (name, actions) in plays {
            let p = Self.play(actions)
            #expect(p.card.total < 60, "\(name): \(p.summary)")
            // Said over her, it is marked as interrupting (once); heard, it does not fit.
            #expect(p.result(.fit) != .met || p.result(.g4) == .missed, "\(name): a paste does not fit every moment")
            #expect(p.caller.mood >= p.caller.startMood || p.caller.peak > p.caller.startMood, "\(name): she is not won over")
        }
    }

    @Test func aRepeatedPhraseEarnsNothingAndIsMarkedOnceUnderFit() {
        let once = Self.play(Self.notes + [Self.acknowledge, Self.end(20)])
        let twice = Self.play(Self.notes + [Self.acknowledge, Self.say(16, "明白，明白"), Self.end(20)])
        let thrice = Self.play(Self.notes + [Self.acknowledge, Self.say(16, "明白，明白"), Self.say(18, "我明白"), Self.end(20)])
        #expect(once.result(.fit) == .met)
        #expect(twice.result(.fit) == .partly && twice.reason(.fit) == .outOfPlace(count: 1))
        #expect(thrice.result(.fit) == .missed && thrice.reason(.fit) == .outOfPlace(count: 2))
        #expect(twice.result(.g2) == once.result(.g2), "saying it again earns no more")
        #expect(twice.card.total < once.card.total && thrice.card.total < twice.card.total)
        // Marked under fit only: nothing else is marked down for it.
        for line in twice.card.lines where line.item != .fit && line.item != .mood {
            #expect(line.result == once.result(line.item), "\(line.item)")
        }
    }

    // MARK: Gifts and demands

    @Test func theRefusalSaidBeforeTheOfferRefusesNothing() {
        let early = Self.play(Self.notes + [Self.say(13, "公司規定唔可以收"), Self.say(15, "今日之內覆你"), Self.end(25)])
        #expect(early.events.contains(.giftOffered))
        #expect(early.result(.g11) == .missed && early.reason(.g11) == .giftNotDeclined)
        #expect(early.result(.fit) == .partly, "and it did not fit")
        let after = Self.play(Self.notes + [Self.say(15, "今日之內覆你"), Self.say(20, "明白"), Self.say(23, "公司規定唔可以收"), Self.end(30)])
        #expect(after.result(.g11) == .met, "a refusal counts whenever it comes after the offer")
        #expect(after.result(.fit) == .met)
        let taken = Self.play(Self.notes + [Self.say(15, "今日之內覆你"), Self.say(18, "好，我收低"), Self.say(21, "唔可以收"), Self.end(30)])
        #expect(taken.card.failed, "taking it fails the call")
        #expect(taken.result(.g11) == .missed && taken.reason(.g11) == .acceptedGift)
    }

    @Test func aGiftAtASecondIsAnsweredThen() {
        let s = Self.scenario(moments: [.init(when: .at(20), kind: Self.gift)])
        let declined = Self.play(Self.notes + [Self.acknowledge, Self.say(23, "唔可以收㗎"), Self.end(30)], s)
        #expect(declined.result(.g11) == .met)
        let ignored = Self.play(Self.notes + [Self.acknowledge, Self.end(30)], s)
        #expect(ignored.result(.g11) == .missed && ignored.reason(.g11) == .giftNotDeclined)
        let none = Self.play(Self.notes + [Self.acknowledge, Self.end(19)], s)
        #expect(none.result(.g11) == .notApplicable, "not offered by the end: nothing to refuse")
        #expect(none.card.total == Self.play(Self.notes + [Self.acknowledge, Self.end(19)], Self.scenario(moments: [])).card.total)
    }

    @Test func demandsAnsweredWellOrBadly() {
        let s = Self.scenario(moments: [.init(when: .at(20), kind: ComplainantTests.manager),
                                        .init(when: .afterFact("wants"), kind: ComplainantTests.compensation)])
        let good = Self.play(Self.notes + [Self.acknowledge, Self.say(22, "呢件事我會負責"), Self.say(25, "請問你想點處理？"),
                                           Self.say(30, "請問壞咗啲咩？"), Self.end(35)], s)
        #expect(good.events.filter { if case .demandMade = $0 { true } else { false } }.count == 2)
        #expect(good.result(.demands) == .met && good.reason(.demands) == .demands(well: 2, of: 2), "\(good.summary)")
        let half = Self.play(Self.notes + [Self.acknowledge, Self.say(22, "呢件事我會負責"), Self.say(25, "請問你想點處理？"), Self.end(35)], s)
        #expect(half.result(.demands) == .partly && half.reason(.demands) == .demands(well: 1, of: 2))
        let bad = Self.play(Self.notes + [Self.acknowledge, Self.say(22, "唔關我事"), Self.say(25, "請問你想點處理？"),
                                          Self.say(30, "請問壞咗啲咩？"), Self.end(35)], s)
        #expect(bad.result(.demands) == .missed, "\(bad.summary)")
        #expect(bad.evidence(.demands) == .demandAnswered(kind: "manager", well: false), "the bad answer is the evidence")
        #expect(bad.result(.g6) == .missed, "passing the buck is guideline 6 too")
        let none = Self.play(Self.notes + [Self.acknowledge, Self.end(19)], s)
        #expect(none.result(.demands) == .notApplicable)
    }

    // MARK: The record against the scenario

    @Test func anyTextIsNotTheRealCauseNorTheOtherParty() {
        let right = Self.play(Self.notes + [Self.set(13, ["cause": "之前報過兩次都冇人嚟", "others": "樓上13樓業主"]), Self.end(20)])
        #expect(right.result(.g3) == .met && right.reason(.g3) == .realCauseRecorded)
        #expect(right.result(.g7) == .met)
        let any = Self.play(Self.notes + [Self.set(13, ["cause": "有問題", "others": "有關人士"]), Self.end(20)])
        #expect(any.result(.g3) == .partly && any.reason(.g3) == .causeNotTheRealOne)
        #expect(any.result(.g7) == .partly && any.reason(.g7) == .otherPartyWrong)
        #expect(any.reason(.facts) == .facts(found: 0, of: 10), "neither holds her facts")
        #expect(right.reason(.facts) == .facts(found: 2, of: 10))
        let nothing = Self.play(Self.notes + [Self.end(20)])
        #expect(nothing.result(.g3) == .missed && nothing.result(.g7) == .missed)
        #expect(any.card.total > nothing.card.total && any.card.total < right.card.total)
    }

    /// A version-1 scenario names no cause words and no `in_record`: the fact's own answer, or
    /// any cause written, shows the cause was found, as it does for the facts.
    /// FAILS against fef89a5: with no terms, `DrillRubric` finds no cause the real one, so a
    /// v1 scenario (all shipped ones today, leak-third-time among them) can never meet guideline 3.
    @Test func aVersionOneScenarioStillScoresTheCause() {
        var v1 = Self.scenario()
        v1.expect.cause = []
        v1.expect.coordinateWith = []
        v1.facts = v1.facts.map { var fact = $0; fact.inRecord = []; return fact }
        let p = Self.play(Self.notes + [Self.set(13, ["cause": "之前報過兩次都冇人嚟"]), Self.end(20)], v1)
        #expect(p.reason(.facts) == .facts(found: 1, of: 10), "the facts take it")
        #expect(p.result(.g3) == .met, "\(String(describing: p.card.line(.g3)))")
    }

    @Test func empathyWithoutTheCauseIsHalfOfGuidelineThree() {
        let p = Self.play(Self.notes + [Self.empathy, Self.end(20)])
        #expect(p.result(.g3) == .partly && p.reason(.g3) == .empathyWithoutCause)
    }

    @Test func factsCountWhenTheRecordHoldsThemWhoeverSaidThem() {
        let setFacts = Self.facts.filter { if case .set = $0.kind { true } else { false } }
        let askedNotWritten = Self.play(Self.notes + Self.facts.filter { if case .say = $0.kind { true } else { false } } + [Self.end(40)])
        #expect(askedNotWritten.caller.revealed.count == 5)
        #expect(askedNotWritten.reason(.facts) == .facts(found: 0, of: 10), "drawn out but not written down")
        #expect(askedNotWritten.result(.facts) == .missed)
        let writtenNotAsked = Self.play(Self.notes + setFacts + [Self.end(40)])
        #expect(writtenNotAsked.caller.revealed.isEmpty)
        #expect(writtenNotAsked.reason(.facts) == .facts(found: 5, of: 10), "what she told, written down, counts")
        let everything = Self.play(Self.notes + setFacts + [Self.persona[1], Self.end(45)])
        #expect(everything.reason(.facts) == .facts(found: 10, of: 10) && everything.result(.facts) == .met)
        #expect(everything.evidence(.facts) == .field(.since("上個禮拜五開始滴")), "the first fact written is the evidence")
        // Written in other words that hold the scenario's: 星期五 for 禮拜五.
        let otherWords = Self.play(Self.notes + [Self.set(13, ["since": "上星期五晚", "where": "廚房"]), Self.end(20)])
        #expect(otherWords.reason(.facts) == .facts(found: 2, of: 10))
    }

    @Test(arguments: [
        ("陳大文", true), ("陳生", true), ("陳", true), ("李大文", false), ("大文", true),
    ])
    func herNameIsRecognisedByHerSurnameOrWhole(_ written: String, _ counts: Bool) {
        let p = Self.play(Self.notes + [Self.set(13, ["name": written]), Self.end(20)])
        #expect(p.reason(.facts) == .facts(found: counts ? 1 : 0, of: 10), "\(written)")
    }

    @Test(arguments: [
        ("12樓B室", true), ("12B", true), ("Flat B, 12/F", true), ("12/F B", true), ("12樓C室", false), ("2樓B室", false),
    ])
    func herFlatIsRecognisedHoweverItIsWritten(_ written: String, _ counts: Bool) {
        let p = Self.play(Self.notes + [Self.set(13, ["unit": written]), Self.end(20)])
        #expect(p.reason(.facts) == .facts(found: counts ? 1 : 0, of: 10), "\(written)")
    }

    /// Another flat with the same digits and letter is another flat.
    /// FAILS against fef89a5: `DrillRubric.unitKey` sorts the characters it keeps, so 21樓B室
    /// and 12樓B室 (and B12, 1B2…) give the same key.
    @Test func aFlatWithTheSameDigitsInAnotherOrderIsAnotherFlat() {
        let p = Self.play(Self.notes + [Self.set(13, ["unit": "21樓B室"]), Self.end(20)])
        #expect(p.reason(.facts) == .facts(found: 0, of: 10))
    }

    @Test func herPhoneBuildingAndStandingAreComparedWithHers() {
        let right = Self.play(Self.notes + [Self.set(13, ["contact": "91234567", "building": "a座", "standing": "業主"]), Self.end(20)])
        #expect(right.reason(.facts) == .facts(found: 3, of: 10))
        let wrong = Self.play(Self.notes + [Self.set(13, ["contact": "9123 4568", "building": "B座", "standing": "租客"]), Self.end(20)])
        #expect(wrong.reason(.facts) == .facts(found: 0, of: 10))
    }

    /// A caller who gives two numbers (a shipped scenario says "2891 4402; 9167 2208") can be
    /// reached on either.
    /// FAILS against fef89a5: `DrillRubric.digits` keeps the last eight digits of all of them,
    /// so only the second number counts.
    @Test func eitherOfHerTwoNumbersIsHerNumber() {
        var s = Self.scenario()
        s.persona.contact = "2891 4402; 9167 2208"
        for number in ["9167 2208", "2891 4402"] {
            let p = Self.play(Self.notes + [Self.set(13, ["contact": number]), Self.end(20)], s)
            #expect(p.reason(.facts) == .facts(found: 1, of: 10), "\(number)")
        }
    }

    @Test func theCategoryIsCheckedAgainstTheScenario() {
        let right = Self.play(Self.notes + [Self.set(13, ["category": "water"]), Self.end(20)])
        #expect(right.result(.category) == .met)
        let wrong = Self.play(Self.notes + [Self.set(13, ["category": "other"]), Self.end(20)])
        #expect(wrong.result(.category) == .missed && wrong.reason(.category) == .category(given: "other", right: "water"))
        let unset = Self.play(Self.notes + [Self.end(20)])
        #expect(unset.result(.category) == .missed && unset.reason(.category) == .notSet)
    }

    /// The evidence for an item is the line that gave the value scored, not an earlier one
    /// the trainee corrected.
    /// FAILS against fef89a5: DrillRubric takes the first `.field(.category)` (likewise kind,
    /// nature, channel) as evidence while it scores the record's last value.
    @Test func theEvidenceIsTheValueThatWasScored() {
        let p = Self.play(Self.notes + [Self.set(13, ["category": "other"]), Self.set(14, ["category": "water"]), Self.end(20)])
        #expect(p.result(.category) == .met)
        #expect(p.evidence(.category) == .field(.category("water")), "\(String(describing: p.evidence(.category)))")
    }

    /// The facts' evidence is a fact written down, not whatever field was set first.
    /// FAILS against fef89a5: DrillRubric.scoreRecord matches any `.field` for the scenario's
    /// facts (`{ _ in true }`), so the category set before them is cited.
    @Test func theFactsEvidenceIsAFactWritten() {
        let p = Self.play(Self.notes + [Self.set(13, ["category": "water"]), Self.set(14, ["since": "上個禮拜五"]), Self.end(20)])
        #expect(p.reason(.facts) == .facts(found: 1, of: 10))
        #expect(p.evidence(.facts) == .field(.since("上個禮拜五")), "\(String(describing: p.evidence(.facts)))")
    }

    // MARK: One mistake, marked once

    @Test func aWrongNatureIsMarkedThereAndRoutingAndDeadlineAreNotMarkedAgain() {
        let base = Self.notes + Self.facts.filter { if case .set = $0.kind { true } else { false } } + [Self.persona[1]]
        let right = Self.play(base + [Self.set(44, ["kind": "c", "nature": "o", "category": "water"]), Self.end(46)])
        #expect(right.result(.classification) == .met && right.result(.nature) == .met)
        #expect(right.result(.routing) == .met && right.result(.deadline) == .met)
        let urgent = Self.play(base + [Self.set(44, ["kind": "c", "nature": "u", "category": "water"]), Self.end(46)])
        #expect(urgent.result(.nature) == .missed)
        #expect(urgent.result(.routing) == .notApplicable && urgent.reason(.routing) == .followsFromClassification)
        #expect(urgent.result(.deadline) == .notApplicable && urgent.reason(.deadline) == .followsFromClassification)
        #expect(urgent.result(.classification) == .met)
    }

    /// A complaint taken as a suggestion is one mistake: the nature question is then never
    /// asked, and nothing that follows from the classification is marked again.
    /// FAILS against fef89a5: nature is marked missed ("not set") besides the classification.
    @Test func aWrongKindIsMarkedOnce() {
        let base = Self.notes + Self.facts.filter { if case .set = $0.kind { true } else { false } } + [Self.persona[1]]
        let p = Self.play(base + [Self.set(44, ["kind": "s", "category": "water"]), Self.end(46)])
        #expect(p.result(.classification) == .missed && p.reason(.classification) == .kind(given: .suggestion, right: .complaint))
        #expect(p.result(.routing) == .notApplicable && p.result(.deadline) == .notApplicable)
        #expect(p.result(.nature) == .notApplicable, "\(String(describing: p.card.line(.nature)))")
    }

    @Test func notApplicableItemsNeverLowerAScore() {
        // A suggestion with nobody to bring in, no gift and no demand: g5, g7, g11, nature and
        // demands do not apply, and a model handling still gets every point there is.
        let s = Self.scenario(mood: .calm, kind: .suggestion, coordinate: false, moments: [])
        let actions: [Play.Action] = [Self.say(1, "你好，管理處。")] + Self.notes + [
            Self.say(13, "明白，多謝你嘅意見，我會記低。"), Self.say(15, "換轉係我都會咁諗。"), Self.say(17, "呢件事我會負責轉交。"),
        ] + Self.facts + Self.persona + [Self.set(44, ["kind": "s", "category": "water"]), Self.say(45, "今日之內覆你。"),
                                         Self.answer(47, ":done"), Self.answer(48, "y")]
        let p = Self.play(actions, s)
        for item in [Scorecard.Item.g5, .g7, .g11, .nature, .demands] {
            #expect(p.result(item) == .notApplicable, "\(item)")
        }
        #expect(p.card.total == 100, "\(p.summary)")
        // And the total is over what applies, whatever is added that does not.
        var card = p.card
        card.lines += Scorecard.Item.allCases.map { Scorecard.Line(item: $0, result: .notApplicable, evidence: nil, reason: .noGiftOffered) }
        #expect(card.total == p.card.total)
        var worse = Self.play(Self.notes + [Self.end(20)], s).card
        let before = worse.total
        worse.lines += [Scorecard.Line(item: .g11, result: .notApplicable, evidence: nil, reason: .noGiftOffered)]
        #expect(worse.total == before)
    }

    // MARK: Listening

    @Test func interruptingIsMarkedAtTheCutAndProvokingLinesCountHoweverSaid() {
        let p = Self.play([Self.say(3, "唔關我事，但係師傅好忙"), Self.end(20)])
        #expect(p.result(.g4) == .missed && p.evidence(.g4) == .interruptedCaller(segment: 0, of: 3))
        #expect(p.result(.g6) == .missed && p.evidence(.g6) == .saidToCaller("唔關我事，但係師傅好忙"), "cut in or not, it was said")
        #expect(p.result(.g1) == .partly && p.reason(.g1) == .excuseWhileUpset)
        // A kind word said over her is not heard.
        let kind = Self.play([Self.say(3, "明白，對不起"), Self.end(20)])
        #expect(kind.result(.g2) == .missed && kind.result(.g5) == .missed, "\(kind.summary)")
    }

    @Test func notesWhileSheTalksShowListening() {
        let noted = Self.play(Self.notes + [Self.acknowledge, Self.end(20)])
        #expect(noted.result(.g4) == .met && noted.reason(.g4) == .notedWhileTalking)
        #expect(noted.result(.g2) == .met && noted.reason(.g2) == .acknowledgedAndRecorded)
        let afterwards = Self.play([Self.note(13, "廚房天花又漏水"), Self.say(14, "明白你嘅心情"), Self.end(20)])
        #expect(afterwards.result(.g2) == .partly && afterwards.reason(.g2) == .acknowledgedNotRecorded)
        #expect(afterwards.result(.g4) == .partly && afterwards.reason(.g4) == .listenedNoNotes)
    }

    /// A greeting before she starts is not interrupting, and costs nothing in listening.
    /// FAILS against fef89a5: guideline 4 looks only at the first line she heard, and a
    /// greeting at 1 s came before her opening finished, so it says nothing shows listening.
    @Test func aGreetingBeforeSheStartsCostsNothingInListening() {
        let plain = Self.play([Self.say(14, "明白你嘅心情"), Self.end(20)])
        let greeted = Self.play([Self.say(1, "你好，管理處。"), Self.say(14, "明白你嘅心情"), Self.end(20)])
        #expect(plain.result(.g4) == .partly)
        #expect(greeted.result(.g4) == plain.result(.g4), "\(greeted.summary)")
    }

    /// A moment due after her opening comes a breath after her opening ends, whenever the clock
    /// is next read, so a refusal once she has made the offer is heard, not an interruption.
    @Test func aLineAfterHerOpeningIsNoInterruptionWhenAMomentFollows() {
        let s = Self.scenario(moments: [.init(when: .afterOpening, kind: Self.gift)])
        let p = Self.play(Self.notes + [Self.say(16, "唔可以收，多謝"), Self.end(25)], s)
        #expect(!p.events.contains { if case .interruptedCaller = $0 { true } else { false } }, "offered 14–15.2 s, refused at 16 s")
        #expect(p.result(.g11) == .met)
    }

    // MARK: What was said at a prompt

    /// A promise typed in one's own words at "did you tell them what happens next?" is said to
    /// her (she answers it, and brings her gift); it is a promise for guideline 8 too.
    /// FAILS against fef89a5: CallEvidence.spoken takes `saidToCaller` and own words at the
    /// respond questions, not the `promise(told:note:)` own words, so g8 is missed.
    @Test func aPromiseInOwnWordsAtThePromptIsAPromise() {
        let respond = (0..<4).map { Self.answer(47 + Double($0) * 0.2, "y") }
        let p = Self.play(Self.written + Self.toRespond + respond + [Self.answer(48, "今日之內會有師傅上嚟，我會致電覆你"), Self.end(52)])
        #expect(p.result.state.intake.question == .confirm)
        #expect(p.events.contains(.promise(told: true, note: "今日之內會有師傅上嚟，我會致電覆你")))
        #expect(p.events.contains(.giftOffered), "she heard it: her gift came")
        #expect(p.result(.g8) == .met, "\(p.summary)")
    }

    @Test func ownWordsAtARespondQuestionAreSaid() {
        let p = Self.play(Self.written + Self.toRespond + [Self.answer(46, "明白你嘅心情"), Self.answer(47, "對不起，係我哋做得唔好"), Self.answer(48, "我會負責"), Self.end(52)])
        #expect(p.result(.g2) == .met && p.result(.g5) == .met && p.result(.g6) == .met, "\(p.summary)")
        #expect(p.evidence(.g5) == .phrase(question: "admitShortfall", purpose: .admitShortfall, answer: .ownWords("對不起，係我哋做得唔好")))
    }

    // MARK: Her mood

    @Test func herMoodAtTheEndAndAlongTheWayCounts() {
        let calmer = Self.play(Self.notes + [Self.acknowledge, Self.empathy, Self.end(20)])
        #expect(calmer.result(.mood) == .met && calmer.reason(.mood) == .moodCalmer(from: .angry, to: .upset))
        let roseThenEased = Self.play(Self.notes + [Self.say(13, "唔關我事"), Self.say(15, "明白"), Self.say(17, "對不起"),
                                                    Self.say(19, "我會負責"), Self.say(21, "今日之內覆你"), Self.end(30)])
        #expect(roseThenEased.caller.mood < .furious && roseThenEased.caller.peak == .furious)
        #expect(roseThenEased.result(.mood) == .partly && roseThenEased.reason(.mood) == .moodRoseThenEased(peak: .furious))
        let angrier = Self.play(Self.notes + [Self.say(13, "你自己唔小心"), Self.end(20)])
        #expect(angrier.result(.mood) == .missed && angrier.reason(.mood) == .moodAngrier(from: .angry, to: .furious))
        let same = Self.play(Self.notes + [Self.say(13, "請問你電錶係咩型號？"), Self.end(20)])
        #expect(same.result(.mood) == .partly && same.reason(.mood) == .moodUnchanged(.angry))
        #expect(calmer.card.total > same.card.total && same.card.total > angrier.card.total)
    }

    @Test func theCardReadsInTheReadersLanguage() {
        let p = Self.play(Self.model)
        let calendar = IntakeDriver.catalogue.organization.calendar
        let en = ScorecardText(catalogue: IntakeDriver.catalogue, language: .en).lines(p.card, calendar: calendar).map(\.text).joined(separator: "\n")
        let hant = ScorecardText(catalogue: IntakeDriver.catalogue, language: .zhHant).lines(p.card, calendar: calendar).map(\.text).joined(separator: "\n")
        #expect(!en.contains("property_group_lead") && !hant.contains("property_group_lead"), "no internal names")
        #expect(hant.contains("明白你嘅心情，我而家記低。"), "evidence quotes what was said")
        for line in p.card.lines {
            if case .words = line.reason { Issue.record("\(line.item): reasons are data") }
        }
    }
}
