import Foundation

/// What happened to a case after intake: its routing as decided at receipt, and each step of
/// its handling, reply, follow-up and filing (regulations 5, 7, 8, 9; guideline 8).
public struct CaseLife: Codable, Sendable, Equatable {
    /// Routing at receipt, kept so later steps know who handles it and when it is due.
    public var handler: Role?
    public var needsApproval: Bool
    public var deadline: Date?
    public var receivedInWorkingHours: Bool?
    /// Departments told to act, in order.
    public var departments: [String]
    public var escalated: Bool
    public var proposal: String?
    public var feedback: String?
    public var handledAt: Date?
    public var repliedVia: ReplyChannel?
    public var repliedAt: Date?
    public var replyReason: String?
    /// The follow-up call: satisfaction 1–5 and the caller's words.
    public var satisfaction: Int?
    public var followUpWords: String?
    public var followedUpAt: Date?
    public var filedBy: String?
    public var filedAt: Date?
    /// The staff member who took it was not on the roster: a supervisor should look.
    public var flagged: Bool

    public init(handler: Role? = nil, needsApproval: Bool = false, deadline: Date? = nil, receivedInWorkingHours: Bool? = nil,
                departments: [String] = [], escalated: Bool = false, proposal: String? = nil, feedback: String? = nil,
                handledAt: Date? = nil, repliedVia: ReplyChannel? = nil, repliedAt: Date? = nil, replyReason: String? = nil,
                satisfaction: Int? = nil, followUpWords: String? = nil, followedUpAt: Date? = nil, filedBy: String? = nil,
                filedAt: Date? = nil, flagged: Bool = false) {
        self.handler = handler
        self.needsApproval = needsApproval
        self.deadline = deadline
        self.receivedInWorkingHours = receivedInWorkingHours
        self.departments = departments
        self.escalated = escalated
        self.proposal = proposal
        self.feedback = feedback
        self.handledAt = handledAt
        self.repliedVia = repliedVia
        self.repliedAt = repliedAt
        self.replyReason = replyReason
        self.satisfaction = satisfaction
        self.followUpWords = followUpWords
        self.followedUpAt = followedUpAt
        self.filedBy = filedBy
        self.filedAt = filedAt
        self.flagged = flagged
    }

    /// The routing decision's lasting part, taken when the case is received.
    public init(routing decision: RoutingDecision, flagged: Bool) {
        self.init(handler: decision.handler, needsApproval: decision.approvalBy != nil, deadline: decision.deadline?.due,
                  receivedInWorkingHours: decision.workingHours, flagged: flagged)
    }
}
