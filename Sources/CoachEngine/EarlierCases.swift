import ComplaintDomain
import Foundation

/// A unit's or a phone number's cases of the last twelve months, newest first: a third
/// complaint about the same thing is a different call from a first.
public struct EarlierCases: Equatable, Sendable {
    public struct Case: Equatable, Sendable {
        public var number: CaseNumber
        public var receivedAt: Date
        public var stage: Stage
        public var category: String?
        /// The first line of its account: what it was about.
        public var about: String

        public init(number: CaseNumber, receivedAt: Date, stage: Stage, category: String?, about: String) {
            self.number = number
            self.receivedAt = receivedAt
            self.stage = stage
            self.category = category
            self.about = about
        }
    }

    /// What was looked up, as shown: the unit or the number.
    public var lookedUp: String
    public var cases: [Case]

    public init(lookedUp: String, cases: [Case]) {
        self.lookedUp = lookedUp
        self.cases = cases
    }
}
