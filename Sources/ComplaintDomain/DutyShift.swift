import CivilTime
import Foundation

/// One stretch of a duty role held by one person, from a clock time to a clock time in the
/// organisation's time zone. Its start is on duty, its end is not. A shift whose end is not
/// after its start runs past midnight and belongs to the day it starts (20:00–08:00 on Monday
/// ends on Tuesday morning); equal start and end make a whole day.
public struct DutyShift: Sendable, Equatable {
    /// The days a shift starts on.
    public enum Days: Sendable, Equatable {
        /// Every week on these days. A public holiday is a day of its own: on one, only the shifts
        /// marked `holidays` start, whatever its weekday.
        case weekly(Set<Weekday>, holidays: Bool)
        /// One date: an override, which wins over the weekly shifts for its hours.
        case date(LocalDate)
    }

    public var role: Role
    public var days: Days
    public var from: ClockTime
    public var to: ClockTime
    public var staffID: String

    public init(role: Role, days: Days, from: ClockTime, to: ClockTime, staffID: String) {
        self.role = role
        self.days = days
        self.from = from
        self.to = to
        self.staffID = staffID
    }

    public var isOverride: Bool {
        if case .date = days { true } else { false }
    }

    /// How long it lasts, 1 to 1,440 minutes.
    public var minutes: Int {
        let length = to.minutesSinceMidnight - from.minutesSinceMidnight
        return length > 0 ? length : length + 1440
    }

    public func starts(on day: LocalDate, calendar: WorkingCalendar) -> Bool {
        switch days {
        case .date(let date):
            date == day
        case .weekly(let weekdays, let holidays):
            calendar.holidays[day] != nil ? holidays : weekdays.contains(calendar.weekday(of: day))
        }
    }

    /// The instants it covers when it starts on `day`.
    public func span(startingOn day: LocalDate, calendar: WorkingCalendar) -> Range<Date> {
        let endDay = to > from ? day : calendar.next(day)
        return calendar.moment(day, from)..<calendar.moment(endDay, to)
    }
}
