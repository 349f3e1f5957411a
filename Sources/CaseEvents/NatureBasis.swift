/// How a complaint's nature was decided: what the staff member did with Coach's suggestion.
public enum NatureBasis: String, Codable, Sendable, Equatable {
    /// Staff chose it at the nature question.
    case chosen
    /// Staff pressed Enter on Coach's suggestion.
    case acceptedSuggestion = "accepted_suggestion"
    /// Staff marked it urgent at once (`:urgent`).
    case markedUrgent = "marked_urgent"
}
