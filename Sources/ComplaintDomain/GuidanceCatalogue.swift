import CivilTime

/// Everything an organisation edits in guidance/, as domain values.
public struct GuidanceCatalogue: Sendable, Equatable {
    public var guidelines: [Guideline]
    public var articles: [RegulationArticle]
    public var organization: Organization
    public var urgency: UrgencyLexicon
    /// Which Traditional Chinese the phrases are offered in (guidelines.yaml `zh_hant_register`).
    public var zhHantRegister: ChineseRegister
    /// What a caller's words may show (anger, a demand for compensation…), from signals.yaml.
    public var signals: SignalLexicon
    /// The estate's house rules (guideline 9), from rules.yaml.
    public var houseRules: HouseRules

    public init(guidelines: [Guideline], articles: [RegulationArticle], organization: Organization, urgency: UrgencyLexicon,
                zhHantRegister: ChineseRegister = .spoken, signals: SignalLexicon = SignalLexicon(),
                houseRules: HouseRules = HouseRules()) {
        self.guidelines = guidelines
        self.articles = articles
        self.organization = organization
        self.urgency = urgency
        self.zhHantRegister = zhHantRegister
        self.signals = signals
        self.houseRules = houseRules
    }

    public func guideline(_ number: Int) -> Guideline? {
        guidelines.first { $0.number == number }
    }

    /// The guidelines cued at a moment, in their order.
    public func guidelines(at moment: Moment) -> [Guideline] {
        guidelines.filter { $0.moments.contains(moment) }
    }
}
