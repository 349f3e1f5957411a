/// What a line said to a caller does, as the phrase lexicons in guidance/phrases/ recognise it.
public enum SpeechAct: String, CaseIterable, Codable, Sendable {
    case acknowledge, empathy, apology, ownership, promise, question
    case excuse, blame, argue
    case passTheBuck = "pass_the_buck"
    case acceptGift = "accept_gift"
    case declineGift = "decline_gift"

    /// Acts that ease an upset caller (guidelines 2, 3, 5, 6; a well-aimed question too).
    public var calms: Bool {
        switch self {
        case .acknowledge, .empathy, .apology, .ownership, .promise: true
        default: false
        }
    }

    /// Acts that make things worse (guidelines 1, 5, 6).
    public var provokes: Bool {
        switch self {
        case .excuse, .blame, .argue, .passTheBuck: true
        default: false
        }
    }
}
