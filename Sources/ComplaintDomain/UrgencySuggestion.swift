/// What the description suggests about a complaint's nature. Only a suggestion: the staff
/// member always confirms it.
public struct UrgencySuggestion: Codable, Sendable, Equatable {
    public struct Match: Codable, Sendable, Equatable {
        public var hintKey: String
        public var label: LocalizedText
        /// The term as the guidance file writes it.
        public var term: String
        /// The hint's safety advice. Optional only so that transcripts stored before advice
        /// existed still decode; every new match has it.
        public var advice: LocalizedText?
    }

    public var matches: [Match]

    public var nature: Nature { matches.isEmpty ? .ordinary : .urgent }

    public init(matches: [Match]) {
        self.matches = matches
    }
}
