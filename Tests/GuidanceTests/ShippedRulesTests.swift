import ComplaintDomain
import Foundation
import Testing
@testable import Guidance

/// The shipped rules.yaml: at least twelve house rules of a Hong Kong estate, in the three
/// languages, brought up by what callers say and found by the words staff type.
@Suite("Shipped house rules")
struct ShippedRulesTests {
    let rules: HouseRules

    init() throws {
        rules = try GuidanceLoader.load(from: shippedGuidance).houseRules
    }

    @Test func atLeastTwelveRulesEachInTheThreeLanguages() {
        #expect(rules.all.count >= 12)
        #expect(Set(rules.all.map(\.number)).count == rules.all.count)
        for rule in rules.all {
            for language in Language.allCases {
                #expect(!rule.title[language].isEmpty && !rule.text[language].isEmpty, "rule \(rule.number) in \(language)")
            }
            #expect(!rule.terms.isEmpty, "rule \(rule.number) has terms")
        }
    }

    @Test func aRuleIsFoundByItsNumber() {
        #expect(rules.rule(1)?.title.en == "Renovation works")
        #expect(rules.rule(3)?.title.zhHant == "寵物")
        #expect(rules.rule(8)?.title.zhHans == "公共地方禁烟")
        #expect(rules.rule(999) == nil)
    }

    @Test(arguments: [
        ("樓上朝早八點就開始裝修，電鑽聲好嘈", [1, 2]),
        ("隔籬成晚打麻雀", [2]),
        ("樓上养狗，成日狗叫", [3]),
        ("有人霸咗我個車位", [4]),
        ("垃圾房好臭，幾日冇人清", [5]),
        ("後樓梯堆滿雜物，仲有架嬰兒車", [6]),
        ("管理費今個月重複收費", [7]),
        ("有人喺𨋢入面食煙", [8]),
        ("樓上晾衫滴到我度", [9]),
        ("保安唔俾外賣上嚟", [10]),
        ("有人高空擲物，差啲掟中我", [11]),
        ("樓上冷氣機滴水", [12]),
        ("樓上漏水，天花發霉", [13]),
        ("隔籬單位搭僭建簷篷", [14]),
        ("會所泳池幾點開", [15]),
        ("the flat upstairs is drilling on a Sunday", [1]),
        ("my neighbour's dog keeps barking", [3]),
        ("someone parked in my parking space", [4]),
        ("I was charged twice for the management fee", [7]),
        ("an air conditioner is dripping on the pavement", [12]),
        ("装修噪音太吵了", [1, 2]),
        ("有人在电梯里抽烟", [8]),
        ("楼上漏水", [13]),
    ])
    func whatIsSaidBringsUpTheRule(line: String, numbers: [Int]) {
        #expect(rules.mentioned(in: line).map(\.number) == numbers, "\(line) → \(rules.mentioned(in: line).map(\.number))")
    }

    @Test(arguments: [
        "走廊燈閃咗成個禮拜",
        "the corridor light is flickering",
        "I'll see you in court",
        "電梯壞咗",
    ])
    func anUnrelatedLineBringsUpNoRule(line: String) {
        #expect(rules.mentioned(in: line).isEmpty, "\(line) → \(rules.mentioned(in: line).map(\.number))")
    }

    @Test(arguments: [
        ("裝修", 1), ("装修", 1), ("renovation", 1), ("pet", 3), ("寵物", 3), ("狗", 3), ("parking", 4), ("泊車", 4),
        ("垃圾", 5), ("management fee", 7), ("管理費", 7), ("smoking", 8), ("晾衫", 9), ("visitor", 10), ("高空擲物", 11),
        ("1823", 13), ("clubhouse", 15),
    ])
    func aWordStaffTypeFindsTheRuleFirst(word: String, number: Int) {
        #expect(rules.find(word).first?.number == number, "\(word) → \(rules.find(word).map(\.number))")
    }
}
