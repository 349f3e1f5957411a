import Foundation

/// The facts about a case that decide which actions are legal now.
public struct CaseProgress: Sendable, Equatable {
    public var stage: Stage
    public var kind: ComplaintKind
    public var nature: Nature
    /// Whether routing asked for a supervisor's approval (ordinary, inside working hours).
    public var needsApproval: Bool
    public var escalated: Bool
    /// Two follow-up calls on different days did not reach the caller: a complaint may be filed
    /// without the follow-up (the regulation asks for satisfaction only "where needed").
    public var callerUnreachable: Bool

    public init(stage: Stage, kind: ComplaintKind, nature: Nature, needsApproval: Bool, escalated: Bool = false,
                callerUnreachable: Bool = false) {
        self.stage = stage
        self.kind = kind
        self.nature = nature
        self.needsApproval = needsApproval
        self.escalated = escalated
        self.callerUnreachable = callerUnreachable
    }

    /// The stage `action` leads to, or nil when it is not allowed now.
    public func target(of action: CaseAction) -> Stage? {
        switch (action, stage) {
        case (.receive, .draft):
            return .received
        case (.propose, .received) where kind == .complaint && needsApproval:
            return .awaitingApproval
        case (.approve, .awaitingApproval):
            return .inHandling
        case (.dispatch, .received) where kind == .complaint && !needsApproval:
            return .inHandling
        case (.assign, .inHandling):
            return .inHandling
        case (.escalate, .inHandling) where nature == .urgent && !escalated:
            return .inHandling
        case (.recordFeedback, .inHandling):
            return .handled
        case (.reply, .handled):
            return .replied
        case (.reply, .received) where kind == .suggestion:
            return .replied
        case (.followUp, .replied) where kind == .complaint:
            return .followedUp
        case (.followUpMissed, .replied) where kind == .complaint:
            return .replied
        case (.file, .followedUp):
            return .archived
        case (.file, .replied):
            return kind == .suggestion || callerUnreachable ? .archived : nil
        case (.file, .received):
            return kind == .suggestion ? .archived : nil
        default:
            return nil
        }
    }

    public var allowedActions: [CaseAction] {
        CaseAction.allCases.filter { target(of: $0) != nil }
    }

    /// Applies `action`, returning the transition as a value to keep in the case's history.
    public mutating func apply(_ action: CaseAction, by staff: String, at date: Date, note: String? = nil)
        throws(IllegalTransition) -> StageTransition {
        guard let next = target(of: action) else {
            throw IllegalTransition(action: action, stage: stage, kind: kind, nature: nature, allowed: allowedActions)
        }
        let transition = StageTransition(action: action, from: stage, to: next, by: staff, at: date, note: note)
        if action == .escalate { escalated = true }
        stage = next
        return transition
    }
}
