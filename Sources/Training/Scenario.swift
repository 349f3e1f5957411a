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

        public init(id: String, field: Field, answer: String, askedBy: [String]) {
            self.id = id
            self.field = field
            self.answer = answer
            self.askedBy = askedBy
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

    /// How the caller answers, by which way their mood moved; one variant is picked per reply.
    public struct Reactions: Sendable, Equatable {
        public var calmer: [String]
        public var angrier: [String]
        public var interrupted: [String]

        public init(calmer: [String], angrier: [String], interrupted: [String]) {
            self.calmer = calmer
            self.angrier = angrier
            self.interrupted = interrupted
        }
    }

    /// The right classification; routing, deadline and reply channel follow from it.
    public struct Expectation: Sendable, Equatable {
        public var kind: ComplaintKind
        public var nature: Nature
        public var category: String
        /// Guideline 7 applies: another party must be brought in.
        public var coordinate: Bool

        public init(kind: ComplaintKind, nature: Nature, category: String, coordinate: Bool) {
            self.kind = kind
            self.nature = nature
            self.category = category
            self.coordinate = coordinate
        }
    }

    /// A gift or red packet offered near the end (guideline 11).
    public struct Gift: Sendable, Equatable {
        public var offer: String
        public var afterDecline: String
        public var afterAccept: String

        public init(offer: String, afterDecline: String, afterAccept: String) {
            self.offer = offer
            self.afterDecline = afterDecline
            self.afterAccept = afterAccept
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
    public var gift: Gift?
    /// Each excuse counts twice: this caller grows angrier when given excuses.
    public var excuseSensitive: Bool

    public init(id: String, language: Language, title: String, summary: String, receivedAt: Date, channel: Channel,
                persona: Persona, mood: Mood, opening: [String], facts: [Fact], unknownAnswer: String,
                reactions: Reactions, expect: Expectation, gift: Gift? = nil, excuseSensitive: Bool = false) {
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
        self.gift = gift
        self.excuseSensitive = excuseSensitive
    }
}
