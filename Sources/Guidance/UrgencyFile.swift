import ComplaintDomain

/// guidance/urgency.yaml: words that suggest a complaint is special or urgent, the advice for
/// each danger, and the words that take a danger back (冇人受傷).
enum UrgencyFile {
    static func read(_ root: YAMLValue) throws(GuidanceError) -> UrgencyLexicon {
        let top = try root.mapping()
        try top.allowOnly(["negation", "hints"])
        var hints: [UrgencyHint] = []
        for entry in try top.require("hints").list() {
            let map = try entry.mapping()
            try map.allowOnly(["key", "label", "advice", "terms", "except"])
            let keyValue = try map.require("key")
            let key = try keyValue.string()
            if hints.contains(where: { $0.key == key }) { throw keyValue.error("hint \"\(key)\" is given twice") }
            let termsValue = try map.require("terms")
            let terms = try words(termsValue)
            if terms.isEmpty { throw termsValue.error("give at least one term") }
            hints.append(UrgencyHint(key: key, label: try map.localized("label"), advice: try map.localized("advice"),
                                     terms: terms, except: try map.optional("except").map(words) ?? []))
        }
        return UrgencyLexicon(hints: hints, negation: try top.optional("negation").map(negation) ?? .none)
    }

    /// `negation: {words: …, between: …}`, each by language like a hint's terms.
    private static func negation(_ value: YAMLValue) throws(GuidanceError) -> Negation {
        let map = try value.mapping()
        try map.allowOnly(["words", "between"])
        return Negation(words: try words(map.require("words")), between: try map.optional("between").map(words) ?? [])
    }

    /// A `{zh-Hant: [...], zh-Hans: [...], en: [...]}` mapping of word lists, any language left out.
    private static func words(_ value: YAMLValue) throws(GuidanceError) -> [String] {
        let byLanguage = try value.mapping()
        try byLanguage.allowOnly(["zh-Hant", "zh-Hans", "en"])
        var words: [String] = []
        for language in Language.allCases {
            guard let list = byLanguage.optional(language.rawValue) else { continue }
            for word in try list.list() { words.append(try word.string()) }
        }
        return words
    }
}
