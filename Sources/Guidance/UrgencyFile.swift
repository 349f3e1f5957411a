import ComplaintDomain

/// guidance/urgency.yaml: words that suggest a complaint is special or urgent.
enum UrgencyFile {
    static func read(_ root: YAMLValue) throws(GuidanceError) -> UrgencyLexicon {
        let top = try root.mapping()
        try top.allowOnly(["hints"])
        var hints: [UrgencyHint] = []
        for entry in try top.require("hints").list() {
            let map = try entry.mapping()
            try map.allowOnly(["key", "label", "terms"])
            let keyValue = try map.require("key")
            let key = try keyValue.string()
            if hints.contains(where: { $0.key == key }) { throw keyValue.error("hint \"\(key)\" is given twice") }
            let termsValue = try map.require("terms")
            let byLanguage = try termsValue.mapping()
            try byLanguage.allowOnly(["zh-Hant", "zh-Hans", "en"])
            var terms: [String] = []
            for language in Language.allCases {
                guard let list = byLanguage.optional(language.rawValue) else { continue }
                for term in try list.list() { terms.append(try term.string()) }
            }
            if terms.isEmpty { throw termsValue.error("give at least one term") }
            hints.append(UrgencyHint(key: key, label: try map.localized("label"), terms: terms))
        }
        return UrgencyLexicon(hints: hints)
    }
}
