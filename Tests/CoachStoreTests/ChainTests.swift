import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// The transcript's hash chain, tampered with as someone with the sqlite3 shell could.
@Suite struct ChainTests {
    struct Fixture {
        let store: CoachStore
        let number: CaseNumber
    }

    func fixture(events count: Int = 6) throws -> Fixture {
        let store = try memoryStore()
        let number = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        for n in 1...count {
            try store.append(TranscriptEvent(at: utc(2026, 11, 25, 2, 0, n), staff: "chan.mw", step: "account", .typed(question: "account", text: "第\(n)句：廚房漏水")), to: number)
        }
        return Fixture(store: store, number: number)
    }

    /// Raw SQL with the append-only triggers out of the way, as a tamperer would.
    func tamper(_ f: Fixture, _ sql: String) throws {
        try f.store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS transcript_is_append_only_update")
            try db.execute(sql: "DROP TRIGGER IF EXISTS transcript_is_append_only_delete")
            try db.execute(sql: sql)
        }
    }

    @Test func anUntouchedTranscriptVerifies() throws {
        let f = try fixture()
        #expect(try f.store.verify(f.number).isEmpty)
        let other = try f.store.openCase(receivedAt: utc(2026, 11, 25, 3, 0), receivedBy: "wong.ky", calendar: hongKong).caseNumber
        try f.store.commit(IntakeTurn(caseNumber: other, events: [
            TranscriptEvent(at: utc(2026, 11, 25, 3, 0, 1), staff: "wong.ky", .prompt(question: "", text: "1/7 投訴方式 › ")),
            TranscriptEvent(at: utc(2026, 11, 25, 3, 0, 2), staff: "wong.ky", .typed(question: "", text: "p")),
        ], record: nil, draft: .unchanged))
        #expect(try f.store.verify(other).isEmpty, "a turn's events chain like single appends")
        #expect(try f.store.verify(f.number).isEmpty, "cases have chains of their own")
    }

    @Test func anEditedEventIsNamed() throws {
        let f = try fixture()
        // Seq 1 is the case's opening; the lines typed follow it.
        try tamper(f, "UPDATE transcript SET text = '第3句：沒有漏水' WHERE seq = 4")
        #expect(try f.store.verify(f.number) == [.changed(seq: 4, at: "2026-11-25T02:00:03.000Z")])
    }

    @Test func anEditedPayloadIsNamedThoughItsWordsAreUntouched() throws {
        let f = try fixture()
        try tamper(f, "UPDATE transcript SET payload = replace(payload, '廚房漏水', '沒有漏水') WHERE seq = 4")
        #expect(try f.store.transcript(of: f.number)[3].event == .typed(question: "account", text: "第3句：沒有漏水"))
        #expect(try f.store.verify(f.number) == [.changed(seq: 4, at: "2026-11-25T02:00:03.000Z")])
    }

    @Test func lastEventsRemovedAndTheCountLoweredAreNamed() throws {
        let f = try fixture()
        // Everything a careful editor would do by hand: the rows, the count and the head, all consistent.
        try tamper(f, """
            DELETE FROM transcript WHERE seq >= 6;
            UPDATE cases SET transcript_count = 5, transcript_head = (SELECT hash FROM transcript WHERE seq = 5);
            """)
        #expect(try f.store.verify(f.number) == [.countOrHeadChanged])
    }

    @Test func anEventMovedInTheTableIsNamed() throws {
        let f = try fixture()
        // Seq 3 moved to the end of the table: read by seq it looks the same, but it was not appended there.
        try tamper(f, "UPDATE transcript SET id = (SELECT max(id) + 1 FROM transcript) WHERE seq = 3")
        #expect(try f.store.verify(f.number) == [.reordered(seq: 4)])
    }

    @Test func aChangedChainHeadIsNamed() throws {
        let f = try fixture()
        try tamper(f, "UPDATE cases SET transcript_head = '\(String(repeating: "a", count: 64))'")
        // Not the last event's hash, and not the head that was sealed.
        #expect(try f.store.verify(f.number) == [.headMismatch, .countOrHeadChanged])
    }

    @Test func anEditedTimeOrAuthorIsNamedToo() throws {
        let f = try fixture()
        try tamper(f, "UPDATE transcript SET staff = 'someone.else' WHERE seq = 3")
        try tamper(f, "UPDATE transcript SET at = '2026-11-25T01:00:00.000Z' WHERE seq = 6")
        let problems = try f.store.verify(f.number)
        #expect(problems.count == 2)
        #expect(problems.first == .changed(seq: 3, at: "2026-11-25T02:00:02.000Z"))
    }

    @Test func aDeletedEventIsNamed() throws {
        let f = try fixture()
        try tamper(f, "DELETE FROM transcript WHERE seq = 5")
        #expect(try f.store.verify(f.number) == [.removed(first: 5, last: 5)])
    }

    @Test func deletedLastEventsAreNamed() throws {
        let f = try fixture()
        try tamper(f, "DELETE FROM transcript WHERE seq >= 6")
        #expect(try f.store.verify(f.number) == [.removed(first: 6, last: 7)])
    }

    @Test func anInsertedEventIsNamed() throws {
        let f = try fixture()
        try tamper(f, """
            DROP INDEX transcript_by_case;
            INSERT INTO transcript (case_id, seq, at, staff, kind, step, text, hash)
            SELECT case_id, 4, '2026-11-25T02:00:03.500Z', 'chan.mw', 'input', 'account', '對方說不急', hash FROM transcript WHERE seq = 4
            """)
        let problems = try f.store.verify(f.number)
        #expect(problems == [.inserted(after: 4, at: "2026-11-25T02:00:03.500Z", text: "對方說不急")])
    }

    @Test func anInsertedEventWithRenumberedFollowersIsCaught() throws {
        let f = try fixture()
        try tamper(f, """
            DROP INDEX transcript_by_case;
            UPDATE transcript SET seq = seq + 1 WHERE seq >= 5;
            INSERT INTO transcript (case_id, seq, at, staff, kind, step, text, hash)
            SELECT case_id, 5, '2026-11-25T02:00:03.500Z', 'chan.mw', 'input', 'account', '對方說不急', hash FROM transcript WHERE seq = 4;
            UPDATE cases SET transcript_count = transcript_count + 1
            """)
        let problems = try f.store.verify(f.number)
        #expect(problems.contains(.changed(seq: 5, at: "2026-11-25T02:00:03.500Z")))
        #expect(problems.count >= 2, "the renumbered events no longer fit either: \(problems)")
    }
}
