import Testing
@testable import ComplaintDomain

/// House rules built here, not loaded from guidance/: found by number, by what is said, by a word.
@Suite("House rules")
struct HouseRulesTests {
    static func rule(_ number: Int, _ title: String, _ text: String, _ terms: [String]) -> HouseRule {
        HouseRule(number: number, title: LocalizedText(zhHant: title, zhHans: title, en: title),
                  text: LocalizedText(zhHant: text, zhHans: text, en: text), terms: terms)
    }

    static let rules = HouseRules([
        rule(3, "Pets", "Dogs on a lead in common areas.", ["寵物", "狗", "dog", "dogs"]),
        rule(1, "Renovation works", "Monday to Saturday, 9 am to 6 pm; no noisy work on Sundays.", ["裝修", "drilling"]),
        rule(2, "Noise", "Quiet from 11 pm to 7 am.", ["噪音", "好嘈", "noise"]),
    ])

    @Test func rulesAreKeptInNumberOrderAndFoundByNumber() {
        #expect(Self.rules.all.map(\.number) == [1, 2, 3])
        #expect(Self.rules.rule(2)?.title.en == "Noise")
        #expect(Self.rules.rule(9) == nil)
    }

    @Test func whatIsSaidBringsUpTheRulesItMentions() {
        #expect(Self.rules.mentioned(in: "樓上朝早八點裝修，電鑽好嘈").map(\.number) == [1, 2])
        #expect(Self.rules.mentioned(in: "The DOGS next door bark all night").map(\.number) == [3])
        #expect(Self.rules.mentioned(in: "hotdogs in the lobby").isEmpty, "English terms match whole words")
        #expect(Self.rules.mentioned(in: "走廊燈壞咗").isEmpty)
    }

    @Test func aWordFindsTheRulesItNamesThenThoseWhoseTextHoldsIt() {
        #expect(Self.rules.find("裝修").map(\.number) == [1])
        #expect(Self.rules.find("renov").map(\.number) == [1], "part of a title")
        #expect(Self.rules.find("PETS").map(\.number) == [3])
        #expect(Self.rules.find("樓上養狗").map(\.number) == [3], "the word holds a term")
        #expect(Self.rules.find("noisy").map(\.number) == [1], "found in the text only")
        #expect(Self.rules.find("noise").map(\.number) == [2])
        #expect(Self.rules.find("pm").map(\.number) == [1, 2], "text matches in number order")
        #expect(Self.rules.find("  ").isEmpty)
        #expect(HouseRules().find("裝修").isEmpty)
    }

    @Test func aRuleThatIsNamedByTheWordComesBeforeOneThatOnlyHoldsIt() {
        let rules = HouseRules([
            Self.rule(4, "Car park", "Visitors' cars stay two hours.", ["visitor parking"]),
            Self.rule(10, "Visitors", "Visitors register in the lobby.", ["visitor", "visitors"]),
        ])
        #expect(rules.find("visitor").map(\.number) == [10, 4])
        #expect(rules.find("VISITORS").map(\.number) == [10, 4])
    }
}
