import CivilTime
@testable import ComplaintDomain
import Foundation
import Testing

@Suite("Working calendar")
struct WorkingCalendarTests {
    let standard = WorkingCalendar.standard

    @Test("the standard calendar is Monday–Friday 09:00–18:00 in Hong Kong with no holidays")
    func standardDefaults() {
        #expect(standard.timeZone.identifier == "Asia/Hong_Kong")
        #expect(standard.workingDays == mondayToFriday)
        #expect(standard.opens == ClockTime(hour: 9, minute: 0))
        #expect(standard.closes == ClockTime(hour: 18, minute: 0))
        #expect(standard.holidays.isEmpty)
    }

    @Test("offHours gives the first reason the office is closed", arguments: [
        ("2026-11-30T10:00:00+08:00", nil),
        ("2026-11-30T09:00:00+08:00", nil),
        ("2026-11-30T17:59:59+08:00", nil),
        ("2026-11-30T08:59:59+08:00", WorkingCalendar.OffHours.beforeOpening),
        ("2026-11-30T00:00:00+08:00", .beforeOpening),
        ("2026-11-30T18:00:00+08:00", .afterClosing),
        ("2026-11-30T23:59:59+08:00", .afterClosing),
        ("2026-11-28T12:00:00+08:00", .restDay(.sat)),
        ("2026-11-29T12:00:00+08:00", .restDay(.sun)),
        ("2026-11-27T11:00:00Z", .afterClosing),          // 19:00 in Hong Kong
        ("2026-11-27T00:59:59Z", .beforeOpening),         // 08:59:59 in Hong Kong
        ("2026-11-27T01:00:00Z", nil),                    // 09:00 in Hong Kong
        ("2026-11-27T16:00:00Z", .restDay(.sat)),         // Saturday 00:00 in Hong Kong
        ("2026-12-25T12:00:00+08:00", .holiday(day("2026-12-25"), "Christmas Day")),
        ("2026-12-25T08:00:00+08:00", .holiday(day("2026-12-25"), "Christmas Day")),
        ("2026-12-25T20:00:00+08:00", .holiday(day("2026-12-25"), "Christmas Day")),
        ("2026-12-26T12:00:00+08:00", .holiday(day("2026-12-26"), "Boxing Day")),
        ("2026-12-27T12:00:00+08:00", .restDay(.sun)),
        ("2026-12-24T16:00:00Z", .holiday(day("2026-12-25"), "Christmas Day")),
    ] as [(String, WorkingCalendar.OffHours?)])
    func offHours(at: String, expected: WorkingCalendar.OffHours?) {
        #expect(christmasCalendar.offHours(iso(at)) == expected)
        #expect(christmasCalendar.isWorkingTime(iso(at)) == (expected == nil))
    }

    @Test("firstWorkingMoment", arguments: [
        ("2026-11-30T10:00:00+08:00", "2026-11-30T10:00:00+08:00"), // inside: itself
        ("2026-11-30T09:00:00+08:00", "2026-11-30T09:00:00+08:00"),
        ("2026-11-30T17:59:59+08:00", "2026-11-30T17:59:59+08:00"),
        ("2026-11-30T08:59:59+08:00", "2026-11-30T09:00:00+08:00"),
        ("2026-11-30T00:00:00+08:00", "2026-11-30T09:00:00+08:00"),
        ("2026-11-30T18:00:00+08:00", "2026-12-01T09:00:00+08:00"),
        ("2026-11-27T20:00:00+08:00", "2026-11-30T09:00:00+08:00"),
        ("2026-11-28T10:00:00+08:00", "2026-11-30T09:00:00+08:00"),
        ("2026-11-29T23:59:59+08:00", "2026-11-30T09:00:00+08:00"),
        ("2026-11-27T11:00:00Z", "2026-11-30T01:00:00Z"),
        ("2026-12-24T18:00:00+08:00", "2026-12-28T09:00:00+08:00"),
        ("2026-12-25T07:00:00+08:00", "2026-12-28T09:00:00+08:00"),
        ("2026-12-31T20:00:00+08:00", "2027-01-01T09:00:00+08:00"),
    ])
    func firstWorkingMoment(at: String, expected: String) {
        let moment = christmasCalendar.firstWorkingMoment(atOrAfter: iso(at))
        #expect(moment == iso(expected))
        #expect(christmasCalendar.isWorkingTime(moment))
    }

    @Test("firstWorkingMoment keeps fractional seconds inside hours")
    func firstWorkingMomentFraction() {
        let date = iso("2026-11-30T10:00:00+08:00").addingTimeInterval(0.25)
        #expect(standard.firstWorkingMoment(atOrAfter: date) == date)
    }

