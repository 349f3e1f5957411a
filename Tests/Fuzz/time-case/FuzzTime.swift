import CivilTime
import ComplaintDomain
import Foundation

/// Timestamp, day, clock-time and case-number parsing on any text, with what each promises about the values
/// it takes: they print as they were read, and read back as the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTime(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)

    if let date = Timestamp.parse(text) {
        // At every offset it prints, and reads back as the same moment to the millisecond, while
        // the year printed has four digits (the callers refuse others: RouteRequest.years and
        // RouteCommand's check of the deadline's year).
        for offset in [0, 8 * 3600, -(9 * 3600 + 30 * 60), 14 * 3600, -12 * 3600] {
            let printed = Timestamp.format(date, offset: offset, fractional: true)
            guard (1...9999).contains(yearOf(printed)), printed.utf8.count >= 5, Array(printed.utf8)[4] == UInt8(ascii: "-") else { continue }
            guard let again = Timestamp.parse(printed) else {
                fatalError("\(text) → \(printed) does not read back")
            }
            check(abs(again.timeIntervalSince(date)) < 0.001, "\(text) → \(printed) → \(again) is not \(date)")
        }
        let stored = Timestamp.storage(date)
        check(stored.utf8.count >= 24 && stored.hasSuffix("Z"), "storage form \(stored)")
        // The calendar takes any moment that reads.
        let calendar = WorkingCalendar.standard
        let day = calendar.localDate(of: date)
        _ = calendar.isWorkingTime(date)
        _ = calendar.offHours(date)
        if (1...9998).contains(day.year) {
            let first = calendar.firstWorkingMoment(atOrAfter: date)
            check(first >= date, "the first working moment \(first) is before \(date)")
        }
    }

    if let day = LocalDate(iso: text) {
        check(day.description == text, "\(text) reads as \(day)")
        check(LocalDate(iso: day.description) == day, "\(day) does not read back")
        _ = WorkingCalendar.standard.weekday(of: day)
        _ = WorkingCalendar.standard.isWorkingDay(day)
    }

    if let time = ClockTime(text: text) {
        check(ClockTime(text: time.description) == time, "\(text) → \(time) does not read back")
    }

    if let number = CaseNumber(text) {
        check(CaseNumber(number.description) == number, "\(text) → \(number) does not read back")
        check(number.sequence > 0, "\(text) has sequence \(number.sequence)")
    }
    return 0
}

private func yearOf(_ printed: String) -> Int {
    Int(printed.prefix(4)) ?? 0
}
