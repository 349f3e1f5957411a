import Foundation

/// A case as a whole: the record from intake and its life since.
public struct CaseFile: Sendable, Equatable {
    public var record: ComplaintRecord
    public var life: CaseLife

    public init(record: ComplaintRecord, life: CaseLife) {
        self.record = record
        self.life = life
    }

    public var progress: CaseProgress {
        CaseProgress(stage: record.stage, kind: record.kind, nature: record.nature ?? .ordinary,
                     needsApproval: life.needsApproval, escalated: life.escalated,
                     callerUnreachable: life.followUpAttempts.callerUnreachable)
    }

    /// Handled means the department's result is in (regulation 6 counts time to that).
    public var isHandled: Bool {
        [.handled, .replied, .followedUp, .archived].contains(record.stage)
    }

    /// Past its deadline and not yet handled.
    public func isOverdue(at now: Date) -> Bool {
        guard let deadline = life.deadline, record.stage != .draft else { return false }
        if let handled = life.handledAt { return handled > deadline }
        return !isHandled && now > deadline
    }
}
