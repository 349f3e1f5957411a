import Foundation

/// When the management office is at work (regulations 5c and 6): working days, opening hours,
/// public holidays, all in the organisation's time zone. Opening is inclusive, closing is not:
/// 09:00:00 is working time, 18:00:00 is not.
public struct WorkingCalendar: Sendable, Equatable {
    /// The organisation's time zone, as its zoneinfo rules.
    public var zone: ZoneRules
    public var workingDays: Set<Weekday>
    public var opens: ClockTime
    public var closes: ClockTime
    /// Public holidays and their names.
    public var holidays: [LocalDate: String]

    public init(zone: ZoneRules, workingDays: Set<Weekday>, opens: ClockTime, closes: ClockTime,
                holidays: [LocalDate: String] = [:]) {
        self.zone = zone
        self.workingDays = workingDays
        self.opens = opens
        self.closes = closes
        self.holidays = holidays
    }

    /// The default DOMAIN.md decides: Monday to Friday, 09:00–18:00, Hong Kong time (UTC+8,
    /// without daylight saving since 1979), no holidays.
    public static let standard = WorkingCalendar(
        zone: ZoneRules(fixed: 8 * 3600, identifier: "Asia/Hong_Kong"),
        workingDays: [.mon, .tue, .wed, .thu, .fri],
        opens: ClockTime(hour: 9, minute: 0),
        closes: ClockTime(hour: 18, minute: 0))

    /// Why a moment is outside working hours, so a reason can say it plainly.
    public enum OffHours: Codable, Sendable, Equatable {
        case holiday(LocalDate, String)
        case restDay(Weekday)
        case beforeOpening
        case afterClosing
    }

    public func localDate(of date: Date) -> LocalDate {
        let seconds = Int((date.timeIntervalSince1970).rounded(.down)) + zone.offset(at: date)
        return CivilDate.date(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    public func weekday(of day: LocalDate) -> Weekday {
        CivilDate.weekday(day)
    }

    public func isWorkingDay(_ day: LocalDate) -> Bool {
        workingDays.contains(weekday(of: day)) && holidays[day] == nil
    }

    /// The instant a wall-clock time happens on a day; 24:00 is the next day's midnight. The
    /// zone's offset is taken at that moment (twice, to settle across a change of offset).
    public func moment(_ day: LocalDate, _ time: ClockTime) -> Date {
        let wall = Double(CivilDate.days(day) * 86_400 + time.minutesSinceMidnight * 60)
        let guess = Date(timeIntervalSince1970: wall - Double(zone.offset(at: Date(timeIntervalSince1970: wall))))
        return Date(timeIntervalSince1970: wall - Double(zone.offset(at: guess)))
    }

    /// 23:59:59 on a day, the moment DOMAIN.md's "same day" deadlines fall due.
    public func endOfDay(_ day: LocalDate) -> Date {
        moment(next(day), ClockTime(hour: 0, minute: 0)).addingTimeInterval(-1)
    }

    public func next(_ day: LocalDate) -> LocalDate {
        CivilDate.date(CivilDate.days(day) + 1)
    }

    public func isWorkingTime(_ date: Date) -> Bool {
        offHours(date) == nil
    }

    /// Nil inside working hours; otherwise the first reason the office is closed.
    public func offHours(_ date: Date) -> OffHours? {
        let day = localDate(of: date)
        if let name = holidays[day] { return .holiday(day, name) }
        let weekday = weekday(of: day)
        if !workingDays.contains(weekday) { return .restDay(weekday) }
        if date < moment(day, opens) { return .beforeOpening }
        if date >= moment(day, closes) { return .afterClosing }
        return nil
    }

    /// The first working day at or after `day`. Guidance guarantees at least one working day a
    /// week, so the search ends; the bound only guards against a year of holidays.
    public func workingDay(atOrAfter day: LocalDate) -> LocalDate {
        var candidate = day
        for _ in 0..<800 where !isWorkingDay(candidate) {
            candidate = next(candidate)
        }
        return candidate
    }

    /// The first instant at or after `date` that is inside working hours.
    public func firstWorkingMoment(atOrAfter date: Date) -> Date {
        let day = localDate(of: date)
        if isWorkingDay(day) {
            if date < moment(day, opens) { return moment(day, opens) }
            if date < moment(day, closes) { return date }
        }
        return moment(workingDay(atOrAfter: next(day)), opens)
    }
}
