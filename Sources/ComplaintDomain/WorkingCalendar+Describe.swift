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
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return describe(localDate(of: date), in: language) + " " + ClockTime(hour: minutes / 60, minute: minutes % 60).description
    }
}
