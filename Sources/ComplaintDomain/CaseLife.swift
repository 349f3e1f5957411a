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
    /// The follow-up call that reached the caller: satisfaction 1–5 where it was asked, and the
    /// caller's words.
    public var satisfaction: Int?
    public var followUpWords: String?
    public var followedUpAt: Date?
    /// Every follow-up call, reached or not, in order.
    public var followUpAttempts: [FollowUpAttempt]
    public var filedBy: String?
    public var filedAt: Date?
    /// Filed without a follow-up: two calls on different days did not reach the caller.
    public var notReachable: Bool
    /// The staff member who took it was not on the roster: a supervisor should look.
    public var flagged: Bool

    public init(handler: Role? = nil, needsApproval: Bool = false, deadline: Date? = nil, receivedInWorkingHours: Bool? = nil,
                departments: [String] = [], escalated: Bool = false, proposal: String? = nil, feedback: String? = nil,
                handledAt: Date? = nil, repliedVia: ReplyChannel? = nil, repliedAt: Date? = nil, replyReason: String? = nil,
                satisfaction: Int? = nil, followUpWords: String? = nil, followedUpAt: Date? = nil,
                followUpAttempts: [FollowUpAttempt] = [], filedBy: String? = nil, filedAt: Date? = nil, notReachable: Bool = false,
                flagged: Bool = false) {
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
        self.followUpAttempts = followUpAttempts
        self.filedBy = filedBy
        self.filedAt = filedAt
        self.notReachable = notReachable
        self.flagged = flagged
    }

    /// The routing decision's lasting part, taken when the case is received.
    public init(routing decision: RoutingDecision, flagged: Bool) {
        self.init(handler: decision.handler, needsApproval: decision.approvalBy != nil, deadline: decision.deadline?.due,
                  receivedInWorkingHours: decision.workingHours, flagged: flagged)
    }
}

extension CaseLife {
    /// A life written before follow-up attempts were kept has neither key: no attempts, not
    /// filed as not reachable. (Migration v9 fills in the attempts its events record.)
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(handler: try c.decodeIfPresent(Role.self, forKey: .handler),
                  needsApproval: try c.decode(Bool.self, forKey: .needsApproval),
                  deadline: try c.decodeIfPresent(Date.self, forKey: .deadline),
                  receivedInWorkingHours: try c.decodeIfPresent(Bool.self, forKey: .receivedInWorkingHours),
                  departments: try c.decode([String].self, forKey: .departments),
                  escalated: try c.decode(Bool.self, forKey: .escalated),
                  proposal: try c.decodeIfPresent(String.self, forKey: .proposal),
                  feedback: try c.decodeIfPresent(String.self, forKey: .feedback),
                  handledAt: try c.decodeIfPresent(Date.self, forKey: .handledAt),
                  repliedVia: try c.decodeIfPresent(ReplyChannel.self, forKey: .repliedVia),
                  repliedAt: try c.decodeIfPresent(Date.self, forKey: .repliedAt),
                  replyReason: try c.decodeIfPresent(String.self, forKey: .replyReason),
                  satisfaction: try c.decodeIfPresent(Int.self, forKey: .satisfaction),
                  followUpWords: try c.decodeIfPresent(String.self, forKey: .followUpWords),
                  followedUpAt: try c.decodeIfPresent(Date.self, forKey: .followedUpAt),
                  followUpAttempts: try c.decodeIfPresent([FollowUpAttempt].self, forKey: .followUpAttempts) ?? [],
                  filedBy: try c.decodeIfPresent(String.self, forKey: .filedBy),
                  filedAt: try c.decodeIfPresent(Date.self, forKey: .filedAt),
                  notReachable: try c.decodeIfPresent(Bool.self, forKey: .notReachable) ?? false,
                  flagged: try c.decode(Bool.self, forKey: .flagged))
    }
}
