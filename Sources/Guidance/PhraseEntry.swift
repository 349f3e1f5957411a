import ComplaintDomain

extension YAMLValue {
    /// A phrase: `purpose`, the spoken `zh-Hant`, `zh-Hans` and `en`, and optionally
    /// `zh-Hant-written`. Each wording's placeholders are checked here, so a misspelt `{nmae}`
    /// is reported at its line rather than shown to a caller.
    func phrase() throws(GuidanceError) -> Guideline.Phrase {
        let map = try mapping()
        try map.allowOnly(["purpose", "zh-Hant", "zh-Hant-written", "zh-Hans", "en"])
        func wording(_ key: String) throws(GuidanceError) -> String {
            try map.require(key).wording()
        }
        return Guideline.Phrase(
            purpose: try map.require("purpose").choice(PhrasePurpose.self),
            spoken: LocalizedText(zhHant: try wording("zh-Hant"), zhHans: try wording("zh-Hans"), en: try wording("en")),
            written: try map.optional("zh-Hant-written")?.wording())
    }

    /// Text whose placeholders and brackets are those `PhraseTemplate` knows.
    private func wording() throws(GuidanceError) -> String {
        let text = try string()
        do {
            _ = try PhraseTemplate(text)
        } catch {
            throw self.error(error.message)
        }
        return text
    }
}
