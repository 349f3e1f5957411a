/// Something a simulated caller does at a moment of the call, once: offers a gift (guideline
/// 11), asks for the manager (guideline 6), or demands compensation (guideline 9). What the
/// trainee says next is heard as an answer to it.
public struct CallerMoment: Sendable, Equatable {
    public enum When: Sendable, Equatable {
        /// Seconds after pick-up.
        case at(Double)
        /// She has finished her opening.
        case afterOpening
        /// The trainee has promised a follow-up.
        case afterPromise
        /// This fact has been revealed.
        case afterFact(String)
    }

    /// A gift or red packet (guideline 11).
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

    /// A demand and how she takes the answer.
    public struct Demand: Sendable, Equatable {
        public var says: String
        public var afterGood: String
        public var afterBad: String

        public init(says: String, afterGood: String, afterBad: String) {
            self.says = says
            self.afterGood = afterGood
            self.afterBad = afterBad
        }
    }

    public enum Kind: Sendable, Equatable {
        case gift(Gift)
        case manager(Demand)
        case compensation(Demand)

        /// The word the transcript and the scenario file use for it.
        public var name: String {
            switch self {
            case .gift: "gift"
            case .manager: "manager"
            case .compensation: "compensation"
            }
        }

        /// What she says when the moment comes.
        public var says: String {
            switch self {
            case .gift(let gift): gift.offer
            case .manager(let demand), .compensation(let demand): demand.says
            }
        }

        /// The acts that answer a demand well: owning it, hearing it, a promise; for
        /// compensation a question (finding out what was damaged) too. Never money.
        public var answeredWell: Set<SpeechAct> {
            switch self {
            case .gift: [.declineGift]
            case .manager: [.ownership, .promise, .acknowledge]
            case .compensation: [.ownership, .acknowledge, .question, .promise, .empathy]
            }
        }

        /// The acts that answer it badly.
        public var answeredBadly: Set<SpeechAct> {
            switch self {
            case .gift: [.acceptGift]
            case .manager, .compensation: [.passTheBuck, .argue, .blame, .excuse]
            }
        }
    }

    public var when: When
    public var kind: Kind

    public init(when: When, kind: Kind) {
        self.when = when
        self.kind = kind
    }
}
