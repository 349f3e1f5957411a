import ComplaintDomain
import Training

/// Where the simulated complainant stands: their mood, how much of their opening they have
/// said, what they have revealed, and what became of the gift they offered.
public struct CallerState: Codable, Equatable, Sendable {
    public enum GiftOutcome: String, Codable, Sendable {
        case declined, accepted
    }

    public var mood: Mood
    public var startMood: Mood
    /// Opening segments said so far.
    public var spoken: Int
    /// Facts revealed, in order.
    public var revealed: [String]
    /// How often each calming act has calmed them: the same words lose their effect.
    public var calmedBy: [String: Int]
    public var giftOffered: Bool
    public var gift: GiftOutcome?
    public var random: SeededRandom

    public init(scenario: Scenario, seed: UInt64? = nil) {
        mood = scenario.mood
        startMood = scenario.mood
        spoken = 0
        revealed = []
        calmedBy = [:]
        giftOffered = false
        random = seed.map(SeededRandom.init(seed:)) ?? SeededRandom(text: scenario.id)
    }
}
