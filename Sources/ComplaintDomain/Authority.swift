import TextSafety

/// Who may take each action on a case, as the regulation gives it. Taking a complaint is never
/// refused (regulation 4); everything after it belongs to particular roles.
public enum Authority {
    /// The roles that may take `action` on a case whose routing named `handler`.
    public static func roles(for action: CaseAction, handler: Role?) -> [Role] {
        switch action {
        case .receive:
            return Role.allCases
        case .propose:
            return [.propertyGroupLead]
        case .approve:
            return [.supervisor]
        case .dispatch:
            // The handler routing named: the duty department manager (5b) or, after hours, the
            // security supervisor on duty (5c).
            if let handler, handler == .dutyDepartmentManager || handler == .dutySecuritySupervisor { return [handler] }
            return [.dutyDepartmentManager, .dutySecuritySupervisor]
        case .assign:
            return [.propertyGroupLead, .supervisor, .dutyDepartmentManager, .dutySecuritySupervisor]
        case .escalate:
            return [.dutyDepartmentManager, .dutyManager]
        case .recordFeedback:
            return [.relevantDepartment, .propertyGroupLead]
        case .reply:
            return [.propertyGroupLead]
        case .followUp, .followUpMissed:
            return [.propertyGroupLead, .frontDesk]
        case .file:
            return [.propertyGroupLead, .frontDesk]
        }
    }

    /// Who may comment on how a case was handled and override its scores.
    public static let reviewers: [Role] = [.supervisor, .departmentManager, .generalManager]

    /// Nil when `staff` may take `action`; otherwise why not, naming who may.
    public static func check(_ action: CaseAction, by staff: String, in organization: Organization, handler: Role?) -> ActionRefused? {
        if action == .receive { return nil }
        let allowed = roles(for: action, handler: handler)
        var seen = Set<String>()
        let holders = allowed.flatMap { organization.staff(holding: $0) }.filter { seen.insert($0.id).inserted }
        guard let member = organization.member(staff) else {
            return ActionRefused(action: action, staff: staff, onRoster: false, allowed: allowed, holders: holders)
        }
        if member.roles.contains(where: allowed.contains) { return nil }
        return ActionRefused(action: action, staff: staff, onRoster: true, allowed: allowed, holders: holders)
    }
}

/// An action refused to someone, saying who may take it instead.
public struct ActionRefused: Error, Sendable, Equatable {
    public var action: CaseAction
    public var staff: String
    public var onRoster: Bool
    public var allowed: [Role]
    public var holders: [StaffMember]

    public func text(in language: Language) -> String {
        let roles = allowed.map { $0.name(in: language) }.joined(separator: language == .en ? " or " : "或")
        let people = holders.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
        let name = SafeText.line(staff)
        let who = onRoster ? name : language.pick("\(name)（不在名冊上）", "\(name)（不在名册上）", "\(name) (not on the roster)")
        return language.pick(
            "\(who) 不可\(action.name(in: language))：只有\(roles)可以" + (people.isEmpty ? "。" : "——\(people)。"),
            "\(who) 不可\(action.name(in: language))：只有\(roles)可以" + (people.isEmpty ? "。" : "——\(people)。"),
            "\(who) may not \(action.name(in: language)): only the \(roles) may" + (people.isEmpty ? "." : " — \(people)."))
    }
}
