@testable import CoachStore
import Testing

@Suite struct SearchGramsTests {
    @Test func chineseRunsBecomeCharactersAndPairs() {
        #expect(SearchGrams.words("廚房漏水") == "廚 房 漏 水 廚房 房漏 漏水")
        #expect(SearchGrams.words("困𨋢") == "困 𨋢 困𨋢")
    }

    @Test func otherWordsStayWholeAndFolded() {
        #expect(SearchGrams.words("Lift B 電梯壞了, FLOOR 12") == "lift b 電 梯 壞 了 電梯 梯壞 壞了 floor 12")
        #expect(SearchGrams.words("ＡＢＣ") == "abc")
        #expect(SearchGrams.words("") == "")
    }
}
