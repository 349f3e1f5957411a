/// What is known of the moment a line is said, for the acts that only fit some moments: declining
/// or accepting a gift needs a gift on offer, and an apology does not answer a suggestion (guideline
/// 2 thanks it instead). Nil is "not known": nothing is then out of place.
public struct HearingContext: Sendable, Equatable {
    /// Whether the caller has offered a gift that is still on offer.
    public var giftOffered: Bool?
    /// Whether the call is a suggestion rather than a complaint.
    public var suggestion: Bool?

    public init(giftOffered: Bool? = nil, suggestion: Bool? = nil) {
        self.giftOffered = giftOffered
        self.suggestion = suggestion
    }

    public static let unknown = HearingContext()
}
