import CivilTime

/// Everything an organisation edits in guidance/, as domain values.
public struct GuidanceCatalogue: Sendable, Equatable {
    public var guidelines: [Guideline]
    public var articles: [RegulationArticle]
    public var organization: Organization
    public var urgency: UrgencyLexicon

    public init(guidelines: [Guideline], articles: [RegulationArticle], organization: Organization, urgency: UrgencyLexicon) {
        self.guidelines = guidelines
        self.articles = articles
        self.organization = organization
        self.urgency = urgency
    }

    public func guideline(_ number: Int) -> Guideline? {
        guidelines.first { $0.number == number }
    }

    /// The guidelines cued at a moment, in their order.
    public func guidelines(at moment: Moment) -> [Guideline] {
        guidelines.filter { $0.moments.contains(moment) }
    }
}
