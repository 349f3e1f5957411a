import CivilTime
@testable import ComplaintDomain
import Foundation

// Fixtures shared by the domain tests. Expected instants are built here independently of the
// code under test — Foundation's own ISO 8601 parser with the offset written out, never
// `Timestamp.parse` or `WorkingCalendar` — so a test compares the code against a hand-worked
// answer rather than against itself.

/// An instant from an ISO 8601 string with an explicit offset (`Z`, `+08:00`, `-05:00`).
func iso(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else {
        preconditionFailure("bad ISO 8601 fixture: \(text)")
    }
    return date
}

/// A local date from `YYYY-MM-DD`, by splitting the string (not via `LocalDate(iso:)`).
func day(_ text: String) -> LocalDate {
    let parts = text.split(separator: "-").map { Int($0)! }
    return LocalDate(year: parts[0], month: parts[1], day: parts[2])
}

let hongKong = TimeZone(identifier: "Asia/Hong_Kong")!
let london = TimeZone(identifier: "Europe/London")!
let utc = TimeZone(identifier: "UTC")!

let mondayToFriday: Set<Weekday> = [.mon, .tue, .wed, .thu, .fri]
let nine = ClockTime(hour: 9, minute: 0)
let six = ClockTime(hour: 18, minute: 0)

/// The standard calendar plus Christmas Day 2026 (a Friday) and Boxing Day (a Saturday).
let christmasCalendar = WorkingCalendar(
    timeZone: hongKong, workingDays: mondayToFriday, opens: nine, closes: six,
    holidays: [day("2026-12-25"): "Christmas Day", day("2026-12-26"): "Boxing Day"])

let seventyTwoHours: TimeInterval = 72 * 60 * 60

// Foundation's time zones and the system's zoneinfo files, for tests only: the program itself
// reads zones through Guidance's ZoneInfo and never creates a TimeZone.

extension ZoneRules {
    /// The system's zoneinfo file of that name.
    init?(identifier: String) {
        guard let data = FileManager.default.contents(atPath: "/usr/share/zoneinfo/" + identifier) else { return nil }
        self.init(identifier: identifier, tzif: [UInt8](data))
    }
}

extension WorkingCalendar {
    init(timeZone: TimeZone, workingDays: Set<Weekday>, opens: ClockTime, closes: ClockTime, holidays: [LocalDate: String] = [:]) {
        self.init(zone: ZoneRules(identifier: timeZone.identifier)!, workingDays: workingDays, opens: opens, closes: closes,
                  holidays: holidays)
    }

    var timeZone: TimeZone { TimeZone(identifier: zone.identifier)! }
}

extension Timestamp {
    static func format(_ date: Date, in timeZone: TimeZone, fractional: Bool = false) -> String {
        format(date, offset: timeZone.secondsFromGMT(for: date), fractional: fractional)
    }
}
