import ComplaintDomain
import Training

/// Where the simulated complainant stands: her mood and how it got there, what she is saying
/// and will say next on the call's clock, what she has revealed, and what became of each moment.
public struct CallerState: Codable, Equatable, Sendable {
    public enum GiftOutcome: String, Codable, Sendable {
        case declined, accepted
    }

    /// One thing she says: a part of her opening, or a reply. `start`/`end` are set when she
    /// begins it; `event` is what saying it means (a gift offered, a demand made).
    public struct Utterance: Codable, Equatable, Sendable {
        public var text: String
        /// The opening segment it is (0-based), or nil for a reply.
        public var segment: Int?
        /// Not before this time (a timed moment, or the line it answers).
        public var readyAt: Double
        public var start: Double?
        public var end: Double?
        public var moment: Int?
    }

    public var mood: Mood
    public var startMood: Mood
    /// The angriest she got.
    public var peak: Mood
    /// Temper in steps from where she started: an insult or an interruption +3, a repeat or a
    /// line that does not fit +1, each line that eases her −1; her mood moves one level per two
    /// steps, so one kind word does not undo an insult.
    public var heat: Int
    /// Opening segments she has finished.
    public var spoken: Int
    /// Facts revealed, in order.
    public var revealed: [String]
    /// Calming acts already heard: said again, they only repeat.
    public var heard: [String]
    public var giftOffered: Bool
    public var gift: GiftOutcome?
    public var random: SeededRandom

    /// Seconds since pick-up of the latest thing that happened.
    public var clock: Double
    public var talking: Utterance?
    public var queue: [Utterance]
    /// When she last stopped talking.
    public var silentSince: Double
    /// When the trainee last said something.
    public var lastSpoken: Double
    /// Her last reply, never said twice running.
    public var lastReply: String?
    /// Moments (by index in the scenario) that have come.
    public var momentsDone: [Int]
    /// Demands (manager, compensation) she made that have had no answer yet.
    public var pendingDemands: [String]
    /// Times she asked whether anyone was on the line.
    public var nudges: Int

    public init(scenario: Scenario, seed: UInt64? = nil) {
        mood = scenario.mood
        startMood = scenario.mood
        peak = scenario.mood
        heat = 0
        spoken = 0
        revealed = []
        heard = []
        giftOffered = false
        gift = nil
        random = seed.map(SeededRandom.init(seed:)) ?? SeededRandom(text: scenario.id)
        clock = 0
        talking = nil
        queue = scenario.opening.enumerated().map { index, text in
            Utterance(text: text, segment: index, readyAt: index == 0 ? scenario.pace.startsAfter : 0)
        }
        silentSince = 0
        lastSpoken = 0
        lastReply = nil
        momentsDone = []
        pendingDemands = []
        nudges = 0
    }

    /// Whether her whole opening has been said.
    public var openingDone: Bool {
        talking?.segment == nil && !queue.contains { $0.segment != nil }
    }
}
