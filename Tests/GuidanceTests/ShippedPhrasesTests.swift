import ComplaintDomain
import Foundation
import Testing
import Training
@testable import Guidance

/// The phrases the shipped guidance offers are spoken, fill in the call's details, and say what
/// they are for: the training lexicons hear each as its act and never as an excuse, blame,
/// arguing back or passing the caller on.
@Suite("Shipped phrases")
struct ShippedPhrasesTests {
    let catalogue: GuidanceCatalogue
    let speech: SpeechLexicon

    init() throws {
        catalogue = try GuidanceLoader.load(from: shippedGuidance)
        speech = try GuidanceLoader.loadTraining(from: shippedGuidance, organization: catalogue.organization).speech
    }

    /// Every phrase of the guidelines and the signals, with where it is.
    var phrases: [(String, Guideline.Phrase)] {
        catalogue.guidelines.flatMap { g in g.phrases.enumerated().map { ("guideline \(g.number) phrase \($0.offset)", $0.element) } }
            + catalogue.signals.all.map { ("signal \($0.key)", $0.phrase) }
    }

    static let fills = [
        PhraseFill(),
        PhraseFill(name: "陳太", problem: "廚房天花漏水", deadline: "聽日下晝三點前", caseNumber: "261129-007", minutes: 30,
                   staff: "阿May", rule: "第3條「寵物」"),
    ]

    @Test func theRegisterIsSpokenUnlessTheFileSaysWritten() {
        #expect(catalogue.zhHantRegister == .spoken)
    }

    @Test func everyPurposeIsOfferedByAGuideline() {
        let offered = Set(catalogue.guidelines.flatMap(\.phrases).map(\.purpose))
        #expect(offered == Set(PhrasePurpose.allCases))
        let purposes = { (n: Int) in Set(catalogue.guideline(n)?.phrases.map(\.purpose) ?? []) }
        #expect(purposes(2).contains(.thankSuggestion))
        #expect(purposes(6).isSuperset(of: [.urgentPromise, .noteCompensation, .callManager]))
        #expect(purposes(5).contains(.ownRepeat))
        #expect(purposes(1).isSuperset(of: [.calmAnger, .noteThreat]))
    }

    @Test func traditionalChinesePhrasesAreSpokenCantoneseWithAWrittenAlternative() {
        for (place, phrase) in phrases {
            #expect(phrase.written != nil, "\(place) has a written wording")
            #expect(phrase.spoken.zhHant != phrase.written, "\(place): spoken and written differ")
            #expect(!phrase.spoken.zhHant.contains("您"), "\(place): 你, as Cantonese speakers say it")
        }
        let spoken = phrases.map { $0.1.spoken.zhHant }.joined()
        for word in ["係", "嘅", "我哋", "唔"] { #expect(spoken.contains(word), "spoken Cantonese uses \(word)") }
    }

    @Test func theExampleOfTheBriefReadsAsStaffSayIt() throws {
        let acknowledge = try #require(catalogue.guideline(2)?.phrases.first)
        #expect(acknowledge.text(.zhHant, filling: PhraseFill(name: "陳太")) == "陳太，明白你好嬲，我而家即刻幫你記低。")
        #expect(acknowledge.text(.zhHant, filling: PhraseFill()) == "明白你好嬲，我而家即刻幫你記低。")
        #expect(acknowledge.text(.zhHant, register: .written, filling: PhraseFill(name: "陳太")) == "我十分理解您現在的心情，現在立即為您記錄。")
        let admit = try #require(catalogue.guideline(5)?.phrases.first)
        #expect(admit.text(.zhHant, filling: PhraseFill()) == "唔好意思，呢件事係我哋跟得唔好。")
    }

    @Test func aSuggestionIsThankedWithoutAnApologyOrADeadline() throws {
        let thanks = try #require(catalogue.guidelines.flatMap(\.phrases).first { $0.purpose == .thankSuggestion })
        for language in Language.allCases {
            let line = thanks.text(language, filling: Self.fills[1])
            let acts = speech.acts(in: line)
            #expect(acts[.apology] == nil, "\(language): \(line)")
            #expect(acts[.promise] == nil, "\(language): \(line)")
            #expect(!line.contains("聽日下晝三點前"), "\(language): \(line)")
        }
    }

    @Test func theUrgentPromiseSaysTheMinutesAndWhoWasTold() throws {
        let promise = try #require(catalogue.guidelines.flatMap(\.phrases).first { $0.purpose == .urgentPromise })
        #expect(promise.text(.zhHant, filling: PhraseFill(minutes: 30, told: "當值保安主管")) == "我已經通知咗當值保安主管，佢會喺三十分鐘內打俾你。")
        #expect(promise.text(.en, filling: PhraseFill(name: "Mrs Chan", minutes: 15, told: "duty manager"))
                == "I've told the duty manager, Mrs Chan, and they'll call you within 15 minutes.")
    }

    @Test func noPhraseProvokesInAnyLanguageOrRegister() {
        for (place, phrase) in phrases {
            for fill in Self.fills {
                for language in Language.allCases {
                    for register in ChineseRegister.allCases {
                        let line = phrase.text(language, register: register, filling: fill)
                        let provoking = speech.acts(in: line).filter { $0.key.provokes || $0.key == .acceptGift }
                        #expect(provoking.isEmpty, "\(place) \(language) \(register): \(line) → \(provoking)")
                        #expect(!line.contains("{") && !line.contains("["), "\(place): \(line)")
                    }
                }
            }
        }
    }

    @Test func eachPhraseIsHeardAsWhatItIsFor() {
        let act: [PhrasePurpose: SpeechAct] = [
            .acknowledge: .acknowledge, .empathise: .empathy, .admitShortfall: .apology, .takeOwnership: .ownership,
            .declineGift: .declineGift, .ownRepeat: .apology, .urgentPromise: .promise,
        ]
        for (place, phrase) in phrases {
            guard let wanted = act[phrase.purpose] else { continue }
            for language in Language.allCases {
                let line = phrase.text(language, filling: Self.fills[1])
                #expect(speech.acts(in: line)[wanted] != nil, "\(place) \(language): \(line) is not heard as \(wanted)")
            }
        }
    }

    /// Coach's own words in Traditional Chinese use Hong Kong usage; the quoted texts of the
    /// guidelines and the regulation keep their source's words.
    @Test func coachsOwnWordsUseHongKongUsage() throws {
        var own: [String] = []
        for g in catalogue.guidelines {
            own += [g.title.zhHant, g.cue.zhHant] + g.phrases.flatMap { [$0.spoken.zhHant, $0.written ?? ""] }
        }
        for s in catalogue.signals.all { own += [s.cue.zhHant, s.phrase.spoken.zhHant, s.phrase.written ?? ""] }
        for r in catalogue.houseRules.all { own += [r.title.zhHant, r.text.zhHant] }
        for (avoid, use) in [("用戶", "住戶"), ("紅包", "利是"), ("回復", "回覆")] {
            for text in own where text.contains(avoid) {
                Issue.record("\(text): say \(use), not \(avoid)")
            }
        }
    }
}
