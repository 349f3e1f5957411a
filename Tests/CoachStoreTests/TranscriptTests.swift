import CaseEvents
import CivilTime
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// The transcript: appended in order, read back whole, and never changed by anyone.
@Suite("Transcript")
struct TranscriptTests {
    let events = [
        TranscriptEvent(at: utc(2026, 3, 10, 2, 0, 1), staff: "chan.mw", step: "account", .prompt(question: "account", text: "發生咩事？")),
        TranscriptEvent(at: utc(2026, 3, 10, 2, 0, 9), staff: "chan.mw", step: "account", .typed(question: "account", text: "B座升降機困咗人，𨋢門打唔開 😱\n第二行")),
        TranscriptEvent(at: utc(2026, 3, 10, 2, 0, 9), staff: "chan.mw", step: "account", .cue(guideline: nil, text: "保持冷静，放慢语气")),
        TranscriptEvent(at: utc(2026, 3, 10, 2, 0, 30), staff: "chan.mw", step: "nature", .nature(chosen: .urgent, suggested: .urgent, basis: .chosen)),
        TranscriptEvent(at: utc(2026, 3, 10, 2, 1, 0), staff: "lee.ch", .note("已通知工程部")),
        TranscriptEvent(at: utc(2026, 3, 10, 2, 1, 0), staff: "lee.ch", .action(ActionTaken(action: .dispatch, from: .received, to: .inHandling, department: "工程部"))),
        TranscriptEvent(at: utc(2026, 3, 10, 2, 1, 1), staff: "coach", .message(text: "saved")),
        TranscriptEvent(at: utc(2026, 3, 10, 2, 1, 2), staff: "chan.mw", step: "account", .saidToCaller("我明白您好擔心")),
        TranscriptEvent(at: utc(2026, 3, 10, 2, 1, 3), staff: "chan.mw", step: "account", .callerSaid("你哋快啲啦！")),
    ]

    @Test func appendedEventsComeBackInOrderWithEveryField() throws {
        let store = try memoryStore()
        let number = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        // A case opens with its opening event.
        let opening = try store.transcript(of: number)
        #expect(opening.map(\.event) == [.opened(CaseOpening(caseNumber: number, receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw",
                                                             channel: .phone, isTraining: false))])
        for event in events {
            try store.append(event, to: number)
        }
        let read = Array(try store.transcript(of: number).dropFirst())
        #expect(read == events)
        #expect(read.map(\.kind) == TranscriptEvent.Kind.allCases)
        #expect(read[1].event.spokenOrTyped?.contains("𨋢") == true)
        #expect(read[5].step == nil)
    }

    @Test func transcriptsOfTwoCasesStayApart() throws {
        let store = try memoryStore()
        let a = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        let b = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "wong.ky", calendar: hongKong).caseNumber
        // Interleaved, as two desks would write them.
        for (index, event) in events.enumerated() {
            try store.append(event, to: index.isMultiple(of: 2) ? a : b)
        }
        #expect(try store.transcript(of: a).dropFirst() == events.enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element)[...])
        #expect(try store.transcript(of: b).dropFirst() == events.enumerated().filter { !$0.offset.isMultiple(of: 2) }.map(\.element)[...])
    }

    @Test func updateIsRefusedByTheDatabase() throws {
        let store = try memoryStore()
        let number = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        try store.append(events[1], to: number)

        #expect(throws: DatabaseError.self) {
            try store.writer.write { try $0.execute(sql: "UPDATE transcript SET text = 'nothing happened'") }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.writeWithoutTransaction { try $0.execute(sql: "UPDATE transcript SET staff = 'someone else' WHERE id = 1") }
        }
        #expect(try store.transcript(of: number).dropFirst() == [events[1]])
    }

    @Test func deleteIsRefusedByTheDatabase() throws {
        let store = try memoryStore()
        let number = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        try store.append(events[0], to: number)
        try store.append(events[1], to: number)

        #expect {
            try store.writer.write { try $0.execute(sql: "DELETE FROM transcript") }
        } throws: { error in
            (error as? DatabaseError)?.message?.contains("append-only") == true
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { try $0.execute(sql: "DELETE FROM transcript WHERE id = 2") }
        }
        #expect(try store.transcript(of: number).dropFirst() == [events[0], events[1]])
    }

    @Test func appendingToAnUnknownCaseThrows() throws {
        let store = try memoryStore()
        let unknown = CaseNumber(day: LocalDate(year: 2026, month: 3, day: 10), sequence: 7)
        #expect(throws: StoreError.unknownCase("260310-007")) {
            try store.append(events[0], to: unknown)
        }
        #expect(throws: StoreError.unknownCase("260310-007")) {
            _ = try store.transcript(of: unknown)
        }
        let rows = try store.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM transcript") }
        #expect(rows == 0)
    }
}
