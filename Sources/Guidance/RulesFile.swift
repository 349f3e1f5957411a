import ComplaintDomain

/// guidance/rules.yaml: the estate's house rules, each number once, with their title and text in
/// the three languages and the words that bring them up.
enum RulesFile {
    static func read(_ root: YAMLValue) throws(GuidanceError) -> HouseRules {
        let top = try root.mapping()
        try top.allowOnly(["rules"])
        var rules: [HouseRule] = []
        for entry in try top.require("rules").list() {
            let map = try entry.mapping()
            try map.allowOnly(["number", "title", "text", "terms"])
            let numberValue = try map.require("number")
            let number = try numberValue.int(in: 1...999)
            if rules.contains(where: { $0.number == number }) { throw numberValue.error("rule \(number) is given twice") }
            rules.append(HouseRule(number: number, title: try map.localized("title"), text: try map.localized("text"),
                                   terms: try map.require("terms").terms(required: true)))
        }
        return HouseRules(rules)
    }
}
