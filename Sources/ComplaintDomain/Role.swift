/// The parts people play in the regulation; identifiers are the glossary's (DOMAIN.md).
public enum Role: String, CaseIterable, Codable, Sendable {
    case frontDesk = "front_desk"
    case propertyDepartment = "property_department"
    case propertyGroupLead = "property_group_lead"
    case supervisor
    case relevantDepartment = "relevant_department"
    case dutyDepartmentManager = "duty_department_manager"
    case generalManager = "general_manager"
    case dutySecuritySupervisor = "duty_security_supervisor"
    case dutyManager = "duty_manager"
    case departmentManager = "department_manager"

    /// The roles the regulation gives to whoever is on duty (當值): one person at a time, by the
    /// organisation's duty rota.
    public static let onDuty: [Role] = [.dutyDepartmentManager, .dutySecuritySupervisor, .dutyManager]

    public var isOnDuty: Bool { Role.onDuty.contains(self) }

    /// The Hong Kong default title. Where an organisation is at hand, `Organization.title(of:in:)`
    /// gives the one its guidance sets.
    public func name(in language: Language) -> String {
        RoleTitles.hongKong.title(of: self, in: language)
    }
}
