import CivilTime
import Foundation

/// Who holds each duty role when (regulation 5b and 5c name "the one on duty"): weekly shifts
/// by day and time, and dated overrides that win over them for their hours. Guidance has
/// checked that each shift's staff hold its role and that no two shifts of a role overlap, so
/// at most one weekly shift and one override cover a moment.
public struct DutyRota: Sendable, Equatable {
    public var shifts: [DutyShift]

    public init(_ shifts: [DutyShift] = []) {
        self.shifts = shifts
    }

    /// The staff id rostered for `role` at `moment`, nil when nobody is.
    public func staffID(for role: Role, at moment: Date, calendar: WorkingCalendar) -> String? {
        let today = calendar.localDate(of: moment)
        // A shift started yesterday may still run: midnight minus a second is yesterday, whatever the zone does.
        let yesterday = calendar.localDate(of: calendar.moment(today, ClockTime(hour: 0, minute: 0)).addingTimeInterval(-1))
        let covering = shifts.filter { shift in
            shift.role == role && [yesterday, today].contains { day in
                shift.starts(on: day, calendar: calendar) && shift.span(startingOn: day, calendar: calendar).contains(moment)
            }
        }
        return (covering.first(where: \.isOverride) ?? covering.first)?.staffID
    }

    /// Who is on duty for `role` at `moment` among `staff`, with everyone holding the role.
    public func onDuty(_ role: Role, at moment: Date, calendar: WorkingCalendar, staff: [StaffMember]) -> OnDuty {
        let id = staffID(for: role, at: moment, calendar: calendar)
        return OnDuty(role: role, staff: id.flatMap { id in staff.first { $0.id == id } },
                      holders: staff.filter { $0.roles.contains(role) })
    }
}
