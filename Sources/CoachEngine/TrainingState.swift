import ComplaintDomain
import Training

/// A training call: the intake the trainee fills in, and the simulated caller on the line.
public struct TrainingState: Codable, Equatable, Sendable {
    public var intake: IntakeState
    public var caller: CallerState
    public var scenario: String
    /// An exam hides the cues and the phrases to say.
    public var exam: Bool

    /// A fresh training call on `record` (its number and staff member), at the scenario's time.
    public init(record: ComplaintRecord, scenario: Scenario, exam: Bool = false, seed: UInt64? = nil) {
        var record = record
        record.receivedAt = scenario.receivedAt
        record.isTraining = true
        intake = IntakeState(record: record)
        caller = CallerState(scenario: scenario, seed: seed)
        self.scenario = scenario.id
        self.exam = exam
    }
}
