import ComplaintDomain

/// What training needs beyond the guidance every call uses: the mock complaints and the
/// phrase lexicons. Read only by the commands that train or score, so a live call does not
/// wait for it.
public struct TrainingMaterial: Sendable, Equatable {
    public var scenarios: [Scenario]
    public var speech: SpeechLexicon

    public init(scenarios: [Scenario], speech: SpeechLexicon) {
        self.scenarios = scenarios
        self.speech = speech
    }

    public func scenario(_ id: String) -> Scenario? {
        scenarios.first { $0.id == id }
    }
}
