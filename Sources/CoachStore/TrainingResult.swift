import ComplaintDomain
import Foundation
import Training

/// One finished training call: who, which scenario, the total, and the whole scorecard (as
/// the engine's JSON, which the store keeps without reading).
public struct TrainingResult: Sendable, Equatable {
    public var caseNumber: CaseNumber
    public var staff: String
    public var scenario: String
    public var exam: Bool
    public var finishedAt: Date
    public var total: Int
    public var failed: Bool
    public var moodStart: Mood
    public var moodEnd: Mood
    public var scorecard: Data

    public init(caseNumber: CaseNumber, staff: String, scenario: String, exam: Bool, finishedAt: Date, total: Int,
                failed: Bool, moodStart: Mood, moodEnd: Mood, scorecard: Data) {
        self.caseNumber = caseNumber
        self.staff = staff
        self.scenario = scenario
        self.exam = exam
        self.finishedAt = finishedAt
        self.total = total
        self.failed = failed
        self.moodStart = moodStart
        self.moodEnd = moodEnd
        self.scorecard = scorecard
    }
}
