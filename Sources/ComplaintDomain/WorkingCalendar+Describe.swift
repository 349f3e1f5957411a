import CivilTime
import Foundation

extension WorkingCalendar {
    /// A day as staff read it: `2026-12-07 (Monday)` / `2026-12-07（週一）`.
    public func describe(_ day: LocalDate, in language: Language) -> String {
        let weekday = weekday(of: day).name(in: language)
        return language == .en ? "\(day) (\(weekday))" : "\(day)（\(weekday)）"
    }

    /// A moment as staff read it, to the minute, in the organisation's zone:
    /// `2026-12-07 (Monday) 20:00`. Exact times stay in the record and in JSON.
    public func describe(_ date: Date, in language: Language) -> String {
        let (_, hour, minute, _) = clock(of: date)
        return describe(localDate(of: date), in: language) + " " + ClockTime(hour: hour, minute: minute).description
    }

    /// The wall-clock reading of a moment in the organisation's zone.
    public func clock(of date: Date) -> (day: LocalDate, hour: Int, minute: Int, second: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + zone.offset(at: date)
        let inDay = ((seconds % 86_400) + 86_400) % 86_400
        return (localDate(of: date), inDay / 3600, inDay / 60 % 60, inDay % 60)
    }

    /// `2026-12-07T23:59:59+08:00`: ISO 8601 with the organisation's offset at that moment.
    public func iso8601(_ date: Date) -> String {
        Timestamp.format(date, offset: zone.offset(at: date))
    }
}
