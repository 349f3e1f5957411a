import Foundation
import Testing
@testable import ComplaintDomain

/// Advice is not what these tests are about; every hint gives the same.
let testAdvice = LocalizedText(zhHant: "即刻離開", zhHans: "立即离开", en: "Get out now")

/// A small lexicon built here, not loaded from guidance/: terms in Traditional, Simplified and English.
let testLexicon = UrgencyLexicon(hints: [
    UrgencyHint(key: "fire", label: LocalizedText(zhHant: "火警", zhHans: "火警", en: "fire"), advice: testAdvice,
                terms: ["火警", "起火", "fire", "smoke"]),
    UrgencyHint(key: "gas", label: LocalizedText(zhHant: "煤氣洩漏", zhHans: "燃气泄漏", en: "gas leak"), advice: testAdvice,
                terms: ["煤氣洩漏", "燃气泄漏", "gas leak"]),
    UrgencyHint(key: "lift", label: LocalizedText(zhHant: "困𨋢", zhHans: "电梯困人", en: "trapped in a lift"), advice: testAdvice,
                terms: ["困人", "困𨋢", "trapped in a lift"]),
    UrgencyHint(key: "flood", label: LocalizedText(zhHant: "水浸", zhHans: "水浸", en: "flooding"), advice: testAdvice,
                terms: ["爆水管", "水浸", "Burst   Pipe", "flooding"]),
    UrgencyHint(key: "blank", label: LocalizedText(zhHant: "空", zhHans: "空", en: "blank"), advice: testAdvice,
                terms: ["", "   "]),
])

@Suite("Urgency lexicon")
struct UrgencyLexiconTests {
    /// (hint key, term as written) for each match.
    func matches(_ text: String, _ lexicon: UrgencyLexicon = testLexicon) -> [String] {
        lexicon.suggest(from: text).matches.map { "\($0.hintKey):\($0.term)" }
    }

    @Test("matches in each script and language", arguments: [
        ("B座升降機困人", ["lift:困人"]),                          // Traditional
        ("廚房有煤氣洩漏,好大陣味", ["gas:煤氣洩漏"]),                // Traditional
        ("燃气泄漏", ["gas:燃气泄漏"]),                            // Simplified
        ("3楼起火了", ["fire:起火"]),                              // Simplified
        ("There is a burst pipe flooding the lobby", ["flood:Burst   Pipe"]),
        ("Someone is trapped in a lift on 12/F", ["lift:trapped in a lift"]),
        ("大堂水浸 since this morning", ["flood:水浸"]),            // Chinese term inside English
        ("B座fire警報響", ["fire:fire"]),                          // ASCII term next to CJK: CJK is not a word character
    ])
    func scripts(text: String, expected: [String]) {
        #expect(matches(text) == expected)
        #expect(testLexicon.suggest(from: text).nature == .urgent)
    }

    @Test("case is ignored", arguments: ["FIRE", "Fire!", "a FiRe in the bin", "SMOKE from unit 3"])
    func caseInsensitive(text: String) {
        #expect(testLexicon.suggest(from: text).matches.map(\.hintKey) == ["fire"])
    }

    @Test("ASCII terms match whole words only", arguments: [
        "fireplace", "a bonfire party", "firearm", "fire2", "smoker", "smokey", "FIREPLACE", "gasleak",
        "trapped in a liftwell",
    ])
    func wholeWordNegatives(text: String) {
        let suggestion = testLexicon.suggest(from: text)
        #expect(suggestion.matches.isEmpty, "\(text) → \(suggestion.matches.map(\.term))")
        #expect(suggestion.nature == .ordinary)
    }

    @Test("punctuation is a word boundary, so fire-door and (fire) match", arguments: [
        "the fire-door is jammed", "(fire)", "fire.", "fire, fire", "\"fire\"", "fire_alarm", "fire/smoke",
    ])
    func punctuationBoundaries(text: String) {
        #expect(testLexicon.suggest(from: text).matches.map(\.hintKey) == ["fire"])
    }

    @Test("a whole-word match later in the text is found after a partial one")
    func laterWholeWord() {
        #expect(matches("the fireplace is fine but there is a fire upstairs") == ["fire:fire"])
    }

