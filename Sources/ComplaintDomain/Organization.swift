/// The management office as guidance/organization.yaml describes it.
public struct Organization: Sendable, Equatable {
    public var name: LocalizedText
    public var calendar: WorkingCalendar
    public var rules: HandlingRules
    public var staff: [StaffMember]
    public var departments: [Department]

    public init(name: LocalizedText, calendar: WorkingCalendar, rules: HandlingRules = .standard,
                staff: [StaffMember] = [], departments: [Department] = []) {
        self.name = name
        self.calendar = calendar
        self.rules = rules
        self.staff = staff
        self.departments = departments
    }

    public var router: Router { Router(calendar: calendar, rules: rules) }

    public func staff(holding role: Role) -> [StaffMember] {
        staff.filter { $0.roles.contains(role) }
    }

    public func member(_ id: String) -> StaffMember? {
        staff.first { $0.id == id }
    }
}
