import CivilTime
import ComplaintDomain

/// organization.yaml's `duty_rota`: for each duty role a list of weekly shifts, and `overrides`
/// for dated changes. Every shift names someone on the roster who holds its role, and no two
/// shifts of a role put two people on duty at once (overrides are checked against each other;
/// over the weekly shifts they win).
///
///     duty_rota:
///       duty_security_supervisor:
///         - { days: [mon, tue, holiday], from: "20:00", to: "08:00", staff: yip.mk }
///       overrides:
///         - { date: "2026-12-24", role: duty_security_supervisor, from: "20:00", to: "08:00", staff: kwok.ls }
enum DutyRotaFile {
    static func read(_ value: YAMLValue, staff: [StaffMember], calendar: WorkingCalendar) throws(GuidanceError) -> DutyRota {
        let top = try value.mapping()
        try top.allowOnly(Set(Role.onDuty.map(\.rawValue) + ["overrides"]))
        var placed: [(shift: DutyShift, line: Int?)] = []

        func add(_ shift: DutyShift, at item: YAMLValue) throws(GuidanceError) {
            for earlier in placed {
                if let clash = DutyClash.between(earlier.shift, shift, calendar: calendar) {
                    let place = earlier.line.map { "the shift at line \($0)" } ?? "an earlier shift"
                    throw item.error("overlaps \(place) (\(earlier.shift.staffID)): both on duty from \(clash.day) \(clash.time); "
                                     + "one person holds a duty role at a time, so move a boundary (a shift's end is not on duty)")
                }
            }
            placed.append((shift, item.node.mark?.line))
        }

        for role in Role.onDuty {
            guard let list = top.optional(role.rawValue) else { continue }
            for item in try list.list() {
                let map = try item.mapping()
                try map.allowOnly(["days", "from", "to", "staff"])
                let (from, to) = try hours(map)
                let shift = DutyShift(role: role, days: try days(map.require("days")), from: from, to: to,
                                      staffID: try member(map.require("staff"), holding: role, in: staff))
                try add(shift, at: item)
            }
        }

        if let list = top.optional("overrides") {
            for item in try list.list() {
                let map = try item.mapping()
                try map.allowOnly(["date", "role", "from", "to", "staff"])
                let dateValue = try map.require("date")
                let text = try dateValue.string()
                guard let date = LocalDate(iso: text) else { throw dateValue.error("expected a date like 2026-12-24, found \"\(text)\"") }
                let roleValue = try map.require("role")
                let role = try roleValue.choice(Role.self)
                guard role.isOnDuty else {
                    throw roleValue.error("\(role.rawValue) has no duty rota; overrides are for \(Role.onDuty.map(\.rawValue).joined(separator: ", "))")
                }
                let (from, to) = try hours(map)
                let shift = DutyShift(role: role, days: .date(date), from: from, to: to,
                                      staffID: try member(map.require("staff"), holding: role, in: staff))
                try add(shift, at: item)
            }
        }
        return DutyRota(placed.map(\.shift))
    }

    /// `from` and `to`: a shift starts before 24:00, and may end at 24:00.
    private static func hours(_ map: YAMLMapping) throws(GuidanceError) -> (ClockTime, ClockTime) {
        let fromValue = try map.require("from")
        let from = try OrganizationFile.clockTime(fromValue)
        if from.hour == 24 { throw fromValue.error("a shift starts before 24:00; write \"00:00\" for midnight") }
        return (from, try OrganizationFile.clockTime(map.require("to")))
    }

    /// `[mon, …, sun, holiday]`: `holiday` is any public holiday of the calendar, whose weekday
    /// shifts then do not apply.
    private static func days(_ value: YAMLValue) throws(GuidanceError) -> DutyShift.Days {
        var weekdays = Set<Weekday>()
        var holidays = false
        let words = Weekday.allCases.map(\.rawValue) + ["holiday"]
        for item in try value.list() {
            let word = try item.string()
            let fresh: Bool
            if word == "holiday" {
                fresh = !holidays
                holidays = true
            } else if let day = Weekday(rawValue: word) {
                fresh = weekdays.insert(day).inserted
            } else {
                throw item.error("unknown value \"\(word)\"; expected one of: \(words.joined(separator: ", "))")
            }
            if !fresh { throw item.error("\(word) is listed twice") }
        }
        if weekdays.isEmpty && !holidays { throw value.error("give at least one day: \(words.joined(separator: ", "))") }
        return .weekly(weekdays, holidays: holidays)
    }

    /// A staff id on the roster whose roles include `role`.
    private static func member(_ value: YAMLValue, holding role: Role, in staff: [StaffMember]) throws(GuidanceError) -> String {
        let id = try value.string()
        let holders = staff.filter { $0.roles.contains(role) }.map(\.id)
        let who = holders.isEmpty ? "nobody under staff holds \(role.rawValue)"
                                  : "\(role.rawValue) is held by \(holders.joined(separator: ", "))"
        guard let member = staff.first(where: { $0.id == id }) else {
            throw value.error("unknown staff id \"\(id)\"; \(who)")
        }
        guard member.roles.contains(role) else {
            throw value.error("\(id) (\(member.name)) does not hold \(role.rawValue); \(who), or give \(id) the role under staff")
        }
        return id
    }
}
