import Foundation

/// Calendar arithmetic on the proleptic Gregorian calendar by day numbers (days since
/// 1970-01-01), without Foundation's Calendar: routing asks "which weekday" and "the next day"
/// far too often for a full calendar each time (H. Hinnant's algorithms).
enum CivilDate {
    static func days(_ date: LocalDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (date.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + date.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func date(_ days: Int) -> LocalDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return LocalDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// 1970-01-01 was a Thursday.
    static func weekday(_ date: LocalDate) -> Weekday {
        let index = ((days(date) % 7) + 7 + 3) % 7
        return Weekday.allCases[index]
    }
}
