/// The languages Coach speaks. Traditional Chinese comes first because the front desk reads it first.
public enum Language: String, CaseIterable, Codable, Sendable {
    case zhHant = "zh-Hant"
    case zhHans = "zh-Hans"
    case en

    /// Picks a language from a POSIX locale name or BCP 47 tag (`zh_HK.UTF-8`, `zh-Hans-CN`, `en_GB`).
    /// Any Chinese locale that does not say Simplified gets Traditional; anything else gets English.
    public init(localeIdentifier: String) {
        let id = localeIdentifier.lowercased().replacingOccurrences(of: "_", with: "-")
        guard id.hasPrefix("zh") else {
            self = .en
            return
        }
        if id.contains("hans") || id.hasPrefix("zh-cn") || id.hasPrefix("zh-sg") {
            self = .zhHans
        } else {
            self = .zhHant
        }
    }

    /// The first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides, as POSIX does.
    public init(environment: [String: String]) {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                self.init(localeIdentifier: value)
                return
            }
        }
        self = .en
    }
}

extension Language {
    /// The one of three wordings that is in this language.
    public func pick(_ hant: String, _ hans: String, _ en: String) -> String {
        switch self {
        case .zhHant: hant
        case .zhHans: hans
        case .en: en
        }
    }
}
