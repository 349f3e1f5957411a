import CivilTime
import ComplaintDomain
import Foundation

/// guidance/organization.yaml: calendar, decided rules, roster, role titles, duty rota and departments.
enum OrganizationFile {
    /// `zones` finds a time zone's rules by its IANA name.
    static func read(_ root: YAMLValue, zones: (String) -> ZoneRules? = { ZoneInfo.rules($0) }) throws(GuidanceError) -> Organization {
        let top = try root.mapping()
        try top.allowOnly(["name", "time_zone", "working_days", "working_hours", "holidays", "rules", "staff", "role_titles", "duty_rota",
                           "departments", "categories", "buildings"])

        let zoneValue = try top.require("time_zone")
        let zoneName = try zoneValue.string()
        guard let zone = zones(zoneName) else {
            throw zoneValue.error("unknown time zone \"\(zoneName)\"; use an IANA name such as Asia/Hong_Kong")
        }

        let daysValue = try top.require("working_days")
        var days = Set<Weekday>()
        for day in try daysValue.list() {
            let weekday = try day.choice(Weekday.self)
            if !days.insert(weekday).inserted { throw day.error("\(weekday.rawValue) is listed twice") }
        }
        if days.isEmpty { throw daysValue.error("give at least one working day") }

        let hours = try top.require("working_hours").mapping()
        try hours.allowOnly(["start", "end"])
        let opens = try clockTime(hours.require("start"))
        let closesValue = try hours.require("end")
        let closes = try clockTime(closesValue)
        if closes <= opens { throw closesValue.error("the office must close after it opens (\(opens))") }

        var holidays: [LocalDate: String] = [:]
        if let list = top.optional("holidays") {
            for item in try list.list() {
                let map = try item.mapping()
                try map.allowOnly(["date", "name"])
                let dateValue = try map.require("date")
                let text = try dateValue.string()
                guard let date = LocalDate(iso: text) else { throw dateValue.error("expected a date like 2026-12-25, found \"\(text)\"") }
                if holidays[date] != nil { throw dateValue.error("\(date) is listed twice") }
                holidays[date] = try map.require("name").string()
            }
        }

        var rules = HandlingRules.standard
        if let value = top.optional("rules") {
            let map = try value.mapping()
            try map.allowOnly(["ordinary_extra_working_days", "urgent_hours", "duty_manager_report", "urgent_call_back_minutes",
                               "mark_urgent_within_seconds", "call_within_seconds"])
            if let v = map.optional("ordinary_extra_working_days") { rules.ordinaryExtraWorkingDays = try v.int(in: 0...30) }
            if let v = map.optional("urgent_hours") { rules.urgentHours = try v.int(in: 1...720) }
            if let v = map.optional("duty_manager_report") { rules.dutyManagerReport = try v.choice(HandlingRules.DutyManagerReport.self) }
            if let v = map.optional("urgent_call_back_minutes") { rules.urgentCallBackMinutes = try v.int(in: 1...240) }
            if let v = map.optional("mark_urgent_within_seconds") { rules.markUrgentWithinSeconds = try v.int(in: 1...3600) }
            if let v = map.optional("call_within_seconds") { rules.callWithinSeconds = try v.int(in: 1...7200) }
        }

        var staff: [StaffMember] = []
        if let list = top.optional("staff") {
            for item in try list.list() {
                let map = try item.mapping()
                try map.allowOnly(["id", "name", "roles", "contact"])
                let idValue = try map.require("id")
                let id = try idValue.string()
                if staff.contains(where: { $0.id == id }) { throw idValue.error("staff id \"\(id)\" is used twice") }
                if id.contains(where: \.isWhitespace) { throw idValue.error("a staff id has no spaces (it is typed as --staff ID)") }
                var roles: [Role] = []
                for role in try map.require("roles").list() { roles.append(try role.choice(Role.self)) }
                staff.append(StaffMember(id: id, name: try map.require("name").string(), roles: roles,
                                         contact: try map.optional("contact")?.string()))
            }
        }

        var titles: [Role: LocalizedText] = [:]
        if let value = top.optional("role_titles") {
            let map = try value.mapping()
            try map.allowOnly(Set(Role.allCases.map(\.rawValue)))
            for role in Role.allCases {
                if map.optional(role.rawValue) != nil { titles[role] = try map.localized(role.rawValue) }
            }
        }

        let calendar = WorkingCalendar(zone: zone, workingDays: days, opens: opens, closes: closes, holidays: holidays)
        var rota = DutyRota()
        if let value = top.optional("duty_rota") { rota = try DutyRotaFile.read(value, staff: staff, calendar: calendar) }

        var departments: [Department] = []
        if let list = top.optional("departments") {
            for item in try list.list() {
                let map = try item.mapping()
                try map.allowOnly(["id", "name"])
                let idValue = try map.require("id")
                let id = try idValue.string()
                if departments.contains(where: { $0.id == id }) { throw idValue.error("department id \"\(id)\" is used twice") }
                departments.append(Department(id: id, name: try map.localized("name")))
            }
        }

        var categories: [Category] = []
        if let list = top.optional("categories") {
            for item in try list.list() {
                let map = try item.mapping()
                try map.allowOnly(["id", "name", "department"])
                let idValue = try map.require("id")
                let id = try idValue.string()
                if categories.contains(where: { $0.id == id }) { throw idValue.error("category id \"\(id)\" is used twice") }
                var department: String?
                if let value = map.optional("department") {
                    let name = try value.string()
                    if !departments.contains(where: { $0.id == name }) {
                        throw value.error("unknown department \"\(name)\"; expected one of: \(departments.map(\.id).joined(separator: ", "))")
                    }
                    department = name
                }
                categories.append(Category(id: id, name: try map.localized("name"), department: department))
            }
        }

        var buildings: [String] = []
        if let list = top.optional("buildings") {
            for item in try list.list() {
                let name = try item.string()
                if buildings.contains(name) { throw item.error("building \"\(name)\" is listed twice") }
                buildings.append(name)
            }
        }

        return Organization(name: try top.localized("name"), calendar: calendar, rules: rules, staff: staff, departments: departments,
                            categories: categories, buildings: buildings, titles: RoleTitles(overriding: titles),
                            rota: rota)
    }

    static func clockTime(_ value: YAMLValue) throws(GuidanceError) -> ClockTime {
        let text = try value.string()
        guard let time = ClockTime(text: text) else { throw value.error("expected a time like \"09:00\", found \"\(text)\"") }
        return time
    }
}
