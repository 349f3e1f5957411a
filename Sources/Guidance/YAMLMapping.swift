import ComplaintDomain
import Yams

/// The keys of one YAML mapping, with required, optional and unknown keys reported by place.
struct YAMLMapping {
    let value: YAMLValue
    let mapping: Node.Mapping

    func optional(_ key: String) -> YAMLValue? {
        for (k, v) in mapping where k.string == key {
            return value.child(v, key)
        }
        return nil
    }

    func require(_ key: String) throws(GuidanceError) -> YAMLValue {
        guard let found = optional(key) else { throw value.error("missing key \"\(key)\"") }
        return found
    }

    /// Rejects keys the schema does not know, so a misspelt key is not silently ignored.
    func allowOnly(_ keys: Set<String>) throws(GuidanceError) {
        for (k, _) in mapping {
            let name = k.string ?? ""
            if !keys.contains(name) {
                let known = keys.sorted().joined(separator: ", ")
                throw value.child(k, name).error("unknown key; expected one of: \(known)")
            }
        }
    }

    /// A `{zh-Hant, zh-Hans, en}` mapping; all three are required.
    func localized(_ key: String) throws(GuidanceError) -> LocalizedText {
        try require(key).localized()
    }
}

extension YAMLValue {
    /// A `{zh-Hant, zh-Hans, en}` mapping; all three are required and nothing else.
    func localized() throws(GuidanceError) -> LocalizedText {
        let map = try mapping()
        try map.allowOnly(["zh-Hant", "zh-Hans", "en"])
        return LocalizedText(zhHant: try map.require("zh-Hant").string(),
                             zhHans: try map.require("zh-Hans").string(),
                             en: try map.require("en").string())
    }
}
