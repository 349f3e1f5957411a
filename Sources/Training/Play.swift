/// A scripted training call, for scenario authors and tests: timed actions played against a
/// scenario through the same engine as a trainee at the terminal, on a virtual clock.
public struct Play: Sendable, Equatable {
    public struct Action: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// Said to the caller (`>` at the terminal).
            case say(String)
            /// A line of the account, typed, not said.
            case note(String)
            /// Fields set as with `:FIELD VALUE`, in the order given.
            case set([(field: String, value: String)])
            /// Typed at whatever prompt is open.
            case answer(String)
            /// The call ends where it stands.
            case end

            public static func == (a: Kind, b: Kind) -> Bool {
                switch (a, b) {
                case (.say(let x), .say(let y)), (.note(let x), .note(let y)), (.answer(let x), .answer(let y)): x == y
                case (.set(let x), .set(let y)): x.map(\.field) == y.map(\.field) && x.map(\.value) == y.map(\.value)
                case (.end, .end): true
                default: false
                }
            }
        }

        /// Seconds after pick-up.
        public var at: Double
        public var kind: Kind
        /// Where the action is written (`file:line:column`), for messages about it.
        public var place: String

        public init(at: Double, kind: Kind, place: String = "") {
            self.at = at
            self.kind = kind
            self.place = place
        }
    }

    /// Where the caller's mood must end against where it started.
    public enum MoodGoal: String, CaseIterable, Sendable {
        case calmer, angrier, same
        case notAngrier = "not_angrier"

        /// Whether a call from `start` to `end` meets it; a caller who started calm and stayed
        /// calm counts as calmer, since she could not be calmer.
        public func holds(from start: Mood, to end: Mood) -> Bool {
            switch self {
            case .calmer: end < start || (start == .calm && end == .calm)
            case .angrier: end > start
            case .same: end == start
            case .notAngrier: end <= start
            }
        }
    }

    public var name: String
    public var actions: [Action]
    /// The total it must get, inclusive (only for plays carried in a scenario file).
    public var score: ClosedRange<Int>?
    public var mood: MoodGoal?
    public var place: String

    public init(name: String, actions: [Action], score: ClosedRange<Int>? = nil, mood: MoodGoal? = nil, place: String = "") {
        self.name = name
        self.actions = actions
        self.score = score
        self.mood = mood
        self.place = place
    }
}