    @Test("endOfDay is 23:59:59 local", arguments: [
        ("2026-11-30", "2026-11-30T23:59:59+08:00"),
        ("2026-12-31", "2026-12-31T23:59:59+08:00"),
        ("2024-02-29", "2024-02-29T23:59:59+08:00"),
    ])
    func endOfDay(date: String, expected: String) {
        #expect(standard.endOfDay(day(date)) == iso(expected))
    }

    @Test("localDate is taken in the calendar's zone, not UTC")
    func localDate() {
        #expect(standard.localDate(of: iso("2026-11-27T16:00:00Z")) == day("2026-11-28"))
        #expect(standard.localDate(of: iso("2026-11-27T15:59:59Z")) == day("2026-11-27"))
        #expect(standard.localDate(of: iso("2026-11-29T20:00:00-05:00")) == day("2026-11-30"))
    }

    @Test("weekday of a day", arguments: [
        ("2026-11-27", Weekday.fri), ("2026-11-28", .sat), ("2026-11-29", .sun), ("2026-11-30", .mon),
        ("2026-12-01", .tue), ("2026-12-02", .wed), ("2026-12-03", .thu), ("2024-02-29", .thu),
        ("2000-01-01", .sat), ("2027-01-01", .fri),
    ])
    func weekday(date: String, expected: Weekday) {
        #expect(standard.weekday(of: day(date)) == expected)
    }

    @Test("next day across month, leap and year ends", arguments: [
        ("2026-11-30", "2026-12-01"), ("2026-12-31", "2027-01-01"), ("2024-02-28", "2024-02-29"),
        ("2024-02-29", "2024-03-01"), ("2026-02-28", "2026-03-01"),
    ])
    func next(date: String, expected: String) {
        #expect(standard.next(day(date)) == day(expected))
    }

    @Test("working days and workingDay(atOrAfter:)")
    func workingDays() {
        #expect(christmasCalendar.isWorkingDay(day("2026-12-24")))
        #expect(!christmasCalendar.isWorkingDay(day("2026-12-25")))
        #expect(!christmasCalendar.isWorkingDay(day("2026-12-26")))
        #expect(!christmasCalendar.isWorkingDay(day("2026-12-27")))
        #expect(christmasCalendar.workingDay(atOrAfter: day("2026-12-24")) == day("2026-12-24"))
        #expect(christmasCalendar.workingDay(atOrAfter: day("2026-12-25")) == day("2026-12-28"))
        #expect(standard.workingDay(atOrAfter: day("2026-12-25")) == day("2026-12-25"))
        #expect(standard.workingDay(atOrAfter: day("2026-11-28")) == day("2026-11-30"))
    }

    @Test("moment() of 24:00 is the next day's midnight")
    func twentyFour() {
        #expect(standard.moment(day("2026-11-30"), ClockTime(hour: 24, minute: 0)) == iso("2026-12-01T00:00:00+08:00"))
        #expect(standard.moment(day("2026-11-30"), ClockTime(hour: 9, minute: 30)) == iso("2026-11-30T09:30:00+08:00"))
    }

