import CoachEngine
import ComplaintDomain
import Foundation
import Testing
import Training

/// The simulated caller: how their mood answers what is said, and what they reveal.
@Suite struct ComplainantTests {
    static let lexicon = SpeechLexicon(terms: [
        .zhHant: [.acknowledge: ["明白"], .empathy: ["換轉係我"], .apology: ["對不起"], .ownership: ["我會負責"],
                  .promise: ["今日之內"], .question: ["請問", "幾時"], .excuse: ["但係"], .blame: ["你自己"],
                  .argue: ["冇可能"], .passTheBuck: ["唔關我事"], .acceptGift: ["我收低"], .declineGift: ["唔可以收"]],
        .zhHans: [.acknowledge: ["理解"], .apology: ["对不起"], .excuse: ["但是"], .passTheBuck: ["不关我的事"]],
        .en: [.acknowledge: ["I understand"], .apology: ["sorry"], .excuse: ["but"], .passTheBuck: ["not my department"],
              .question: ["when"]],
    ])

    static func scenario(mood: Mood = .angry, excuseSensitive: Bool = false, gift: Bool = false, segments: Int = 2) -> Scenario {
        Scenario(
            id: "test-leak", language: .zhHant, title: "漏水", summary: "測試", receivedAt: IntakeDriver.workingHours,
            channel: .phone,
            persona: .init(name: "陳大文", standing: .owner, building: "A座", unit: "12B", contact: "9123 4567"),
            mood: mood, opening: (1...segments).map { "第\($0)段" },
            facts: [.init(id: "since", field: .since, answer: "上個禮拜五開始", askedBy: ["幾時", "when"]),
                    .init(id: "wants", field: .wants, answer: "今日派人嚟", askedBy: ["想點"])],
            unknownAnswer: "我唔知喎", reactions: .init(calmer: ["好啦"], angrier: ["你講咩呀"], interrupted: ["等我講完先"]),
            expect: .init(kind: .complaint, nature: .ordinary, category: "water", coordinate: false),
            gift: gift ? .init(offer: "收低呢封利是", afterDecline: "好啦", afterAccept: "多謝") : nil,
            excuseSensitive: excuseSensitive)
    }

    /// A caller who has finished their opening.
    static func listening(_ scenario: Scenario) -> (Complainant, CallerState) {
        let caller = Complainant(scenario: scenario, speech: lexicon)
        var state = CallerState(scenario: scenario)
        for _ in scenario.opening { _ = caller.continueOpening(&state) }
        return (caller, state)
    }

    @Test func theOpeningComesSegmentBySegment() {
        let scenario = Self.scenario(segments: 3)
        let caller = Complainant(scenario: scenario, speech: Self.lexicon)
        var state = CallerState(scenario: scenario)
        #expect(caller.begin(&state).said == ["第1段"])
        #expect(caller.continueOpening(&state).said == ["第2段"])
        #expect(caller.continueOpening(&state).said == ["第3段"])
        #expect(caller.continueOpening(&state).said.isEmpty)
    }

    @Test func speakingBeforeTheyFinishIsInterruptingAndAngersThem() {
        let scenario = Self.scenario(mood: .upset, segments: 3)
        let caller = Complainant(scenario: scenario, speech: Self.lexicon)
        var state = CallerState(scenario: scenario)
        _ = caller.begin(&state)
        let response = caller.hear("對不起，我明白", &state)
        #expect(state.mood == .angry, "even kind words interrupt")
        #expect(response.said == ["等我講完先", "第2段"], "they protest, then go on")
        #expect(response.events.first == .interruptedCaller(segment: 1, of: 3))
    }

    @Test func acknowledgementApologyAndOwnershipCalmThem() {
        var (caller, state) = Self.listening(Self.scenario(mood: .furious))
        #expect(caller.hear("我明白", &state).said == ["好啦"])
        #expect(state.mood == .angry)
        _ = caller.hear("對不起", &state)
        _ = caller.hear("我會負責", &state)
        #expect(state.mood == .calm)
    }

    @Test func theSameWordsLoseTheirEffect() {
        var (caller, state) = Self.listening(Self.scenario(mood: .furious))
        for _ in 0..<5 { _ = caller.hear("我明白", &state) }
        #expect(state.mood == .upset, "acknowledging calms twice at most")
    }

    @Test func excusesBlameArguingAndPassingTheBuckAngerThem() {
        for line in ["但係人手唔夠", "你自己唔小心", "冇可能㗎", "唔關我事", "对不起，但是", "not my department"] {
            var (caller, state) = Self.listening(Self.scenario(mood: .calm))
            let response = caller.hear(line, &state)
            #expect(state.mood == .upset, "\(line)")
            #expect(response.said == ["你講咩呀"])
        }
    }

    @Test func anExcuseSensitiveCallerGrowsAngrierTwiceOver() {
        var (caller, state) = Self.listening(Self.scenario(mood: .calm, excuseSensitive: true))
        _ = caller.hear("對不起，但係師傅好忙", &state)
        #expect(state.mood == .angry)
        var (plain, calm) = Self.listening(Self.scenario(mood: .calm))
        _ = plain.hear("對不起，但係師傅好忙", &calm)
        #expect(calm.mood == .upset)
    }

    @Test func aWellAimedQuestionRevealsAFactAndCalms() {
        var (caller, state) = Self.listening(Self.scenario(mood: .angry))
        let response = caller.hear("請問幾時開始？", &state)
        #expect(response.said == ["上個禮拜五開始"])
        #expect(state.revealed == ["since"])
        #expect(state.mood == .upset)
        let again = caller.hear("請問幾時開始？", &state)
        #expect(again.said == ["上個禮拜五開始"], "asked again, they repeat it")
        #expect(state.mood == .upset, "but it calms nobody twice")
        #expect(caller.hear("When did it start?", &state).said == ["上個禮拜五開始"], "English questions work too")
    }

    @Test func aQuestionTheyCannotAnswerIsSaidSo() {
        var (caller, state) = Self.listening(Self.scenario())
        #expect(caller.hear("請問你電錶號碼係幾多？", &state).said == ["我唔知喎"])
        #expect(state.revealed.isEmpty)
    }

    @Test func aGiftIsOfferedOnceAndDecliningItCalms() {
        var (caller, state) = Self.listening(Self.scenario(mood: .upset, gift: true))
        #expect(caller.offerGift(&state).said == ["收低呢封利是"])
        #expect(caller.offerGift(&state).said.isEmpty)
        let response = caller.hear("多謝，但公司規定唔可以收", &state)
        #expect(state.gift == .declined)
        #expect(state.mood == .calm)
        #expect(response.events.contains { if case .giftDeclined = $0 { true } else { false } })
    }

    @Test func acceptingTheGiftIsRecorded() {
        var (caller, state) = Self.listening(Self.scenario(gift: true))
        _ = caller.offerGift(&state)
        #expect(caller.hear("好，我收低", &state).events.contains { if case .giftAccepted = $0 { true } else { false } })
        #expect(state.gift == .accepted)
    }

    @Test func theSameSeedPicksTheSameWords() {
        var a = SeededRandom(text: "leak-third-time"), b = SeededRandom(text: "leak-third-time")
        let items = Array(0..<50)
        #expect((0..<20).map { _ in a.pick(items)! } == (0..<20).map { _ in b.pick(items)! })
        var c = SeededRandom(text: "another")
        var d = SeededRandom(text: "leak-third-time")
        #expect((0..<20).map { _ in c.pick(items)! } != (0..<20).map { _ in d.pick(items)! })
    }
}
