import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// A draft's lines are indexed when it is received, not while it is typed.
@Suite struct DraftSearchTests {
    @Test func aDraftIsFoundOnceItIsReceived() throws {
        let store = try memoryStore()
        var record = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong)
        let line = TranscriptEvent(at: utc(2026, 11, 25, 2, 0, 5), staff: "chan.mw", step: "account", .typed(question: "account", text: "樓上爆水管"))
        try store.commit(IntakeTurn(caseNumber: record.caseNumber, events: [line], record: record, draft: .keep(Data("{}".utf8))))
        #expect(try store.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM search_docs") } == 0, "nothing indexed while typing")

        record.stage = .received
        let last = TranscriptEvent(at: utc(2026, 11, 25, 2, 1), staff: "chan.mw", .received(CaseLife()))
        try store.commit(IntakeTurn(caseNumber: record.caseNumber, events: [last], record: record, draft: .clear))
        #expect(try store.search(SearchQuery(text: "爆水管")).map(\.file.record.caseNumber) == [record.caseNumber])
        #expect(try store.search(SearchQuery(text: "水管")).count == 1)
        #expect(try store.verify(record.caseNumber).isEmpty)

        try store.append(TranscriptEvent(at: utc(2026, 11, 25, 3, 0), staff: "lee.ch", .note("已通知工程部")), to: record.caseNumber)
        #expect(try store.search(SearchQuery(text: "工程部")).count == 1, "later notes are indexed as they come")
    }
}
