import CaseEvents
import CivilTime
@testable import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// A unit's or a number's earlier cases: what a repeat complaint is measured against.
@Suite("Earlier cases of a unit or a number")
struct EarlierCasesTests {
    /// A case received at `at` for a unit, building and number, in a stage.
    func take(_ store: CoachStore, at: Date, building: String?, unit: String?, contact: String?, stage: Stage = .received,
              training: Bool = false) throws -> ComplaintRecord {
        var record = try store.openCase(receivedAt: at, receivedBy: "chan.mw", isTraining: training, calendar: hongKong)
        record.building = building
        record.unit = unit
        record.person = Person(name: "陳太", contact: contact)
        record.account = "廚房天花漏水\n第二段"
        record.stage = stage
        let events = stage == .draft ? [] : [TranscriptEvent(at: at, staff: "chan.mw", .received(CaseLife()))]
        try store.commit(IntakeTurn(caseNumber: record.caseNumber, events: events, record: record, draft: stage == .draft ? .keep(Data("{}".utf8)) : .clear))
        return record
    }

    @Test func theUnitsCasesOfTheLastTwelveMonthsNewestFirst() throws {
        let store = try memoryStore()
        let now = utc(2026, 11, 30, 4, 0)
        let old = try take(store, at: utc(2025, 10, 1, 4, 0), building: "A座", unit: "12樓C室", contact: nil)
        let first = try take(store, at: utc(2026, 3, 1, 4, 0), building: "A座", unit: "12樓C室", contact: nil)
        let second = try take(store, at: utc(2026, 9, 1, 4, 0), building: nil, unit: "12樓C室", contact: "9123 4567")
        _ = try take(store, at: utc(2026, 9, 2, 4, 0), building: "B座", unit: "12樓C室", contact: nil)
        _ = try take(store, at: utc(2026, 9, 3, 4, 0), building: "A座", unit: "12樓C室", contact: nil, stage: .draft)
        _ = try take(store, at: utc(2026, 9, 4, 4, 0), building: "A座", unit: "12樓C室", contact: nil, training: true)
        let now1 = try take(store, at: now, building: "A座", unit: "12樓C室", contact: nil, stage: .draft)
        let found = try store.earlierCases(building: "A座", unit: "12樓C室", contact: nil, since: now.addingTimeInterval(-365 * 86_400),
                                           excluding: now1.caseNumber)
        #expect(found.map(\.caseNumber) == [second.caseNumber, first.caseNumber],
                "newest first; not B座's 12樓C室, not a draft, not a training call, not older than a year, not itself")
        #expect(!found.contains { $0.caseNumber == old.caseNumber })
        let byNumber = try store.earlierCases(building: nil, unit: nil, contact: "9123 4567", since: utc(2025, 11, 30, 4, 0),
                                              excluding: now1.caseNumber)
        #expect(byNumber.map(\.caseNumber) == [second.caseNumber])
        #expect(try store.earlierCases(building: nil, unit: nil, contact: nil, since: now, excluding: now1.caseNumber).isEmpty)
    }

    @Test func aVoidedDraftNeverCountsAndIsNotListedAsOpen() throws {
        let store = try memoryStore()
        var junk = try take(store, at: utc(2026, 9, 1, 4, 0), building: "A座", unit: "1樓A室", contact: nil, stage: .draft)
        junk.stage = .voided
        try store.commit(IntakeTurn(caseNumber: junk.caseNumber, events: [TranscriptEvent(at: utc(2026, 9, 1, 4, 1), staff: "chan.mw", .voided(reason: "打錯電話"))],
                                    record: junk, draft: .clear))
        #expect(try store.earlierCases(building: "A座", unit: "1樓A室", contact: nil, since: utc(2026, 1, 1, 0, 0),
                                       excluding: CaseNumber(day: LocalDate(year: 2026, month: 1, day: 1), sequence: 1)).isEmpty)
        #expect(try store.files(CaseFilter(openOnly: true, includeDrafts: true)).isEmpty, "a voided draft is not open")
        #expect(try store.files(CaseFilter(stage: .voided)).map(\.record.caseNumber) == [junk.caseNumber], "but it is kept")
        #expect(try store.verify(junk.caseNumber).isEmpty)
    }
}
