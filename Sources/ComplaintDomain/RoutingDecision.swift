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
    /// Who was on duty at receipt for each duty role among the handler, those told and the
    /// escalation, in that order.
    public var onDuty: [OnDuty]
}

extension RoutingDecision {
    /// Who calls an urgent caller back: the first told, the handler. The urgent promise and the
    /// phrase offered with it name the same role.
    public var callsBack: Role { notify.first ?? handler }

    /// The duty roles the decision names, each once: the handler, those told, the escalation.
    public var dutyRoles: [Role] {
        var seen: Set<Role> = []
        return ([handler] + notify + [escalateTo].compactMap { $0 }).filter { $0.isOnDuty && seen.insert($0).inserted }
    }

    /// Decisions stored before the duty rota have no `onDuty`: they read as naming nobody.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        isComplaint = try c.decode(Bool.self, forKey: .isComplaint)
        nature = try c.decode(Nature.self, forKey: .nature)
        workingHours = try c.decode(Bool.self, forKey: .workingHours)
        handler = try c.decode(Role.self, forKey: .handler)
        notify = try c.decode([Role].self, forKey: .notify)
        approvalBy = try c.decodeIfPresent(Role.self, forKey: .approvalBy)
        escalateTo = try c.decodeIfPresent(Role.self, forKey: .escalateTo)
        deadline = try c.decodeIfPresent(Deadline.self, forKey: .deadline)
        replyVia = try c.decode(ReplyChannel.self, forKey: .replyVia)
        reasons = try c.decode([RoutingReason].self, forKey: .reasons)
        onDuty = try c.decodeIfPresent([OnDuty].self, forKey: .onDuty) ?? []
    }
}
