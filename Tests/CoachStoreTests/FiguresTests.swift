import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// The month's statistics from SQL, checked by hand against a small month built case by case:
/// November 2026 in Hong Kong time, and October before it.
@Suite("Month figures")
struct FiguresTests {
    /// An instant given as Hong Kong wall-clock time (UTC+8, no daylight saving).
    private static func hk(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        utc(year, month, day, hour, minute, second).addingTimeInterval(-8 * 3600)
    }

    private static let november = (from: hk(2026, 11, 1, 0, 0), to: hk(2026, 12, 1, 0, 0))
    private static let october = (from: hk(2026, 10, 1, 0, 0), to: hk(2026, 11, 1, 0, 0))
    /// Well after both months have ended.
    private static let later = hk(2026, 12, 15, 12, 0)

    private static func number(_ text: String) -> CaseNumber { CaseNumber(text)! }

    /// One case as it would come from another system.
    private static func item(_ number: String, received: Date, channel: Channel = .phone, kind: ComplaintKind = .complaint,
                             nature: Nature? = .ordinary, category: String? = nil, building: String? = nil, unit: String? = nil,
                             stage: Stage = .received, training: Bool = false, deadline: Date? = nil, handled: Date? = nil,
                             replied: Date? = nil, satisfaction: Int? = nil, departments: [String] = [],
                             said: String = "廚房天花漏水") -> ImportedCase {
        let record = ComplaintRecord(caseNumber: Self.number(number), receivedAt: received, receivedBy: "chan.mw", channel: channel,
                                     kind: kind, nature: nature, category: category, building: building, unit: unit,
                                     person: Person(name: "陳大文", standing: .owner, contact: "9123 4567"), account: said,
                                     stage: stage, isTraining: training)
        let life = CaseLife(deadline: deadline, departments: departments, handledAt: handled, repliedAt: replied,
                            satisfaction: satisfaction, followedUpAt: satisfaction == nil ? nil : replied?.addingTimeInterval(86_400))
        let events = [
            TranscriptEvent(at: received, staff: "chan.mw", step: "listen", .prompt(question: "listen", text: "2/7 記錄")),
            TranscriptEvent(at: received.addingTimeInterval(30), staff: "chan.mw", step: "listen", .typed(question: "listen", text: said)),
            TranscriptEvent(at: received.addingTimeInterval(60), staff: "chan.mw", step: "kind", .field(.kind(kind))),
        ]
        return ImportedCase(record: record, life: life, events: events)
    }

