/// What an office calls each role. The regulation's own words (總台小姐, 當值安全主管…) stay in
/// its text; people at a Hong Kong desk read the titles they use at work, and an office may set
/// its own in organization.yaml (`role_titles`).
public struct RoleTitles: Sendable, Equatable {
    /// The titles the office set; every other role has its Hong Kong default.
    public private(set) var overrides: [Role: LocalizedText]

    public static let hongKong = RoleTitles()

    public init(overriding overrides: [Role: LocalizedText] = [:]) {
        self.overrides = overrides
    }

    public subscript(role: Role) -> LocalizedText {
        overrides[role] ?? Self.hongKongTitle(role)
    }

    public func title(of role: Role, in language: Language) -> String {
        self[role][language]
    }

    /// Hong Kong property-management usage: 接待處 rather than 總台, 保安 rather than 安全,
    /// 物業主任 for the group lead, 主管 for their superior, 有關部門 for the department concerned.
    private static func hongKongTitle(_ role: Role) -> LocalizedText {
        switch role {
        case .frontDesk: LocalizedText(zhHant: "接待處", zhHans: "接待处", en: "front desk")
        case .propertyDepartment: LocalizedText(zhHant: "物業管理部", zhHans: "物业管理部", en: "property management department")
        case .propertyGroupLead: LocalizedText(zhHant: "物業主任", zhHans: "物业主任", en: "property group lead")
        case .supervisor: LocalizedText(zhHant: "主管", zhHans: "主管", en: "supervisor")
        case .relevantDepartment: LocalizedText(zhHant: "有關部門", zhHans: "有关部门", en: "relevant department")
        case .dutyDepartmentManager: LocalizedText(zhHant: "當值部門經理", zhHans: "当值部门经理", en: "department manager on duty")
        case .generalManager: LocalizedText(zhHant: "總物業經理 / 副總物業經理", zhHans: "总物业经理 / 副总物业经理",
                                            en: "general (or deputy general) property manager")
        case .dutySecuritySupervisor: LocalizedText(zhHant: "當值保安主管", zhHans: "当值保安主管", en: "security supervisor on duty")
        case .dutyManager: LocalizedText(zhHant: "值班經理", zhHans: "值班经理", en: "duty manager")
        case .departmentManager: LocalizedText(zhHant: "部門經理", zhHans: "部门经理", en: "department manager")
        }
    }
}
