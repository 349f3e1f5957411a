import CivilTime
@testable import ComplaintDomain
import Foundation
import Testing

@Suite("Case numbers")
struct CaseNumberTests {
    @Test("261129-007 round trip")
    func roundTrip() throws {
        let number = try #require(CaseNumber("261129-007"))
        #expect(number.day == LocalDate(year: 2026, month: 11, day: 29))
        #expect(number.sequence == 7)
        #expect(number.description == "261129-007")
        #expect(CaseNumber(day: LocalDate(year: 2026, month: 11, day: 29), sequence: 7).description == "261129-007")
    }

    @Test("descriptions zero-pad; long sequences keep all digits", arguments: [
        (LocalDate(year: 2026, month: 1, day: 5), 1, "260105-001"),
        (LocalDate(year: 2030, month: 12, day: 31), 999, "301231-999"),
        (LocalDate(year: 2026, month: 11, day: 29), 1234, "261129-1234"),
        (LocalDate(year: 2024, month: 2, day: 29), 42, "240229-042"),
    ])
    func descriptions(day: LocalDate, sequence: Int, text: String) {
        let number = CaseNumber(day: day, sequence: sequence)
        #expect(number.description == text)
        #expect(CaseNumber(text) == number)
    }

    @Test("rejects malformed numbers", arguments: [
        "", "261129", "261129-", "-007", "261129-07", "261129-000", "261129-abc", "261129007",
        "2611-29-007", "20261129-007", "261329-007", "261100-007", "260229-001", "261131-007",
        "26112-007", "261129 -007", "261129-007 ",
    ])
    func rejects(text: String) {
        #expect(CaseNumber(text) == nil)
    }

    /// Not in the documented format `YYMMDD-NNN`; see the report: these are accepted today.
    @Test("rejects stray separators and signs", arguments: [
        "261129--007", "261129-007-", "-261129-007", "261129-+07", "261129-+007",
    ])
    func rejectsStraySeparatorsAndSigns(text: String) {
        #expect(CaseNumber(text) == nil, "\(text) parsed as \(CaseNumber(text).map(\.description) ?? "nil")")
    }

    @Test("24 February 29 is a real day")
    func leapDay() {
        #expect(CaseNumber("240229-001")?.day == LocalDate(year: 2024, month: 2, day: 29))
    }

    @Test("numbers sort by day, then sequence, and that agrees with text order")
    func ordering() throws {
        let texts = ["261129-010", "261130-001", "261129-009", "251231-999", "261129-002"]
        let numbers = try texts.map { try #require(CaseNumber($0)) }
        #expect(numbers.sorted().map(\.description) == ["251231-999", "261129-002", "261129-009", "261129-010", "261130-001"])
        #expect(numbers.sorted().map(\.description) == texts.sorted())
    }

    @Test("codable round trip")
    func codable() throws {
        let number = CaseNumber(day: LocalDate(year: 2026, month: 11, day: 29), sequence: 7)
        let data = try JSONEncoder().encode(number)
        #expect(try JSONDecoder().decode(CaseNumber.self, from: data) == number)
    }
}

@Suite("Local dates")
struct LocalDateTests {
    @Test("accepts real days", arguments: [
        ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29), ("2026-01-01", 2026, 1, 1),
        ("2026-12-31", 2026, 12, 31), ("2026-04-30", 2026, 4, 30), ("2026-02-28", 2026, 2, 28),
    ])
    func accepts(text: String, year: Int, month: Int, day: Int) {
        #expect(LocalDate(iso: text) == LocalDate(year: year, month: month, day: day))
        #expect(LocalDate(iso: text)?.description == text)
    }

    @Test("rejects impossible days and other shapes", arguments: [
        "2026-13-01", "2025-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-00-10", "2026-01-00",
        "2026-01-32", "2026-1-01", "2026-01-1", "26-01-01", "2026-01-01T00:00", "", "2026/01/01",
        "2026-01-01-", "2026--1-01", "20260101", "abcd-ef-gh",
    ])
    func rejects(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    /// Not `YYYY-MM-DD`; see the report: `Int("+1")` is 1, so these are accepted today.
    @Test("rejects signed fields", arguments: ["2026-+1-01", "2026-01-+1", "+026-01-01"])
    func rejectsSigns(text: String) {
        #expect(LocalDate(iso: text) == nil, "\(text) parsed as \(LocalDate(iso: text)?.description ?? "nil")")
    }

    @Test("description zero-pads and order is chronological")
    func descriptionAndOrder() {
        #expect(LocalDate(year: 987, month: 3, day: 4).description == "0987-03-04")
        #expect(LocalDate(year: 2026, month: 1, day: 31) < LocalDate(year: 2026, month: 2, day: 1))
        #expect(LocalDate(year: 2025, month: 12, day: 31) < LocalDate(year: 2026, month: 1, day: 1))
        #expect(!(LocalDate(year: 2026, month: 1, day: 1) < LocalDate(year: 2026, month: 1, day: 1)))
    }
}

@Suite("Clock times")
struct ClockTimeTests {
    @Test("accepts H:MM and HH:MM, and 24:00", arguments: [
        ("09:00", 9, 0), ("9:00", 9, 0), ("00:00", 0, 0), ("18:30", 18, 30), ("23:59", 23, 59), ("24:00", 24, 0),
        ("0:05", 0, 5),
    ])
    func accepts(text: String, hour: Int, minute: Int) {
        #expect(ClockTime(text: text) == ClockTime(hour: hour, minute: minute))
    }

    @Test("rejects anything else", arguments: [
        "", "9", "900", "0900", "9:0", "9:000", "009:00", "24:01", "25:00", "12:60", "-1:00", "ab:cd", "9:00:00",
        " 9:00", "9:00 ", "9.00", ":00", "12:",
    ])
    func rejects(text: String) {
        #expect(ClockTime(text: text) == nil)
    }

    /// Not `H:MM` / `HH:MM`; see the report: `Int("+5")` is 5, so these are accepted today.
    @Test("rejects signed fields", arguments: ["+9:00", "12:+5", "-0:00", "09:-0"])
    func rejectsSigns(text: String) {
        #expect(ClockTime(text: text) == nil, "\(text) parsed as \(ClockTime(text: text)?.description ?? "nil")")
    }

    @Test("description, minutes and order")
    func basics() {
        #expect(ClockTime(hour: 9, minute: 5).description == "09:05")
        #expect(ClockTime(hour: 18, minute: 0).minutesSinceMidnight == 1080)
        #expect(ClockTime(hour: 24, minute: 0).minutesSinceMidnight == 1440)
        #expect(ClockTime(hour: 8, minute: 59) < ClockTime(hour: 9, minute: 0))
    }
}

/// A case number too long to be a day's sequence is no case number: it must never be read as
/// another case (a 32-bit cut once made 261130-4294967297 case 261130-001).
@Suite struct LongCaseNumberTests {
    @Test func tooLongIsRefused() {
        #expect(CaseNumber("261130-4294967297") == nil)
        #expect(CaseNumber("261130-99999999999") == nil)
        #expect(CaseNumber("261130-123456") == nil)
    }

    @Test func aFourOrFiveDigitSequenceIsWrittenWhole() {
        #expect(CaseNumber("261130-1234")?.description == "261130-1234")
        #expect(CaseNumber("261130-99999")?.description == "261130-99999")
        #expect(CaseNumber("261130-007")?.description == "261130-007")
    }
}
