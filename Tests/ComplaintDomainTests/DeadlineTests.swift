import CivilTime
@testable import ComplaintDomain
import Foundation
import Testing

/// (received, due) pairs for ordinary complaints, worked by hand from DOMAIN.md regulation 6:
/// 23:59:59 local on the day of the first working moment at or after receipt.
struct OrdinaryDeadlineCase: Sendable, CustomTestStringConvertible {
    var label: String
    var received: String
    var due: String
    var holidays = false
    var extraDays = 0
    var testDescription: String { "\(label): \(received) → \(due)" }
}

let ordinaryDeadlines: [OrdinaryDeadlineCase] = [
    .init(label: "Friday 20:00 → Monday", received: "2026-11-27T20:00:00+08:00", due: "2026-11-30T23:59:59+08:00"),
    .init(label: "Friday in hours → Friday", received: "2026-11-27T15:00:00+08:00", due: "2026-11-27T23:59:59+08:00"),
    .init(label: "Saturday → Monday", received: "2026-11-28T10:00:00+08:00", due: "2026-11-30T23:59:59+08:00"),
    .init(label: "Sunday → Monday", received: "2026-11-29T22:00:00+08:00", due: "2026-11-30T23:59:59+08:00"),
    .init(label: "Monday 00:00 → Monday", received: "2026-11-30T00:00:00+08:00", due: "2026-11-30T23:59:59+08:00"),
    .init(label: "Monday 08:00 → Monday", received: "2026-11-30T08:00:00+08:00", due: "2026-11-30T23:59:59+08:00"),
    .init(label: "Monday 17:59:59 → Monday", received: "2026-11-30T17:59:59+08:00", due: "2026-11-30T23:59:59+08:00"),
    .init(label: "Monday 18:00 → Tuesday", received: "2026-11-30T18:00:00+08:00", due: "2026-12-01T23:59:59+08:00"),
    .init(label: "Monday 23:59:59 → Tuesday", received: "2026-11-30T23:59:59+08:00", due: "2026-12-01T23:59:59+08:00"),
    .init(label: "New Year's Eve evening → next year", received: "2026-12-31T19:00:00+08:00", due: "2027-01-01T23:59:59+08:00"),
    .init(label: "UTC input, Friday 19:00 in HK → Monday", received: "2026-11-27T11:00:00Z", due: "2026-11-30T23:59:59+08:00"),
    .init(label: "UTC input, Friday morning in HK → Friday", received: "2026-11-27T01:30:00Z", due: "2026-11-27T23:59:59+08:00"),
    .init(label: "-05:00 input, Sunday evening there = Monday 09:00 HK", received: "2026-11-29T20:00:00-05:00",
          due: "2026-11-30T23:59:59+08:00"),
    // Holidays: 2026-12-25 (Fri) and 2026-12-26 (Sat).
    .init(label: "Thursday before the holiday weekend, in hours", received: "2026-12-24T10:00:00+08:00",
          due: "2026-12-24T23:59:59+08:00", holidays: true),
    .init(label: "Thursday evening skips the Friday holiday", received: "2026-12-24T19:00:00+08:00",
          due: "2026-12-28T23:59:59+08:00", holidays: true),
    .init(label: "on the holiday itself", received: "2026-12-25T11:00:00+08:00",
          due: "2026-12-28T23:59:59+08:00", holidays: true),
    .init(label: "without the holiday list Friday 25th is a working day", received: "2026-12-24T19:00:00+08:00",
          due: "2026-12-25T23:59:59+08:00", holidays: false),
    // One extra working day.
    .init(label: "+1: Monday in hours → Tuesday", received: "2026-11-30T10:00:00+08:00",
          due: "2026-12-01T23:59:59+08:00", extraDays: 1),
    .init(label: "+1: Friday in hours → Monday", received: "2026-11-27T10:00:00+08:00",
          due: "2026-11-30T23:59:59+08:00", extraDays: 1),
    .init(label: "+1: Friday 20:00 → Tuesday", received: "2026-11-27T20:00:00+08:00",
          due: "2026-12-01T23:59:59+08:00", extraDays: 1),
    .init(label: "+1: Saturday → Tuesday", received: "2026-11-28T10:00:00+08:00",
          due: "2026-12-01T23:59:59+08:00", extraDays: 1),
    .init(label: "+1: Thursday before the holiday → Monday", received: "2026-12-24T10:00:00+08:00",
          due: "2026-12-28T23:59:59+08:00", holidays: true, extraDays: 1),
    .init(label: "+2: Thursday before the holiday → Tuesday", received: "2026-12-24T10:00:00+08:00",
          due: "2026-12-29T23:59:59+08:00", holidays: true, extraDays: 2),
    .init(label: "+3: Wednesday → Monday", received: "2026-11-25T10:00:00+08:00",
          due: "2026-11-30T23:59:59+08:00", extraDays: 3),
]

