import Testing
@testable import ComplaintDomain

/// Phrases fill in what Coach knows about the call, drop the bracketed parts it does not know,
/// and are offered in the office's register.
@Suite("Phrase rendering")
struct PhraseRenderingTests {
    static let acknowledge = Guideline.Phrase(
        purpose: .acknowledge,
        spoken: LocalizedText(zhHant: "[{name}，]明白你好嬲，我而家即刻幫你記低。",
                              zhHans: "[{name}，]我非常理解您现在的心情，我马上帮您记下来。",
                              en: "I completely understand how you feel[, {name}], and I'm writing it down now."),
        written: "我十分理解您現在的心情，現在立即為您記錄。")

    @Test func theNameIsFilledInWhenKnown() {
        let fill = PhraseFill(name: "陳太")
        #expect(Self.acknowledge.text(.zhHant, filling: fill) == "陳太，明白你好嬲，我而家即刻幫你記低。")
        #expect(Self.acknowledge.text(.zhHans, filling: fill) == "陳太，我非常理解您现在的心情，我马上帮您记下来。")
        #expect(Self.acknowledge.text(.en, filling: PhraseFill(name: "Mrs Chan"))
                == "I completely understand how you feel, Mrs Chan, and I'm writing it down now.")
    }

    @Test(arguments: [nil, "", "  "])
    func theBracketedPartIsDroppedWithoutAName(name: String?) {
        let fill = PhraseFill(name: name)
        #expect(Self.acknowledge.text(.zhHant, filling: fill) == "明白你好嬲，我而家即刻幫你記低。")
        #expect(Self.acknowledge.text(.en, filling: fill) == "I completely understand how you feel, and I'm writing it down now.")
    }

    @Test func theWrittenRegisterIsOfferedOnlyInTraditionalChinese() {
        let fill = PhraseFill(name: "陳太")
        #expect(Self.acknowledge.text(.zhHant, register: .written, filling: fill) == "我十分理解您現在的心情，現在立即為您記錄。")
        #expect(Self.acknowledge.text(.zhHans, register: .written, filling: fill).hasPrefix("陳太，我非常理解"))
        #expect(Self.acknowledge.text(.en, register: .written, filling: fill) == Self.acknowledge.text(.en, filling: fill))
    }

    @Test func aPhraseWithoutAWrittenWordingKeepsItsSpokenOne() {
        let phrase = Guideline.Phrase(purpose: .ask, spoken: LocalizedText(zhHant: "仲有冇其他嘢？", zhHans: "还有吗？", en: "Anything else?"))
        #expect(phrase.text(.zhHant, register: .written, filling: PhraseFill()) == "仲有冇其他嘢？")
    }

    @Test func theProblemIsSaidBackAndAnUnknownOneIsLeftForStaff() {
        let check = Guideline.Phrase(purpose: .ask, spoken: LocalizedText(
            zhHant: "我想確認吓，你嘅意思係{problem}，啱唔啱？", zhHans: "您的意思是{problem}，对吗？",
            en: "Just to check: {problem}, is that right?"))
        #expect(check.text(.zhHant, filling: PhraseFill(problem: "廚房天花漏水")) == "我想確認吓，你嘅意思係廚房天花漏水，啱唔啱？")
        #expect(check.text(.zhHant, filling: PhraseFill()) == "我想確認吓，你嘅意思係……，啱唔啱？")
        #expect(check.text(.zhHans, filling: PhraseFill()) == "您的意思是……，对吗？")
        #expect(check.text(.en, filling: PhraseFill()) == "Just to check: …, is that right?")
    }

    @Test func aBracketedPartNeedsEveryPlaceholderInIt() throws {
        let template = try PhraseTemplate("我係管理處[嘅{staff}，{name}]。")
        #expect(template.render(PhraseFill(name: "陳生"), in: .zhHant) == "我係管理處。")
        #expect(template.render(PhraseFill(name: "陳生", staff: "阿May"), in: .zhHant) == "我係管理處嘅阿May，陳生。")
    }

    @Test func minutesAreSaidInWordsInChinese() {
        let promise = Guideline.Phrase(purpose: .urgentPromise, spoken: LocalizedText(
            zhHant: "[{name}，]當值經理會喺{minutes}分鐘內打俾你。", zhHans: "经理会在{minutes}分钟内给您回电话。",
            en: "The duty manager will call you within {minutes} minutes."))
        #expect(promise.text(.zhHant, filling: PhraseFill(minutes: 30)) == "當值經理會喺三十分鐘內打俾你。")
        #expect(promise.text(.zhHans, filling: PhraseFill(minutes: 2)) == "经理会在两分钟内给您回电话。")
        #expect(promise.text(.en, filling: PhraseFill(minutes: 30)) == "The duty manager will call you within 30 minutes.")
        #expect(promise.text(.zhHant, filling: PhraseFill(minutes: -5)) == "當值經理會喺……分鐘內打俾你。")
    }

    @Test func theDeadlineAndCaseNumberAreFilledIn() {
        let close = Guideline.Phrase(purpose: .promiseFollowUp, spoken: LocalizedText(
            zhHant: "你嘅個案編號係{case_number}，[{deadline}]一定覆你。", zhHans: "编号{case_number}。", en: "Case {case_number}."))
        let fill = PhraseFill(deadline: "聽日下晝三點前", caseNumber: "261129-007")
        #expect(close.text(.zhHant, filling: fill) == "你嘅個案編號係261129-007，聽日下晝三點前一定覆你。")
        #expect(close.text(.zhHant, filling: PhraseFill(caseNumber: "261129-007")) == "你嘅個案編號係261129-007，一定覆你。")
    }

    @Test func theOldTextPropertyIsTheSpokenPhraseWithNothingKnown() {
        #expect(Self.acknowledge.text == LocalizedText(
            zhHant: "明白你好嬲，我而家即刻幫你記低。", zhHans: "我非常理解您现在的心情，我马上帮您记下来。",
            en: "I completely understand how you feel, and I'm writing it down now."))
    }

    @Test("a wording that does not parse is refused with what is wrong", arguments: [
        ("[{nmae}，]明白你好嬲", "unknown placeholder {nmae}"),
        ("{case number}", "unknown placeholder {case number}"),
        ("{}", "unknown placeholder {}"),
        ("{name", "a { without its }"),
        ("name}", "a } without its {"),
        ("[{name}，明白", "a [ without its ]"),
        ("明白]", "a ] without its ["),
        ("[[{name}]]", "a [ inside another [ ]"),
        ("[你好，]陳太", "without a placeholder"),
    ])
    func malformedWording(wording: String, problem: String) {
        #expect {
            _ = try PhraseTemplate(wording)
        } throws: { error in
            (error as? PhraseTemplate.Problem)?.message.contains(problem) == true
        }
    }

    @Test func theUnknownPlaceholderMessageNamesTheKnownOnes() throws {
        do {
            _ = try PhraseTemplate("{nmae}")
            Issue.record("parsed")
        } catch {
            for slot in PhraseFill.Slot.allCases { #expect(error.message.contains("{\(slot.rawValue)}")) }
        }
    }

    @Test func aWordingBuiltInCodeThatDoesNotParseIsSaidAsWritten() {
        let odd = Guideline.Phrase(purpose: .ask, spoken: LocalizedText(zhHant: "{name", zhHans: "x", en: "x"))
        #expect(odd.text(.zhHant, filling: PhraseFill(name: "陳太")) == "{name")
    }
}
