/// A text in each of Coach's languages; guidance files must give all three.
public struct LocalizedText: Codable, Sendable, Hashable {
    public var zhHant: String
    public var zhHans: String
    public var en: String

    public init(zhHant: String, zhHans: String, en: String) {
        self.zhHant = zhHant
        self.zhHans = zhHans
        self.en = en
    }

    public subscript(language: Language) -> String {
        language.pick(zhHant, zhHans, en)
    }
}
