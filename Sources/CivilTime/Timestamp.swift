import Foundation

/// ISO 8601 timestamps that always carry their offset, so a reader months later knows the
/// wall-clock time at the desk without guessing a zone.
public enum Timestamp {
    /// Formats as `2026-12-07T23:59:59+08:00` at a fixed offset (seconds east of UTC; `Z` for 0).
    public static func format(_ date: Date, offset: Int, fractional: Bool = false) -> String {
        let shifted = date.addingTimeInterval(TimeInterval(offset))
        let stored = storage(shifted)
        var text = String(stored.prefix(fractional ? 23 : 19))
        if offset == 0 { return text + "Z" }
        let minutes = abs(offset) / 60
        text += offset < 0 ? "-" : "+"
        text += (minutes / 60 < 10 ? "0" : "") + String(minutes / 60) + ":" + (minutes % 60 < 10 ? "0" : "") + String(minutes % 60)
        return text
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z`, `±HH:MM` or `±HHMM`.
    /// A timestamp without an offset is rejected: its moment would be a guess.
    public static func parse(_ text: String) -> Date? {
        let s = Array(text.utf8)
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= s.count else { return nil }
            var value = 0
            for k in i..<(i + n) {
                guard s[k] >= 48, s[k] <= 57 else { return nil }
                value = value * 10 + Int(s[k] - 48)
            }
            i += n
            return value
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < s.count, s[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), expect(45), let month = digits(2), expect(45), let day = digits(2),
              i < s.count, s[i] == 84 || s[i] == 116 || s[i] == 32
        else { return nil }
        i += 1
        guard let hour = digits(2), expect(58), let minute = digits(2) else { return nil }
        var second = 0
        var fraction = 0.0
        if expect(58) {
            guard let sec = digits(2) else { return nil }
            second = sec
            if expect(46) {
                var numerator = 0.0, denominator = 1.0
                let start = i
                while i < s.count, s[i] >= 48, s[i] <= 57 {
                    if denominator < 1e15 {
                        numerator = numerator * 10 + Double(s[i] - 48)
                        denominator *= 10
                    }
                    i += 1
                }
                guard i > start else { return nil }
                fraction = numerator / denominator
            }
        }
        guard i < s.count else { return nil }
        var offsetSeconds = 0
        if s[i] == 90 || s[i] == 122 {
            i += 1
        } else if s[i] == 43 || s[i] == 45 {
            let sign = s[i] == 45 ? -1 : 1
            i += 1
            guard let oh = digits(2) else { return nil }
            _ = expect(58)
            guard let om = digits(2), oh <= 18, om < 60 else { return nil }
            offsetSeconds = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard i == s.count, (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year),
              hour <= 23, minute <= 59, second <= 60
        else { return nil }
        let days = CivilDate.days(LocalDate(year: year, month: month, day: day))
        let wall = days * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(wall - offsetSeconds) + fraction)
    }
}

extension Timestamp {
    /// UTC to the nearest millisecond, fixed width, as stored: `2026-11-29T00:15:40.123Z`. Sorts as
    /// text in time order, and is computed without a calendar, so storing a line costs nothing
    /// of Foundation's date formatting.
    public static func storage(_ date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let days = millis >= 0 ? millis / 86_400_000 : (millis - 86_399_999) / 86_400_000
        let msOfDay = Int(millis - days * 86_400_000)
        let date = CivilDate.date(Int(days))
        let seconds = msOfDay / 1000
        var text = ""
        text.reserveCapacity(24)
        func digits(_ value: Int, _ width: Int) {
            let s = String(value)
            text += String(repeating: "0", count: max(0, width - s.count)) + s
        }
        digits(date.year, 4); text += "-"; digits(date.month, 2); text += "-"; digits(date.day, 2); text += "T"
        digits(seconds / 3600, 2); text += ":"; digits(seconds / 60 % 60, 2); text += ":"; digits(seconds % 60, 2)
        text += "."; digits(msOfDay % 1000, 3); text += "Z"
        return text
    }
}
