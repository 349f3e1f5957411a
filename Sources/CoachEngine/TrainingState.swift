import ComplaintDomain
import Foundation
import Training

/// A training call: the intake the trainee fills in, and the simulated caller on the line.
public struct TrainingState: Codable, Equatable, Sendable {
    public var intake: IntakeState
    public var caller: CallerState
    public var scenario: String
    /// An exam hides the cues and the phrases to say.
    public var exam: Bool
    /// When the call was picked up, on the clock of whoever drives it (the wall clock at the
    /// terminal, a virtual one in a play); the caller's clock counts from here.
    public var pickedUp: Date

    /// A fresh training call on `record` (its number and staff member), at the scenario's time.
    public init(record: ComplaintRecord, scenario: Scenario, exam: Bool = false, seed: UInt64? = nil, pickedUp: Date) {
        var record = record
        record.receivedAt = scenario.receivedAt
        record.isTraining = true
        intake = IntakeState(record: record)
        caller = CallerState(scenario: scenario, seed: seed)
        self.scenario = scenario.id
        self.exam = exam
        self.pickedUp = pickedUp
    }

    /// Seconds since pick-up at `time`, to the millisecond (a `Date` far from its reference
    /// loses the last digits of 15.4 s); the caller's clock never goes back.
    func seconds(at time: Date) -> Double {
        max(caller.clock, (time.timeIntervalSince(pickedUp) * 1000).rounded() / 1000)
    }
}
