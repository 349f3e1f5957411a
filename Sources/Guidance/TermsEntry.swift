import ComplaintDomain

extension YAMLValue {
    /// Terms listed by script (`zh-Hant`, `zh-Hans`, `en`, each optional), as one list: a term
    /// is matched whichever language a line is in. `required` refuses an empty set.
    func terms(required: Bool) throws(GuidanceError) -> [String] {
        let byLanguage = try mapping()
        try byLanguage.allowOnly(Set(Language.allCases.map(\.rawValue)))
        var terms: [String] = []
        for language in Language.allCases {
            guard let list = byLanguage.optional(language.rawValue) else { continue }
            for term in try list.list() { terms.append(try term.string()) }
        }
        if required, terms.isEmpty { throw error("give at least one term") }
        return terms
    }
}