    /// The month as the tests know it.
    private static var month: [ImportedCase] {
        [
            // October. 23:30 on 31 October in Hong Kong is October, even though its deadline
            // and handling fall in November: open and not yet due at October's end.
            item("261031-001", received: hk(2026, 10, 31, 23, 30), category: "water", building: "A座", unit: "12樓B室",
                 stage: .handled, deadline: hk(2026, 11, 2, 23, 59, 59), handled: hk(2026, 11, 2, 12, 0)),
            item("261015-001", received: hk(2026, 10, 15, 10, 0), category: "lift", building: "B座", unit: "3樓A室",
                 stage: .followedUp, deadline: hk(2026, 10, 15, 23, 59, 59), handled: hk(2026, 10, 15, 17, 0),
                 replied: hk(2026, 10, 15, 15, 0), satisfaction: 3, departments: ["engineering"]),
            item("261020-001", received: hk(2026, 10, 20, 10, 0), channel: .inPerson, nature: .urgent, category: "security",
                 building: "B座", unit: "9樓A室", stage: .handled, deadline: hk(2026, 10, 23, 10, 0),
                 handled: hk(2026, 10, 24, 10, 0), departments: ["security"]),

            // November.
            // C1: on time, replied after 1 hour, satisfaction 5.
            item("261102-001", received: hk(2026, 11, 2, 10, 0), category: "water", building: "A座", unit: "12樓B室",
                 stage: .followedUp, deadline: hk(2026, 11, 2, 23, 59, 59), handled: hk(2026, 11, 2, 15, 0),
                 replied: hk(2026, 11, 2, 11, 0), satisfaction: 5, departments: ["engineering"]),
            // C2: 00:30 on 1 November in Hong Kong is still 31 October in UTC: November. 2 hours, 4.
            item("261101-001", received: hk(2026, 11, 1, 0, 30), channel: .inPerson, category: "water", building: "A座",
                 unit: "12樓B室", stage: .followedUp, deadline: hk(2026, 11, 2, 23, 59, 59), handled: hk(2026, 11, 2, 16, 0),
                 replied: hk(2026, 11, 1, 2, 30), satisfaction: 4, departments: ["engineering", "cleaning"]),
            // C3: urgent, handled after its 72 hours: late. 10 hours to reply, satisfaction 1.
            item("261110-001", received: hk(2026, 11, 10, 9, 30), channel: .letter, nature: .urgent, category: "lift",
                 building: "B座", unit: "3樓A室", stage: .followedUp, deadline: hk(2026, 11, 13, 9, 30),
                 handled: hk(2026, 11, 14, 10, 0), replied: hk(2026, 11, 10, 19, 30), satisfaction: 1, departments: ["security"]),
            // C4: on time, 3 hours, satisfaction 4.
            item("261111-001", received: hk(2026, 11, 11, 9, 0), category: "cleaning", building: "B座", unit: "5樓D室",
                 stage: .followedUp, deadline: hk(2026, 11, 11, 23, 59, 59), handled: hk(2026, 11, 11, 11, 0),
                 replied: hk(2026, 11, 11, 12, 0), satisfaction: 4, departments: ["cleaning"]),
            // C5: handled at the very second of its deadline (on time), 4 hours, no follow-up;
            // no nature, category or department recorded.
            item("261112-002", received: hk(2026, 11, 12, 8, 0), channel: .other, nature: nil, category: nil, building: "A座",
                 unit: "20樓A室", stage: .replied, deadline: hk(2026, 11, 12, 23, 59, 59), handled: hk(2026, 11, 12, 23, 59, 59),
                 replied: hk(2026, 11, 12, 12, 0)),
            // A training call, in the same unit, replied and followed up: never counted.
            item("261112-001", received: hk(2026, 11, 12, 10, 0), category: "water", building: "A座", unit: "12樓B室",
                 stage: .followedUp, training: true, deadline: hk(2026, 11, 12, 23, 59, 59), handled: hk(2026, 11, 13, 10, 0),
                 replied: hk(2026, 11, 12, 11, 0), satisfaction: 2, departments: ["landscaping"]),
            // An unfinished intake: never counted.
            item("261113-001", received: hk(2026, 11, 13, 10, 0), category: "noise", building: "B座", unit: "5樓D室",
                 stage: .draft, deadline: hk(2026, 11, 13, 23, 59, 59)),
            // C6: never handled, due the same day: open and overdue at month end. Same unit as C4.
            item("261116-001", received: hk(2026, 11, 16, 14, 0), category: "noise", building: "B座", unit: "5樓D室",
                 stage: .inHandling, deadline: hk(2026, 11, 16, 23, 59, 59), departments: ["security"]),
            // A suggestion from the repeat unit: a suggestion, not a complaint.
            item("261118-001", received: hk(2026, 11, 18, 10, 0), channel: .letter, kind: .suggestion, nature: nil,
                 category: "facilities", building: "A座", unit: "12樓B室", stage: .received),
            // C8: due 20 November, handled only on 2 December: still open, and overdue, at month end.
            item("261120-001", received: hk(2026, 11, 20, 10, 0), category: "electrical", building: "A座", unit: "7樓E室",
                 stage: .handled, deadline: hk(2026, 11, 20, 23, 59, 59), handled: hk(2026, 12, 2, 10, 0), departments: ["engineering"]),
            // C7: received late on the last day, due the next day, not handled: open, not yet due.
            item("261130-001", received: hk(2026, 11, 30, 22, 0), category: "water", building: "A座", unit: "12樓B室",
                 stage: .received, deadline: hk(2026, 12, 1, 23, 59, 59)),
            // Midnight starting 1 December: December's.
            item("261201-001", received: hk(2026, 12, 1, 0, 0), category: "water", building: "A座", unit: "12樓B室",
                 stage: .received, deadline: hk(2026, 12, 1, 23, 59, 59)),
        ]
    }

    private static func store() throws -> CoachStore {
        let store = try memoryStore()
        try store.importCases(month)
        return store
    }

