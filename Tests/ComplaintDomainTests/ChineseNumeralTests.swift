import Testing
@testable import ComplaintDomain

@Suite("Chinese numerals")
struct ChineseNumeralTests {
    @Test(arguments: [
        (0, "零"), (2, "二"), (3, "三"), (10, "十"), (12, "十二"), (20, "二十"), (40, "四十"), (45, "四十五"),
        (100, "一百"), (105, "一百零五"), (110, "一百一十"), (1005, "一千零五"), (2026, "二千零二十六"), (12345, "12345"),
    ])
    func words(n: Int, expected: String) {
        #expect(ChineseNumeral.words(n, language: .zhHant) == expected)
    }

    @Test func aLoneTwoIsCountedAs兩() {
        #expect(ChineseNumeral.words(2, language: .zhHant, counting: true) == "兩")
        #expect(ChineseNumeral.words(2, language: .zhHans, counting: true) == "两")
        #expect(ChineseNumeral.words(12, language: .zhHant, counting: true) == "十二")
    }

    @Test func yearsAreReadDigitByDigit() {
        #expect(ChineseNumeral.digits(2027) == "二〇二七")
    }
}
