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
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return describe(localDate(of: date), in: language) + " " + String(format: "%02d:%02d", c.hour!, c.minute!)
    }
}
