import CivilTime
import Foundation

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
    /// What the office calls each role.
    public var titles: RoleTitles
    /// Who holds each duty role when.
    public var rota: DutyRota

    public init(name: LocalizedText, calendar: WorkingCalendar, rules: HandlingRules = .standard,
                staff: [StaffMember] = [], departments: [Department] = [], categories: [Category] = [],
                buildings: [String] = [], titles: RoleTitles = .hongKong, rota: DutyRota = DutyRota()) {
        self.name = name
        self.calendar = calendar
        self.rules = rules
        self.staff = staff
        self.departments = departments
        self.categories = categories
        self.buildings = buildings
        self.titles = titles
        self.rota = rota
    }

    public var router: Router { Router(calendar: calendar, rules: rules, staff: staff, rota: rota) }

    public func staff(holding role: Role) -> [StaffMember] {
        staff.filter { $0.roles.contains(role) }
    }

    public func member(_ id: String) -> StaffMember? {
        staff.first { $0.id == id }
    }

    /// The role's title as this office words it.
    public func title(of role: Role, in language: Language) -> String {
        titles.title(of: role, in: language)
    }

    /// Who is on duty for `role` at `moment`, or nobody rostered with the role's holders.
    public func onDuty(_ role: Role, at moment: Date) -> OnDuty {
        rota.onDuty(role, at: moment, calendar: calendar, staff: staff)
    }
}
