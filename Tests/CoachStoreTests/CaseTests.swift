import CivilTime
@testable import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// Cases: numbered per local day, every field saved and read back, listed by stage newest first.
@Suite("Cases")
struct CaseTests {
    @Test func numbersAreSequentialPerHongKongDay() throws {
        let store = try memoryStore()

        // 2026-03-10 10:00 and 14:30 in Hong Kong.
        let first = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong)
        let second = try store.openCase(receivedAt: utc(2026, 3, 10, 6, 30), receivedBy: "wong.ky", calendar: hongKong)
        #expect(first.caseNumber.description == "260310-001")
        #expect(second.caseNumber.description == "260310-002")

        // 23:30 UTC on the 10th is 07:30 on the 11th in Hong Kong: that day's first number.
        let nextDay = try store.openCase(receivedAt: utc(2026, 3, 10, 23, 30), receivedBy: "chan.mw", calendar: hongKong)
        #expect(nextDay.caseNumber == CaseNumber(day: LocalDate(year: 2026, month: 3, day: 11), sequence: 1))
        #expect(nextDay.caseNumber.description == "260311-001")

        // 15:59 UTC on the 10th is still 23:59 on the 10th in Hong Kong.
        let late = try store.openCase(receivedAt: utc(2026, 3, 10, 15, 59), receivedBy: "chan.mw", calendar: hongKong)
        #expect(late.caseNumber.description == "260310-003")
        // 16:00 UTC is midnight: the 11th again.
        let midnight = try store.openCase(receivedAt: utc(2026, 3, 10, 16, 0), receivedBy: "chan.mw", calendar: hongKong)
        #expect(midnight.caseNumber.description == "260311-002")
    }

    @Test func openedCaseIsADraftAsGiven() throws {
        let store = try memoryStore()
        let at = utc(2026, 3, 10, 2, 0)
        let opened = try store.openCase(receivedAt: at, receivedBy: "chan.mw", channel: .letter, isTraining: true, calendar: hongKong)
        #expect(opened.stage == .draft)
        #expect(opened.channel == .letter)
        #expect(opened.isTraining)
        #expect(opened.receivedAt == at)
        #expect(try store.record(opened.caseNumber) == opened)
    }

    @Test func everyFieldSurvivesSaveAndRead() throws {
        let store = try memoryStore()
        var record = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "陳美華", calendar: hongKong)

        record.receivedAt = utc(2026, 3, 10, 2, 1, 7)
        record.receivedBy = "chan.mw"
        record.channel = .inPerson
        record.kind = .suggestion
        record.nature = .urgent
        record.category = "升降機 / 电梯"
        record.building = "B座"
        record.unit = "12樓C室"
        record.person = Person(name: "黃先生 😤", standing: .occupant, contact: "9876 5432")
        record.account = """
            B座升降機困咗人，𨋢門打唔開。
            电梯停在十二楼和十三楼之间。
            The alarm bell did nothing 🔔 — "nobody came".
            """
        record.realCause = "保安員態度差"
        record.wants = "派人即刻處理 & call back"
        record.coordinateWith = ["工程部", "保安部", "neighbour in 12D 🏠", "𨋢 contractor"]
        record.beyondManagerAuthority = true
        record.stage = .received
        record.isTraining = true
        try store.save(record)

        let read = try #require(try store.record(record.caseNumber))
        #expect(read == record)
        #expect(read.account.split(separator: "\n").count == 3)
        #expect(read.account.contains("𨋢"))
        #expect(read.coordinateWith == ["工程部", "保安部", "neighbour in 12D 🏠", "𨋢 contractor"])

        // And every optional field can be cleared again.
        record.nature = nil
        record.category = nil
        record.building = nil
        record.unit = nil
        record.person = Person()
        record.realCause = nil
        record.wants = nil
        record.coordinateWith = []
        record.beyondManagerAuthority = false
        record.account = ""
        try store.save(record)
        #expect(try store.record(record.caseNumber) == record)
    }

    @Test func receivedTimeKeepsMilliseconds() throws {
        let store = try memoryStore()
        let at = utc(2026, 3, 10, 2, 0).addingTimeInterval(0.25)
        let record = try store.openCase(receivedAt: at, receivedBy: "chan.mw", calendar: hongKong)
        let read = try #require(try store.record(record.caseNumber))
        #expect(abs(read.receivedAt.timeIntervalSince(at)) < 0.001)
    }

    @Test func savingAnUnknownCaseIsRefused() throws {
        let store = try memoryStore()
        let stray = ComplaintRecord(caseNumber: CaseNumber(day: LocalDate(year: 2026, month: 3, day: 10), sequence: 42),
                                    receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw")
        #expect(throws: StoreError.unknownCase("260310-042")) {
            try store.save(stray)
        }
        #expect(try store.record(stray.caseNumber) == nil)
        #expect(try store.records().isEmpty)
    }

    @Test func recordsFilterByStageNewestFirst() throws {
        let store = try memoryStore()
        // Opened out of time order on purpose.
        var middle = try store.openCase(receivedAt: utc(2026, 3, 10, 4, 0), receivedBy: "a", calendar: hongKong)
        var oldest = try store.openCase(receivedAt: utc(2026, 3, 9, 4, 0), receivedBy: "b", calendar: hongKong)
        var newest = try store.openCase(receivedAt: utc(2026, 3, 11, 4, 0), receivedBy: "c", calendar: hongKong)
        let draft = try store.openCase(receivedAt: utc(2026, 3, 10, 5, 0), receivedBy: "d", calendar: hongKong)
        middle.stage = .received
        oldest.stage = .received
        newest.stage = .received
        try store.save(middle)
        try store.save(oldest)
        try store.save(newest)

        #expect(try store.records(stage: .received).map(\.receivedBy) == ["c", "a", "b"])
        #expect(try store.records(stage: .draft).map(\.receivedBy) == ["d"])
        #expect(try store.records(stage: .archived).isEmpty)
        #expect(try store.records().map(\.receivedBy) == ["c", "d", "a", "b"])
        #expect(try store.records().first == newest)
        #expect(try store.records(stage: .draft) == [draft])

        var handled = newest
        handled.stage = .handled
        try store.save(handled)
        #expect(try store.records(stage: .received).map(\.receivedBy) == ["a", "b"])
        #expect(try store.records(stage: .handled).map(\.receivedBy) == ["c"])
    }

    @Test func casesReceivedTheSameMomentListLatestOpenedFirst() throws {
        let store = try memoryStore()
        let at = utc(2026, 3, 10, 2, 0)
        _ = try store.openCase(receivedAt: at, receivedBy: "first", calendar: hongKong)
        _ = try store.openCase(receivedAt: at, receivedBy: "second", calendar: hongKong)
        #expect(try store.records().map(\.receivedBy) == ["second", "first"])
    }
}