    @Test("a round-the-clock calendar closing at 24:00 is open at 23:59:59 and at 00:00")
    func roundTheClock() {
        let always = WorkingCalendar(timeZone: hongKong, workingDays: Set(Weekday.allCases),
                                     opens: ClockTime(hour: 0, minute: 0), closes: ClockTime(hour: 24, minute: 0))
        #expect(always.isWorkingTime(iso("2026-11-29T23:59:59+08:00")))
        #expect(always.isWorkingTime(iso("2026-11-29T00:00:00+08:00")))
        let received = iso("2026-11-28T23:30:00+08:00")
        #expect(always.firstWorkingMoment(atOrAfter: received) == received)
        #expect(Deadline.of(.ordinary, receivedAt: received, calendar: always, rules: .standard).due
                == iso("2026-11-28T23:59:59+08:00"))
    }

    // MARK: A six-day week

    @Test("a calendar with Saturday as a working day")
    func saturdayWorking() {
        let sixDays = WorkingCalendar(timeZone: hongKong, workingDays: mondayToFriday.union([.sat]),
                                      opens: nine, closes: ClockTime(hour: 13, minute: 0))
        #expect(sixDays.isWorkingTime(iso("2026-11-28T10:00:00+08:00")))
        #expect(sixDays.offHours(iso("2026-11-28T13:00:00+08:00")) == .afterClosing)
        #expect(sixDays.offHours(iso("2026-11-30T14:00:00+08:00")) == .afterClosing)
        #expect(sixDays.offHours(iso("2026-11-29T10:00:00+08:00")) == .restDay(.sun))
        #expect(sixDays.firstWorkingMoment(atOrAfter: iso("2026-11-27T20:00:00+08:00")) == iso("2026-11-28T09:00:00+08:00"))
        #expect(sixDays.firstWorkingMoment(atOrAfter: iso("2026-11-28T13:30:00+08:00")) == iso("2026-11-30T09:00:00+08:00"))
        let friday = Deadline.of(.ordinary, receivedAt: iso("2026-11-27T20:00:00+08:00"), calendar: sixDays, rules: .standard)
        #expect(friday.due == iso("2026-11-28T23:59:59+08:00"))
        let router = Router(calendar: sixDays)
        let decision = router.route(RoutingInput(channel: .phone, nature: .ordinary, receivedAt: iso("2026-11-28T10:00:00+08:00")))
        #expect(decision.workingHours)
        #expect(decision.handler == .propertyGroupLead)
        #expect(decision.approvalBy == .supervisor)
    }

    // MARK: Europe/London across DST

    let londonCalendar = WorkingCalendar(timeZone: london, workingDays: Set(Weekday.allCases), opens: nine, closes: six)

    @Test("London: working hours follow the local clock on both sides of the spring change")
    func londonSpring() {
        // Saturday 28 March is GMT (+00:00); Monday 30 March is BST (+01:00).
        #expect(londonCalendar.isWorkingTime(iso("2026-03-28T09:00:00Z")))
        #expect(!londonCalendar.isWorkingTime(iso("2026-03-28T08:59:59Z")))
        #expect(londonCalendar.isWorkingTime(iso("2026-03-30T08:00:00Z")))            // 09:00 BST
        #expect(londonCalendar.offHours(iso("2026-03-30T07:59:59Z")) == .beforeOpening) // 08:59:59 BST
        #expect(londonCalendar.offHours(iso("2026-03-30T17:00:00Z")) == .afterClosing)  // 18:00 BST
        #expect(londonCalendar.isWorkingTime(iso("2026-03-30T16:59:59Z")))              // 17:59:59 BST
    }

    @Test("London: the 23-hour and 25-hour days end at 23:59:59 local")
    func londonEndOfDay() {
        #expect(londonCalendar.endOfDay(day("2026-03-29")) == iso("2026-03-29T23:59:59+01:00"))
        #expect(londonCalendar.endOfDay(day("2026-03-28")) == iso("2026-03-28T23:59:59Z"))
        #expect(londonCalendar.endOfDay(day("2026-10-25")) == iso("2026-10-25T23:59:59Z"))
        #expect(londonCalendar.endOfDay(day("2026-10-24")) == iso("2026-10-24T23:59:59+01:00"))
        #expect(londonCalendar.next(day("2026-03-29")) == day("2026-03-30"))
        #expect(londonCalendar.next(day("2026-10-25")) == day("2026-10-26"))
        #expect(londonCalendar.weekday(of: day("2026-03-29")) == .sun)
    }

    @Test("London: the first working moment after the clocks change")
    func londonFirstWorkingMoment() {
        // Saturday 18:30 GMT → Sunday 09:00 BST = 08:00Z.
        #expect(londonCalendar.firstWorkingMoment(atOrAfter: iso("2026-03-28T18:30:00Z")) == iso("2026-03-29T08:00:00Z"))
        // Saturday 18:30 BST → Sunday 09:00 GMT = 09:00Z.
        #expect(londonCalendar.firstWorkingMoment(atOrAfter: iso("2026-10-24T17:30:00Z")) == iso("2026-10-25T09:00:00Z"))
    }

    // MARK: Describe

    @Test("describe a day and a moment (to the minute, in the calendar's zone) in each language")
    func describe() {
        #expect(standard.describe(day("2026-12-07"), in: .en) == "2026-12-07 (Monday)")
        #expect(standard.describe(day("2026-12-07"), in: .zhHant) == "2026-12-07（週一）")
        #expect(standard.describe(day("2026-12-07"), in: .zhHans) == "2026-12-07（周一）")
        #expect(standard.describe(iso("2026-12-07T12:00:00Z"), in: .en) == "2026-12-07 (Monday) 20:00")
        #expect(standard.describe(iso("2026-12-07T02:30:15Z"), in: .en) == "2026-12-07 (Monday) 10:30")
        // 16:00 UTC on Sunday is already Monday in Hong Kong.
        #expect(standard.describe(iso("2026-12-06T16:00:00Z"), in: .zhHant) == "2026-12-07（週一） 00:00")
    }

    @Test("weekday names", arguments: Weekday.allCases)
    func weekdayNames(weekday: Weekday) {
        for language in Language.allCases {
            #expect(!weekday.name(in: language).isEmpty)
        }
        #expect(!weekday.name(in: .zhHans).contains("週"))
    }

    @Test("Weekdays run Monday to Sunday")
    func weekdayOrder() {
        #expect(Weekday.mon < Weekday.sun)
        #expect(Weekday.allCases.sorted() == [.mon, .tue, .wed, .thu, .fri, .sat, .sun])
    }
}
