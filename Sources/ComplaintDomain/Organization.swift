import CivilTime

/// The management office as guidance/organization.yaml describes it.
public struct Organization: Sendable, Equatable {
    public var name: LocalizedText
    public var calendar: WorkingCalendar
    public var rules: HandlingRules
    public var staff: [StaffMember]
    public var departments: [Department]
    public var categories: [Category]
    /// The buildings the office manages, as staff name them (offered as completions).
    public var buildings: [String]

    public init(name: LocalizedText, calendar: WorkingCalendar, rules: HandlingRules = .standard,
                staff: [StaffMember] = [], departments: [Department] = [], categories: [Category] = [],
                buildings: [String] = []) {
        self.name = name
        self.calendar = calendar
        self.rules = rules
        self.staff = staff
        self.departments = departments
        self.categories = categories
        self.buildings = buildings
    }

    public var router: Router { Router(calendar: calendar, rules: rules) }

    public func staff(holding role: Role) -> [StaffMember] {
        staff.filter { $0.roles.contains(role) }
    }

    public func member(_ id: String) -> StaffMember? {
        staff.first { $0.id == id }
    }
}
