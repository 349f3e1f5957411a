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

    public func name(in language: Language) -> String {
        let names: (String, String, String) = switch self {
        case .frontDesk: ("總台", "总台", "front desk")
        case .propertyDepartment: ("物業管理部", "物业管理部", "property management department")
        case .propertyGroupLead: ("物業部所屬小組負責人", "物业部所属小组负责人", "property group lead")
        case .supervisor: ("上司", "上司", "supervisor")
        case .relevantDepartment: ("相應部門", "相应部门", "relevant department")
        case .dutyDepartmentManager: ("當值部門經理", "当值部门经理", "department manager on duty")
        case .generalManager: ("總物業經理 / 副總物業經理", "总物业经理 / 副总物业经理", "general (or deputy general) property manager")
        case .dutySecuritySupervisor: ("當值安全主管", "当值安全主管", "security supervisor on duty")
        case .dutyManager: ("值班經理", "值班经理", "duty manager")
        case .departmentManager: ("部門經理", "部门经理", "department manager")
        }
        return language.pick(names.0, names.1, names.2)
    }
}
