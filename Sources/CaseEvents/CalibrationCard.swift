import ComplaintDomain
import Foundation

/// One supervisor's own scores for a call, item by item, given without seeing anyone else's or
/// Coach's: what calibration compares. It is not an event of the case: a card in the transcript
/// would be on show to the next supervisor who reads the call before scoring it.
public struct CalibrationCard: Codable, Sendable, Equatable {
    public struct Mark: Codable, Sendable, Equatable {
        public var item: ScoreItem
        public var result: ScoreResult
        /// Why, in the supervisor's words, when they gave one.
        public var reason: String?

        public init(item: ScoreItem, result: ScoreResult, reason: String? = nil) {
            self.item = item
            self.result = result
            self.reason = reason
        }
    }

    public var caseNumber: CaseNumber
    /// The supervisor's staff id.
    public var reviewer: String
    public var at: Date
    public var marks: [Mark]

    public init(caseNumber: CaseNumber, reviewer: String, at: Date, marks: [Mark]) {
        self.caseNumber = caseNumber
        self.reviewer = reviewer
        self.at = at
        self.marks = marks
    }

    public func result(_ item: ScoreItem) -> ScoreResult? {
        marks.first { $0.item == item }?.result
    }
}
