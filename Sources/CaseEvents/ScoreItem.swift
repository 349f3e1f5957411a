/// What a scorecard scores: a guideline, or a part of the record. It lives here, not beside the
/// scorecard, because a supervisor's override names one in the case's own events.
public enum ScoreItem: String, Codable, CaseIterable, Sendable {
    case g1, g2, g3, g4, g5, g6, g7, g8, g11
    case facts, classification, nature, routing, deadline, reply
    /// Training only: the category, the caller's mood, what was said fitting the moment, and
    /// the caller's demands (a manager, compensation) answered.
    case category, mood, fit, demands
    /// Live calls only: how soon the danger Coach heard was acted on (marked urgent, someone called).
    case danger

    /// The guideline's number, for the guideline items.
    public var guideline: Int? { rawValue.hasPrefix("g") ? Int(rawValue.dropFirst()) : nil }

    /// Out of 100 when everything applies, as a drill weighs it; a live call's rubric gives its
    /// lines their own weights.
    public var weight: Double {
        switch self {
        case .g1, .g2, .g4, .g5, .facts: 10
        case .g3, .g6: 8
        case .g7, .g8: 6
        case .g11: 4
        case .classification, .nature: 5
        case .routing: 4
        case .deadline, .reply: 2
        case .mood: 10
        case .fit, .demands: 6
        case .category: 3
        case .danger: 12
        }
    }
}
