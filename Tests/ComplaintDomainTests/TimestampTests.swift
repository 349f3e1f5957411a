import CivilTime
@testable import ComplaintDomain
import Foundation
import Testing

@Suite("Timestamps")
struct TimestampTests {
    /// Every spelling of Friday 2026-11-27 20:00:00 in Hong Kong, i.e. 12:00:00 UTC.
    @Test("parses the offsets DOMAIN code accepts", arguments: [
        "2026-11-27T20:00:00+08:00",
        "2026-11-27T20:00:00+0800",
        "2026-11-27T12:00:00Z",
        "2026-11-27T12:00:00z",
        "2026-11-27t12:00:00Z",
        "2026-11-27 20:00:00+08:00",
        "2026-11-27T12:00:00+00:00",
        "2026-11-27T12:00:00-00:00",
        "2026-11-27T06:30:00-05:30",
        "2026-11-27T07:00:00-0500",
        "2026-11-27T17:30:00+05:30",
        "2026-11-27T20:00+08:00",
        "2026-11-27T20:00:00.000+08:00",
    ])
    func parses(text: String) {
        #expect(Timestamp.parse(text) == Date(timeIntervalSince1970: 1_795_780_800))
    }

    @Test("the fixture instant is what it claims to be")
    func fixture() {
        // 2026-11-27T12:00:00Z, counted by hand: 20_784 days from 1970-01-01, plus 12 h.
        #expect(Date(timeIntervalSince1970: 1_795_780_800) == iso("2026-11-27T12:00:00Z"))
        let seconds: Int = 20_784 * 86_400 + 12 * 3_600
        #expect(seconds == 1_795_780_800)
    }

    @Test("fractional seconds", arguments: [
        ("2026-11-27T20:00:00.5+08:00", 0.5),
        ("2026-11-27T20:00:00.250+08:00", 0.25),
        ("2026-11-27T20:00:00.125Z", 0.125 + 8 * 3600),
        ("2026-11-27T20:00:00.000001+08:00", 0.000001),
    ])
    func fractional(text: String, offset: Double) throws {
        let date = try #require(Timestamp.parse(text))
        let expected = Date(timeIntervalSince1970: 1_795_780_800 + offset)
        #expect(abs(date.timeIntervalSince(expected)) < 1e-6)
    }

    @Test("rejects malformed or offset-less text", arguments: [
        "",
        "2026-11-27T20:00:00",            // no offset: a guess
        "2026-11-27T20:00",
        "2026-11-27",
        "2026-02-30T10:00:00+08:00",       // no 30 February
        "2025-02-29T10:00:00+08:00",       // not a leap year
        "1900-02-29T10:00:00Z",            // not a leap year (century)
        "2026-13-01T10:00:00+08:00",
        "2026-00-10T10:00:00+08:00",
        "2026-04-31T10:00:00+08:00",
        "2026-11-00T10:00:00+08:00",
        "2026-11-27T24:00:00+08:00",
        "2026-11-27T20:60:00+08:00",
        "2026-11-27T20:00:61+08:00",
        "2026-11-27T20:00:00+08:00 ",      // trailing space
        "2026-11-27T20:00:00+08:00x",      // trailing garbage
        "2026-11-27T20:00:00Zjunk",
        "2026-11-27T20:00:00ZZ",
        " 2026-11-27T20:00:00+08:00",
        "2026-11-27T20:00:00+08",          // offset without minutes
        "2026-11-27T20:00:00+8:00",
        "2026-11-27T20:00:00+08:60",
        "2026-11-27T20:00:00+19:00",
        "2026-11-27T20:00:00.+08:00",      // a dot with no digits
        "2026-11-27T20:00:00,5+08:00",
        "2026-11-27X20:00:00+08:00",
        "2026/11/27T20:00:00+08:00",
        "26-11-27T20:00:00+08:00",
        "2026-11-27T2:00:00+08:00",
        "２０２６-11-27T20:00:00+08:00",   // full-width digits
        "Friday",
    ])
    func rejects(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test("leap days are accepted in leap years", arguments: ["2024-02-29T10:00:00+08:00", "2000-02-29T10:00:00+08:00"])
    func leapDay(text: String) {
        #expect(Timestamp.parse(text) != nil)
    }

    @Test("format in Hong Kong, UTC and other zones", arguments: [
        ("Asia/Hong_Kong", "2026-12-07T23:59:59+08:00"),
        ("UTC", "2026-12-07T15:59:59Z"),
        ("America/New_York", "2026-12-07T10:59:59-05:00"),
        ("Asia/Kolkata", "2026-12-07T21:29:59+05:30"),
        ("America/St_Johns", "2026-12-07T12:29:59-03:30"),
        ("Europe/London", "2026-12-07T15:59:59Z"),
    ])
    func format(zone: String, expected: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(Timestamp.format(iso("2026-12-07T15:59:59Z"), in: timeZone) == expected)
    }

    @Test("format carries the summer offset in London")
    func formatSummer() {
        #expect(Timestamp.format(iso("2026-07-01T08:00:00Z"), in: london) == "2026-07-01T09:00:00+01:00")
    }

    @Test("fractional formatting has three digits")
    func formatFractional() {
        let date = iso("2026-12-07T15:59:59Z").addingTimeInterval(0.25)
        #expect(Timestamp.format(date, in: hongKong, fractional: true) == "2026-12-07T23:59:59.250+08:00")
        #expect(Timestamp.format(iso("2026-12-07T15:59:59Z"), in: utc, fractional: true) == "2026-12-07T15:59:59.000Z")
        #expect(Timestamp.format(date, in: hongKong) == "2026-12-07T23:59:59+08:00")
    }

    @Test("format then parse is the identity on whole seconds", arguments: [
        "2026-11-27T12:00:00Z", "2024-02-29T23:59:59+08:00", "1999-12-31T16:00:00Z", "2026-03-29T01:30:00Z",
    ])
    func roundTrip(text: String) {
        let date = iso(text)
        for zone in [hongKong, utc, london, TimeZone(identifier: "America/New_York")!] {
            #expect(Timestamp.parse(Timestamp.format(date, in: zone)) == date)
        }
    }
}