    private static func close(_ value: Double?, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let value else {
            Issue.record("nil, expected \(expected)", sourceLocation: sourceLocation)
            return
        }
        #expect(abs(value - expected) < 0.001, "\(value) ≠ \(expected)", sourceLocation: sourceLocation)
    }

    @Test func novemberEveryFigureByHand() throws {
        let store = try Self.store()
        let (f, _) = try store.figures(from: Self.november.from, to: Self.november.to, now: Self.later)

        #expect(f.from == Self.november.from)
        #expect(f.to == Self.november.to)
        // C1–C8; not the training call, the draft, the suggestion, 31 October or 1 December.
        #expect(f.complaints == 8)
        #expect(f.suggestions == 1)
        #expect(f.byChannel == ["phone": 5, "in_person": 1, "letter": 1, "other": 1])
        #expect(f.byNature == ["ordinary": 6, "urgent": 1, "": 1])
        #expect(f.byCategory == ["water": 3, "lift": 1, "cleaning": 1, "noise": 1, "electrical": 1, "": 1])
        #expect(f.byBuilding == ["A座": 5, "B座": 3])
        // The department first told to act: C2 went to engineering, then cleaning.
        #expect(f.byDepartment == ["engineering": 3, "security": 2, "cleaning": 1, "": 2])

        // On time: C1, C2, C4, C5 (at the deadline's very second). Late: C3. Open and
        // overdue at month end: C6 (never handled) and C8 (handled in December). Not yet due: C7.
        #expect(f.onTime == 4)
        #expect(f.late == 1)
        #expect(f.openOverdue == 2)
        #expect(f.openNotDue == 1)
        Self.close(f.onTimeRate, 4.0 / 7.0)

        // Replies after 2, 1, 10, 3, 4 hours: nearest-rank median 3, 90th percentile 10.
        #expect(f.replied == 5)
        Self.close(f.medianReplyHours, 3)
        Self.close(f.p90ReplyHours, 10)

        #expect(f.followUps == 4)
        #expect(f.satisfaction == [1, 0, 0, 2, 1])
        Self.close(f.satisfactionMean, 3.5)

        // A座 12樓B室: C1, C2, C7 (the suggestion and the training call from there do not count).
        #expect(f.repeatUnits == [
            PeriodFigures.RepeatUnit(building: "A座", unit: "12樓B室", complaints: 3),
            PeriodFigures.RepeatUnit(building: "B座", unit: "5樓D室", complaints: 2),
        ])
    }

    @Test func aFollowUpThatReachedTheCallerWithoutAskingSatisfactionIsACallMade() throws {
        let store = try memoryStore()
        let asked = Self.item("261102-001", received: Self.hk(2026, 11, 2, 10, 0), stage: .followedUp,
                              replied: Self.hk(2026, 11, 2, 11, 0), satisfaction: 5)
        var notAsked = Self.item("261103-001", received: Self.hk(2026, 11, 3, 10, 0), stage: .followedUp,
                                 replied: Self.hk(2026, 11, 3, 11, 0))
        notAsked.life.followedUpAt = Self.hk(2026, 11, 4, 11, 0)
        // Filed as not reachable: no call reached the caller.
        var unreachable = Self.item("261104-001", received: Self.hk(2026, 11, 4, 10, 0), stage: .archived,
                                    replied: Self.hk(2026, 11, 4, 11, 0))
        unreachable.life.notReachable = true
        try store.importCases([asked, notAsked, unreachable])
        let (f, _) = try store.figures(from: Self.november.from, to: Self.november.to, now: Self.later)
        #expect(f.followUps == 2)
        #expect(f.satisfaction == [0, 0, 0, 0, 1])
        Self.close(f.satisfactionMean, 5)
    }

    @Test func octoberHasTheCaseFromItsLastHalfHour() throws {
        let store = try Self.store()
        let (f, _) = try store.figures(from: Self.october.from, to: Self.october.to, now: Self.later)

        #expect(f.complaints == 3)
        #expect(f.suggestions == 0)
        #expect(f.byChannel == ["phone": 2, "in_person": 1])
        #expect(f.byNature == ["ordinary": 2, "urgent": 1])
        #expect(f.byCategory == ["water": 1, "lift": 1, "security": 1])
        #expect(f.byBuilding == ["A座": 1, "B座": 2])
        #expect(f.byDepartment == ["engineering": 1, "security": 1, "": 1])
        // 31 October 23:30 was handled on 2 November, due that day: open, not yet due at October's end.
        #expect(f.onTime == 1)
        #expect(f.late == 1)
        #expect(f.openOverdue == 0)
        #expect(f.openNotDue == 1)
        Self.close(f.onTimeRate, 0.5)
        #expect(f.replied == 1)
        Self.close(f.medianReplyHours, 5)
        Self.close(f.p90ReplyHours, 5)
        #expect(f.followUps == 1)
        #expect(f.satisfaction == [0, 0, 1, 0, 0])
        Self.close(f.satisfactionMean, 3)
        #expect(f.repeatUnits.isEmpty)
    }

    @Test func oneBuildingOnly() throws {
        let store = try Self.store()
        let (f, _) = try store.figures(from: Self.november.from, to: Self.november.to, building: "B座", now: Self.later)

        // C3, C4, C6; not the draft from B座.
        #expect(f.complaints == 3)
        #expect(f.suggestions == 0)
        #expect(f.byChannel == ["letter": 1, "phone": 2])
        #expect(f.byNature == ["urgent": 1, "ordinary": 2])
        #expect(f.byCategory == ["lift": 1, "cleaning": 1, "noise": 1])
        #expect(f.byBuilding == ["B座": 3])
        #expect(f.byDepartment == ["security": 2, "cleaning": 1])
        #expect(f.onTime == 1)
        #expect(f.late == 1)
        #expect(f.openOverdue == 1)
        #expect(f.openNotDue == 0)
        #expect(f.replied == 2)
        Self.close(f.medianReplyHours, 3)
        Self.close(f.p90ReplyHours, 10)
        #expect(f.followUps == 2)
        #expect(f.satisfaction == [1, 0, 0, 1, 0])
        Self.close(f.satisfactionMean, 2.5)
        #expect(f.repeatUnits == [PeriodFigures.RepeatUnit(building: "B座", unit: "5樓D室", complaints: 2)])

        let a = try store.figures(from: Self.november.from, to: Self.november.to, building: "A座", now: Self.later).0
        #expect(a.complaints == 5)
        #expect(a.suggestions == 1)
        #expect(a.onTime == 3)
        #expect(a.late == 0)
        #expect(a.openOverdue == 1)
        #expect(a.openNotDue == 1)
        #expect(a.repeatUnits == [PeriodFigures.RepeatUnit(building: "A座", unit: "12樓B室", complaints: 3)])

        let none = try store.figures(from: Self.november.from, to: Self.november.to, building: "C座", now: Self.later).0
        #expect(none == PeriodFigures(from: Self.november.from, to: Self.november.to))
        #expect(none.onTimeRate == nil)
        #expect(none.medianReplyHours == nil)
        #expect(none.satisfactionMean == nil)
    }

    @Test func onTimeRateAgreesWithTheFigures() throws {
        let store = try Self.store()
        Self.close(try store.onTimeRate(from: Self.november.from, to: Self.november.to, now: Self.later), 4.0 / 7.0)
        Self.close(try store.onTimeRate(from: Self.october.from, to: Self.october.to, now: Self.later), 0.5)
        Self.close(try store.onTimeRate(from: Self.november.from, to: Self.november.to, building: "B座", now: Self.later), 1.0 / 3.0)
        Self.close(try store.onTimeRate(from: Self.november.from, to: Self.november.to, building: "A座", now: Self.later), 3.0 / 4.0)
        #expect(try store.onTimeRate(from: Self.november.from, to: Self.november.to, building: "C座", now: Self.later) == nil)
        // September: nothing at all.
        #expect(try store.onTimeRate(from: Self.hk(2026, 9, 1, 0, 0), to: Self.october.from, now: Self.later) == nil)
        // The same as the figures' own rate, month by month.
        for period in [Self.november, Self.october] {
            let figures = try store.figures(from: period.from, to: period.to, now: Self.later).0
            #expect(try store.onTimeRate(from: period.from, to: period.to, now: Self.later) == figures.onTimeRate)
        }
    }

    @Test func reviewScorecardsOfTheMonthsCases() throws {
        let store = try Self.store()
        let first = Data(#"{"case":"261102-001","version":1}"#.utf8)
        let second = Data(#"{"case":"261102-001","version":2,"note":"覆核"}"#.utf8)
        let octoberCard = Data(#"{"case":"261015-001"}"#.utf8)
        try store.saveReviewScore(Self.number("261102-001"), staff: "cheung.wl", total: 70, scorecard: first, at: Self.hk(2026, 11, 3, 10, 0))
        try store.saveReviewScore(Self.number("261102-001"), staff: "cheung.wl", total: 85, scorecard: second, at: Self.hk(2026, 11, 4, 10, 0))
        try store.saveReviewScore(Self.number("261015-001"), staff: "cheung.wl", total: 90, scorecard: octoberCard, at: Self.hk(2026, 11, 4, 11, 0))
        // A training call's scorecard never comes back with the month's.
        try store.saveReviewScore(Self.number("261112-001"), staff: "cheung.wl", total: 40, scorecard: Data(#"{"training":true}"#.utf8),
                                  at: Self.hk(2026, 11, 13, 10, 0))
        #expect(throws: StoreError.self) {
            try store.saveReviewScore(Self.number("261129-999"), staff: "cheung.wl", total: 1, scorecard: Data("{}".utf8), at: Self.later)
        }

        let november = try store.figures(from: Self.november.from, to: Self.november.to, now: Self.later)
        #expect(november.reviewCards == [second], "the latest review of the case, once")
        let october = try store.figures(from: Self.october.from, to: Self.october.to, now: Self.later)
        #expect(october.reviewCards == [octoberCard])
        #expect(try store.figures(from: Self.november.from, to: Self.november.to, building: "B座", now: Self.later).reviewCards.isEmpty)
        #expect(try store.figures(from: Self.november.from, to: Self.november.to, building: "A座", now: Self.later).reviewCards == [second])
    }

    /// A period not yet over: a case due after `now` but before the period's end is not yet
    /// due, not overdue; it becomes overdue once `now` passes its deadline.
    @Test func nowInsideTheMonth() throws {
        let store = try memoryStore()
        try store.importCases([
            Self.item("261110-001", received: Self.hk(2026, 11, 10, 10, 0), building: "A座", unit: "1樓A室",
                      deadline: Self.hk(2026, 11, 10, 23, 59, 59)),
            Self.item("261112-001", received: Self.hk(2026, 11, 12, 10, 0), building: "A座", unit: "2樓A室",
                      stage: .handled, deadline: Self.hk(2026, 11, 12, 23, 59, 59), handled: Self.hk(2026, 11, 12, 15, 0)),
            Self.item("261116-001", received: Self.hk(2026, 11, 16, 10, 0), building: "A座", unit: "3樓A室",
                      deadline: Self.hk(2026, 11, 16, 23, 59, 59)),
        ])
        let evening = Self.hk(2026, 11, 16, 20, 0)
        let f = try store.figures(from: Self.november.from, to: Self.november.to, now: evening).0
        #expect(f.complaints == 3)
        #expect(f.onTime == 1)
        #expect(f.late == 0)
        #expect(f.openOverdue == 1, "due 10 November")
        #expect(f.openNotDue == 1, "due 16 November 23:59:59, after now, before the month ends")
        Self.close(f.onTimeRate, 0.5)
        Self.close(try store.onTimeRate(from: Self.november.from, to: Self.november.to, now: evening), 0.5)

        let nextMorning = Self.hk(2026, 11, 17, 9, 0)
        let g = try store.figures(from: Self.november.from, to: Self.november.to, now: nextMorning).0
        #expect(g.openOverdue == 2)
        #expect(g.openNotDue == 0)
        Self.close(try store.onTimeRate(from: Self.november.from, to: Self.november.to, now: nextMorning), 1.0 / 3.0)

        // The deadline's own second is not yet past.
        let atDeadline = Self.hk(2026, 11, 16, 23, 59, 59)
        let h = try store.figures(from: Self.november.from, to: Self.november.to, now: atDeadline).0
        #expect(h.openOverdue == 1)
        #expect(h.openNotDue == 1)
    }
}
