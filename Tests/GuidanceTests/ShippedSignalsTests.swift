import ComplaintDomain
import Foundation
import Testing
@testable import Guidance

/// The shipped signals.yaml hears what callers really say, in each script, and stays quiet for
/// lines that only look alike.
@Suite("Shipped caller signals")
struct ShippedSignalsTests {
    static let lexicon: SignalLexicon = {
        do {
            return try GuidanceLoader.load(from: shippedGuidance).signals
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    func heard(_ line: String) -> [String] {
        Self.lexicon.signals(in: line).map(\.key)
    }

    @Test func theFiveSignalsAreShippedOnTheirGuidelines() {
        let byKey = Dictionary(uniqueKeysWithValues: Self.lexicon.all.map { ($0.key, $0) })
        #expect(Self.lexicon.all.map(\.key) == ["anger", "compensation", "repeat", "manager", "press_or_legal"])
        #expect(byKey["anger"]?.guideline == 1)
        #expect(byKey["compensation"]?.guideline == 6)
        #expect(byKey["repeat"]?.guideline == 5)
        #expect(byKey["manager"]?.guideline == 6)
        #expect(byKey["press_or_legal"]?.guideline == 1)
        #expect(byKey["anger"]?.phrase.purpose == .calmAnger)
        #expect(byKey["compensation"]?.phrase.purpose == .noteCompensation)
        #expect(byKey["repeat"]?.phrase.purpose == .ownRepeat)
        #expect(byKey["manager"]?.phrase.purpose == .callManager)
        #expect(byKey["press_or_legal"]?.phrase.purpose == .noteThreat)
    }

    @Test(arguments: [
        ("你哋班廢柴，做嘢咁求其！", true),
        ("我真係好嬲呀", true),
        ("頂你個肺，講極都唔明", true),
        ("佢喺電話度講粗口", true),
        ("你们这帮垃圾，气死我了", true),
        ("我非常生气", true),
        ("You useless idiots!", true),
        ("I'm absolutely furious about this", true),
        ("he's shouting at me now", true),
        ("WHY HAS NOBODY COME TO FIX IT", true),
        ("你哋搞乜鬼呀！！！", true),
        ("我唔係好嬲，只係想問吓幾時整", false),
        ("垃圾房好臭，幾日冇人清", false),
        ("the rubbish room smells", false),
        ("我不是很生气，只是想问一下", false),
        ("CCTV at the MTR exit", false),
    ])
    func anger(line: String, hears: Bool) {
        #expect(heard(line).contains("anger") == hears, "\(line) → \(heard(line))")
    }

    @Test(arguments: [
        ("我要你哋賠錢！", true),
        ("你哋要賠償我張梳化", true),
        ("啲傢俬浸壞晒，邊個賠返俾我？", true),
        ("呢個月管理費要退返錢俾我", true),
        ("我要求赔偿", true),
        ("你们要赔我的损失", true),
        ("I want compensation for the damage", true),
        ("I'd like a refund of the fee", true),
        ("唔使賠錢，整好佢就得", false),
        ("我唔係要賠償，只係想有人負責", false),
        ("不用赔，修好就行", false),
        ("I'm not asking for compensation, just fix it", false),
        ("my piano got wet", false),
    ])
    func compensation(line: String, hears: Bool) {
        #expect(heard(line).contains("compensation") == hears, "\(line) → \(heard(line))")
    }

    @Test(arguments: [
        ("我已經係第三次投訴㗎喇！", true),
        ("又係咁，次次都話跟進", true),
        ("我講咗幾次你哋都唔理", true),
        ("上個月已經報過", true),
        ("这是我第三次投诉了", true),
        ("又是这样，每次都说会修", true),
        ("This is the third time I've called", true),
        ("it's leaking again", true),
        ("I already reported this last week", true),
        ("呢個係我第一次投訴", false),
        ("我想確保唔會再發生", false),
        ("just make sure it won't happen again", false),
        ("could you say that again?", false),
        ("first time calling", false),
    ])
    func repeatComplaint(line: String, hears: Bool) {
        #expect(heard(line).contains("repeat") == hears, "\(line) → \(heard(line))")
    }

    @Test(arguments: [
        ("我要見經理！", true),
        ("叫你上司嚟聽電話", true),
        ("你話唔到事，叫個負責人出嚟", true),
        ("我要找你们经理", true),
        ("叫你领导来跟我说", true),
        ("I want to speak to your manager", true),
        ("Put someone in charge on the phone", true),
        ("get me your supervisor", true),
        ("唔使搵經理，你幫我記低就得", false),
        ("經理上個禮拜嚟睇過", false),
        ("your manager came last week", false),
        ("不用找经理，你记下来就行", false),
    ])
    func manager(line: String, hears: Bool) {
        #expect(heard(line).contains("manager") == hears, "\(line) → \(heard(line))")
    }

    @Test(arguments: [
        ("我會搵傳媒報道你哋", true),
        ("我叫律師發律師信俾你哋", true),
        ("我要告你哋！", true),
        ("我會放上網俾大家睇", true),
        ("我找记者曝光你们", true),
        ("我要起诉你们", true),
        ("I'll go to the press", true),
        ("my lawyer will be in touch", true),
        ("I'm going to sue the management", true),
        ("see you in court", true),
        ("我唔會搵傳媒，只想你哋整好佢", false),
        ("I pressed the lift button and nothing happened", false),
        ("the basketball court light is broken", false),
        ("I'm not going to sue, just fix it", false),
        ("Sue from 5B says hello", false),
    ])
    func pressOrLegal(line: String, hears: Bool) {
        #expect(heard(line).contains("press_or_legal") == hears, "\(line) → \(heard(line))")
    }

    @Test func anOrdinaryComplaintShowsNoSignal() {
        for line in ["廚房天花漏水", "走廊燈閃咗成個禮拜", "the corridor light is flickering", "电梯坏了"] {
            #expect(heard(line).isEmpty, "\(line) → \(heard(line))")
        }
    }

    @Test func everySignalHasItsCueAndPhraseInAllThreeLanguages() {
        for signal in Self.lexicon.all {
            for language in Language.allCases {
                #expect(!signal.cue[language].isEmpty, "\(signal.key) cue in \(language)")
                #expect(!signal.phrase.text(language).isEmpty, "\(signal.key) phrase in \(language)")
            }
            #expect(signal.phrase.written != nil, "\(signal.key) has a written zh-Hant wording")
            #expect(signal.phrase.text(.zhHant, filling: PhraseFill(name: "陳太")).hasPrefix("陳太，"), "\(signal.key)")
        }
    }
}
