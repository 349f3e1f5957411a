import ComplaintDomain
import Foundation

/// A mock complaint from guidance/scenarios/: who calls, what they say, what the trainee must
/// draw out, and what a right handling records. Written by trainers.
public struct Scenario: Sendable, Equatable {
    /// A fact the caller holds back until asked the right kind of question.
    public struct Fact: Sendable, Equatable {
        /// Where a fact belongs in the record.
        public enum Field: String, CaseIterable, Sendable {
            case location, since, wants
            case realCause = "real_cause"
            case coordinateWith = "coordinate_with"
        }

        public var id: String
        public var field: Field
        public var answer: String
        /// Words in a question that reveal it.
        public var askedBy: [String]
        /// Words any one of which in the record's field shows the fact was written down; empty in
        /// a version-1 file, where only the answer's own words can show it.
        public var inRecord: [String]

        public init(id: String, field: Field, answer: String, askedBy: [String], inRecord: [String] = []) {
            self.id = id
            self.field = field
            self.answer = answer
            self.askedBy = askedBy
            self.inRecord = inRecord
        }
    }

    public struct Persona: Sendable, Equatable {
        public var name: String
        public var standing: Standing
        public var building: String
        public var unit: String
        public var contact: String
        /// For trainers only.
        public var manner: String?

        public init(name: String, standing: Standing, building: String, unit: String, contact: String, manner: String? = nil) {
            self.name = name
            self.standing = standing
            self.building = building
            self.unit = unit
            self.contact = contact
            self.manner = manner
        }
    }

    /// How the caller answers, by which way their mood moved; one variant is picked per reply,
    /// never the one she said last.
    public struct Reactions: Sendable, Equatable {
        public var calmer: [String]
        public var angrier: [String]
        public var interrupted: [String]
        /// When the trainee says the same kind of thing again.
        public var repeated: [String]
        /// When what is said does not fit (a gift declined that nobody offered).
        public var puzzled: [String]

        public init(calmer: [String], angrier: [String], interrupted: [String], repeated: [String] = [], puzzled: [String] = []) {
            self.calmer = calmer
            self.angrier = angrier
            self.interrupted = interrupted
            self.repeated = repeated
            self.puzzled = puzzled
        }
    }

    /// The right classification; routing, deadline and reply channel follow from it.
    public struct Expectation: Sendable, Equatable {
        public var kind: ComplaintKind
        public var nature: Nature
        public var category: String
        /// Guideline 7 applies: another party must be brought in.
        public var coordinate: Bool
        /// Words any one of which the recorded real cause must hold (guideline 3); empty when
        /// the scenario names none.
        public var cause: [String]
        /// Words any one of which the recorded "coordinate with" must hold (guideline 7).
        public var coordinateWith: [String]

        public init(kind: ComplaintKind, nature: Nature, category: String, coordinate: Bool,
                    cause: [String] = [], coordinateWith: [String] = []) {
            self.kind = kind
            self.nature = nature
            self.category = category
            self.coordinate = coordinate
            self.cause = cause
            self.coordinateWith = coordinateWith
        }
    }


    public var id: String
    public var language: Language
    public var title: String
    public var summary: String
    public var receivedAt: Date
    public var channel: Channel
    public var persona: Persona
    public var mood: Mood
    /// What they say first, segment by segment, as speech comes.
    public var opening: [String]
    public var facts: [Fact]
    public var unknownAnswer: String
    public var reactions: Reactions
    public var expect: Expectation
    /// A gift offered, a manager asked for, compensation demanded, each at its moment.
    public var moments: [CallerMoment]
    /// Each excuse counts twice: this caller grows angrier when given excuses.
    public var excuseSensitive: Bool
    public var pace: CallerPace
    /// Display names of the four moods, calmest first, when the scenario names its own.
    public var moodScale: [String]?
    /// Scripted calls with the score each must get, checked by `coach guidance`.
    public var plays: [Play]

    public init(id: String, language: Language, title: String, summary: String, receivedAt: Date, channel: Channel,
                persona: Persona, mood: Mood, opening: [String], facts: [Fact], unknownAnswer: String,
                reactions: Reactions, expect: Expectation, moments: [CallerMoment] = [], excuseSensitive: Bool = false,
                pace: CallerPace? = nil, moodScale: [String]? = nil, plays: [Play] = []) {
        self.id = id
        self.language = language
        self.title = title
        self.summary = summary
        self.receivedAt = receivedAt
        self.channel = channel
        self.persona = persona
        self.mood = mood
        self.opening = opening
        self.facts = facts
        self.unknownAnswer = unknownAnswer
        self.reactions = reactions
        self.expect = expect
        self.moments = moments
        self.excuseSensitive = excuseSensitive
        self.pace = pace ?? CallerPace(language: language)
        self.moodScale = moodScale
        self.plays = plays
    }

    /// The name a mood goes by in this scenario: its own scale, or the standard words.
    public func moodName(_ mood: Mood) -> String {
        moodScale?[mood.level] ?? mood.rawValue
    }
}
