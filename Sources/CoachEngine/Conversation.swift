import ComplaintDomain
import Foundation

/// A conversation the terminal loop can run: a live intake or a training call. Each is a pure
/// state machine; the loop performs its effects.
public protocol Conversation: Sendable {
    associatedtype State: Equatable & Sendable

    func handle(_ event: IntakeEvent, _ state: inout State) -> [IntakeEffect]
    /// The same, at `time`: a conversation with a clock (a simulated caller) needs it.
    func handle(_ event: IntakeEvent, at time: Date, _ state: inout State) -> [IntakeEffect]
    /// Whether time passing with nothing typed can change what is on screen (`IntakeEvent.tick`).
    var ticks: Bool { get }
    func record(_ state: State) -> ComplaintRecord
    func outcome(_ state: State) -> IntakeOutcome?
    /// The question being asked, for the transcript's step column.
    func question(_ state: State) -> IntakeQuestion
    /// What a draft keeps to continue from (the record is kept in its case row).
    func draft(_ state: State) -> Data
    /// Whether two states keep the same draft, told without encoding either: most typed lines
    /// change only the record, and encoding the draft to compare it cost ~0.1M instructions a
    /// line. False when it cannot be told so, and the drafts are then compared as encoded.
    func keepsSameDraft(_ a: State, _ b: State) -> Bool
}

extension Conversation {
    public func keepsSameDraft(_ a: State, _ b: State) -> Bool { false }
}

extension Conversation {
    public func handle(_ event: IntakeEvent, at time: Date, _ state: inout State) -> [IntakeEffect] {
        handle(event, &state)
    }

    public var ticks: Bool { false }
}

extension IntakeEngine: Conversation {
    public func record(_ state: IntakeState) -> ComplaintRecord { state.record }
    public func outcome(_ state: IntakeState) -> IntakeOutcome? { state.outcome }
    public func question(_ state: IntakeState) -> IntakeQuestion { state.question }
    public func draft(_ state: IntakeState) -> Data {
        (try? JSONEncoder().encode(state.progress)) ?? Data("{}".utf8)
    }

    public func keepsSameDraft(_ a: IntakeState, _ b: IntakeState) -> Bool { a.progress == b.progress }
}
