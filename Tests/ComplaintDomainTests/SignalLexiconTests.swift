import Testing
@testable import ComplaintDomain

/// A small lexicon built here, not loaded from guidance/: how terms, exceptions and shouting
/// decide which signals a line shows.
@Suite("Signal lexicon")
struct SignalLexiconTests {
    static func signal(_ key: String, _ terms: [String], except: [String] = [], shouting: Bool = false) -> CallerSignal {
        let words = LocalizedText(zhHant: key, zhHans: key, en: key)
        return CallerSignal(key: key, guideline: 1, terms: terms, exceptions: except, hearsShouting: shouting, cue: words,
                            phrase: Guideline.Phrase(purpose: .calmAnger, spoken: words))
    }

    static let lexicon = SignalLexicon([
        signal("anger", ["廢柴", "useless idiots"], shouting: true),
        signal("compensation", ["賠錢", "赔偿", "refund"], except: ["唔使賠", "不要赔偿", "no refund"]),
        signal("press", ["律師", "the press"]),
    ])

    func keys(_ line: String) -> [String] {
        Self.lexicon.signals(in: line).map(\.key)
    }

    @Test func termsAreFoundInEveryScriptAndInFileOrder() {
        #expect(keys("你哋班廢柴，我要你哋賠錢，唔係就搵律師") == ["anger", "compensation", "press"])
        #expect(keys("我要求赔偿") == ["compensation"])
        #expect(keys("I want a REFUND") == ["compensation"])
        #expect(keys("廚房天花漏水") == [])
    }

    @Test func anExceptionIsSetAsideBeforeTheTermsAreLookedFor() {
        #expect(keys("唔使賠錢，整好佢就得") == [])
        #expect(keys("不要赔偿，修好就行") == [])
        #expect(keys("there's no refund needed") == [])
        // The exception only covers itself: a demand elsewhere in the line still counts.
        #expect(keys("唔使賠錢俾我，但係你哋要賠錢俾樓下") == ["compensation"])
    }

    @Test func anEnglishExceptionCoversWholeWordsOnly() {
        // "piano refund" holds "no refund" inside a word: the demand stands.
        #expect(keys("I want a piano refund") == ["compensation"])
        #expect(SignalLexicon.blanking("no refund", in: "piano refund") == "piano refund")
        #expect(SignalLexicon.blanking("no refund", in: "no refund, no refund!") == " ,  !")
        #expect(SignalLexicon.blanking("唔使賠", in: "唔使賠錢") == " 錢")
    }

    @Test(arguments: [
        ("WHY IS NOBODY COMING UP", true),
        ("I AM SO ANGRY", true),
        ("你哋搞咩呀！！！", true),
        ("why!!!", true),
        ("CCTV in the MTR lobby", false),
        ("A座 12樓B室 CCTV", false),
        ("Why is nobody coming", false),
        ("OK LA", false),
    ])
    func shouting(line: String, shouts: Bool) {
        #expect(SignalLexicon.isShouting(line) == shouts)
        #expect(keys(line).contains("anger") == shouts)
    }

    @Test func anEmptyLexiconFindsNothing() {
        #expect(SignalLexicon().signals(in: "你哋班廢柴！！！").isEmpty)
    }
}