@Suite("Deadlines (regulation 6)")
struct DeadlineTests {
    @Test("ordinary: end of the first working day", arguments: ordinaryDeadlines)
    func ordinary(c: OrdinaryDeadlineCase) {
        let calendar = c.holidays ? christmasCalendar : .standard
        let deadline = Deadline.of(.ordinary, receivedAt: iso(c.received), calendar: calendar,
                                   rules: HandlingRules(ordinaryExtraWorkingDays: c.extraDays))
        #expect(deadline.due == iso(c.due))
        #expect(deadline.basis == .endOfWorkingDay(day(String(c.due.prefix(10)))))
    }

    @Test("ordinary is never before receipt and always at a second before local midnight",
          arguments: ordinaryDeadlines)
    func ordinaryShape(c: OrdinaryDeadlineCase) {
        let calendar = c.holidays ? christmasCalendar : .standard
        let deadline = Deadline.of(.ordinary, receivedAt: iso(c.received), calendar: calendar,
                                   rules: HandlingRules(ordinaryExtraWorkingDays: c.extraDays))
        #expect(deadline.due > iso(c.received))
        // One second later is midnight in Hong Kong, i.e. 16:00:00 UTC.
        let next = deadline.due.addingTimeInterval(1).timeIntervalSince1970
        #expect(Int(next).quotientAndRemainder(dividingBy: 86_400).remainder == 16 * 3600)
    }

    @Test("urgent: exactly 72 hours after receipt, whatever the day", arguments: [
        ("2026-11-27T20:00:00+08:00", "2026-11-30T20:00:00+08:00"), // Friday evening → Monday evening
        ("2026-11-28T03:15:00+08:00", "2026-12-01T03:15:00+08:00"), // Saturday small hours
        ("2026-11-30T10:00:00+08:00", "2026-12-03T10:00:00+08:00"), // in hours
        ("2026-12-24T10:00:00+08:00", "2026-12-27T10:00:00+08:00"), // straight through the holidays
        ("2026-12-30T22:00:00Z", "2027-01-02T22:00:00Z"),            // across the year, UTC input
        ("2026-02-27T12:00:00-05:00", "2026-03-02T12:00:00-05:00"), // across end of February
    ])
    func urgent(received: String, due: String) {
        for calendar in [WorkingCalendar.standard, christmasCalendar] {
            let deadline = Deadline.of(.urgent, receivedAt: iso(received), calendar: calendar, rules: .standard)
            #expect(deadline.due == iso(due))
            #expect(deadline.basis == .hoursAfterReceipt(72))
        }
    }

    @Test("urgent keeps sub-second precision of receipt")
    func urgentFractional() {
        let received = iso("2026-11-30T10:00:00+08:00").addingTimeInterval(0.5)
        let deadline = Deadline.of(.urgent, receivedAt: received, calendar: .standard, rules: .standard)
        #expect(deadline.due.timeIntervalSince(received) == seventyTwoHours)
    }

    @Test("urgent hours are configurable")
    func urgentHoursSetting() {
        let deadline = Deadline.of(.urgent, receivedAt: iso("2026-11-27T20:00:00+08:00"), calendar: .standard,
                                   rules: HandlingRules(urgentHours: 48))
        #expect(deadline.due == iso("2026-11-29T20:00:00+08:00"))
        #expect(deadline.basis == .hoursAfterReceipt(48))
    }

    @Test("urgent is 72 elapsed hours even across a DST change (wall clock moves by one hour)")
    func urgentAcrossDST() {
        let londonCalendar = WorkingCalendar(timeZone: london, workingDays: mondayToFriday, opens: nine, closes: six)
        // Friday 19:00 GMT; clocks go forward on Sunday 2026-03-29.
        let received = iso("2026-03-27T19:00:00Z")
        let deadline = Deadline.of(.urgent, receivedAt: received, calendar: londonCalendar, rules: .standard)
        #expect(deadline.due == iso("2026-03-30T20:00:00+01:00"))
        #expect(deadline.due.timeIntervalSince(received) == seventyTwoHours)
    }

    @Test("ordinary in London across the spring DST change: Monday 23:59:59 BST")
    func ordinaryAcrossDST() {
        let londonCalendar = WorkingCalendar(timeZone: london, workingDays: mondayToFriday, opens: nine, closes: six)
        let deadline = Deadline.of(.ordinary, receivedAt: iso("2026-03-27T19:00:00Z"), calendar: londonCalendar,
                                   rules: .standard)
        #expect(deadline.due == iso("2026-03-30T23:59:59+01:00"))
        #expect(deadline.basis == .endOfWorkingDay(day("2026-03-30")))
    }

    @Test("ordinary in London across the autumn DST change: Monday 23:59:59 GMT")
    func ordinaryAcrossAutumnDST() {
        let londonCalendar = WorkingCalendar(timeZone: london, workingDays: mondayToFriday, opens: nine, closes: six)
        let deadline = Deadline.of(.ordinary, receivedAt: iso("2026-10-23T19:00:00+01:00"), calendar: londonCalendar,
                                   rules: .standard)
        #expect(deadline.due == iso("2026-10-26T23:59:59Z"))
    }
}
