/// Who handles a complaint, who hears of it at once, whose approval it needs, where it
/// escalates, when it is due, how it is answered — and why, line by line.
public struct RoutingDecision: Codable, Sendable, Equatable {
    public var isComplaint: Bool
    public var nature: Nature
    public var workingHours: Bool
    public var handler: Role
    /// Roles told at once, the handler first.
    public var notify: [Role]
    public var approvalBy: Role?
    public var escalateTo: Role?
    /// Nil for a suggestion: regulation 6 sets deadlines for complaints only.
    public var deadline: Deadline?
    public var replyVia: ReplyChannel
    public var reasons: [RoutingReason]
}
