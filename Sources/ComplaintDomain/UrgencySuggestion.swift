/// What the description suggests about a complaint's nature. Only a suggestion: the staff
/// member always confirms it.
public struct UrgencySuggestion: Codable, Sendable, Equatable {
    public struct Match: Codable, Sendable, Equatable {
        public var hintKey: String
        public var label: LocalizedText
        /// The term as the guidance file writes it.
        public var term: String
    }

    public var matches: [Match]

    public var nature: Nature { matches.isEmpty ? .ordinary : .urgent }

    public init(matches: [Match]) {
        self.matches = matches
    }
}