    @Test("full-width Latin folds by NFKC", arguments: ["ＦＩＲＥ", "ｆｉｒｅ！", "大堂ＦＩＲＥ"])
    func fullWidth(text: String) {
        #expect(testLexicon.suggest(from: text).matches.map(\.hintKey) == ["fire"])
    }

    @Test("full-width text is still matched whole-word")
    func fullWidthWholeWord() {
        #expect(matches("ＦＩＲＥＰＬＡＣＥ").isEmpty)
    }

    @Test("a full-width term in the lexicon folds too, and is then whole-word")
    func fullWidthTerm() {
        let lexicon = UrgencyLexicon(hints: [
            UrgencyHint(key: "fire", label: LocalizedText(zhHant: "火", zhHans: "火", en: "fire"), advice: testAdvice, terms: ["ＦＩＲＥ"]),
        ])
        #expect(matches("a fire upstairs", lexicon) == ["fire:ＦＩＲＥ"])
        #expect(matches("a fireplace", lexicon).isEmpty)
    }

    @Test("runs of white space count as one space, on both sides", arguments: [
        "gas leak", "gas   leak", "gas\nleak", "gas\t leak", "GAS\u{3000}LEAK", "gas\u{00A0}leak", "  gas leak  ",
    ])
    func whitespace(text: String) {
        #expect(testLexicon.suggest(from: text).matches.map(\.hintKey) == ["gas"])
    }

    @Test("fold: NFKC, lower case, white space runs as one space, trimmed", arguments: [
        ("  Gas\t\n LEAK  ", "gas leak"),
        ("ＦＩＲＥ\u{3000}ＤＯＯＲ", "fire door"),
        ("B座　升降機", "b座 升降機"),
        ("", ""),
    ])
    func fold(text: String, expected: String) {
        #expect(TermMatch.fold(text) == expected)
    }

    @Test("a lexicon term written with extra spaces still matches single-spaced text")
    func termWhitespace() {
        #expect(matches("burst pipe") == ["flood:Burst   Pipe"])
        #expect(matches("BURST\n\npipe in 12/F") == ["flood:Burst   Pipe"])
    }

    @Test("a character outside the BMP matches (困𨋢, U+282E2)")
    func supplementaryPlane() {
        #expect("𨋢".unicodeScalars.first?.value == 0x282E2)
        #expect(matches("有人困𨋢呀!") == ["lift:困𨋢"])
        #expect(matches("𨋢壞咗").isEmpty)
        #expect(testLexicon.suggest(from: "有人困𨋢呀!").matches.first?.label.zhHant == "困𨋢")
    }

    @Test("no match means ordinary", arguments: ["", "   ", "The corridor light is dim", "走廊燈唔夠光", "噪音"])
    func noMatch(text: String) {
        let suggestion = testLexicon.suggest(from: text)
        #expect(suggestion.matches.isEmpty)
        #expect(suggestion.nature == .ordinary)
    }

    @Test("one match per hint, in the lexicon's order, with the first matching term")
    func severalHints() {
        #expect(matches("gas leak and a fire, smoke everywhere") == ["fire:fire", "gas:gas leak"])
        #expect(matches("水浸 and 火警 and 困人") == ["fire:火警", "lift:困人", "flood:水浸"])
        let suggestion = testLexicon.suggest(from: "火警")
        #expect(suggestion.matches.first?.label == LocalizedText(zhHant: "火警", zhHans: "火警", en: "fire"))
    }

    @Test("empty or blank terms never match anything", arguments: ["", " ", "anything at all", "空"])
    func blankTerms(text: String) {
        #expect(!testLexicon.suggest(from: text).matches.contains { $0.hintKey == "blank" })
    }

    @Test("an empty lexicon suggests ordinary")
    func emptyLexicon() {
        #expect(UrgencyLexicon(hints: []).suggest(from: "FIRE 火警").nature == .ordinary)
    }
}

@Suite struct TermMatchQuoteTests {
    @Test func curlyQuotesMatchStraightOnes() {
        let text = TermMatch.fold("I’ll take it from here, “promise”")
        #expect(TermMatch.contains(text, term: TermMatch.fold("I'll take it")))
        #expect(TermMatch.contains(text, term: TermMatch.fold("\"promise\"")))
    }
}
