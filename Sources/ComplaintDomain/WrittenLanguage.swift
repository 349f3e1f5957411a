extension Language {
    /// The language a text is written in, as the fact readers tell it: English without a Chinese
    /// character; Simplified when a character only Simplified uses appears and none only
    /// Traditional uses; Traditional otherwise (Hong Kong's default).
    public init(writtenIn text: String) {
        switch FactScript(FactLine(text).folded) {
        case .english: self = .en
        case .simplified: self = .zhHans
        case .traditional: self = .zhHant
        }
    }
}
