import CaseEvents
import CivilTime
@testable import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// The journal beside the database: turns kept there while the database could not take them go
/// in later in order, each once, with the chain intact, and the journal is then gone.
@Suite("Journal")
struct JournalTests {
    func line(_ n: Int, _ number: CaseNumber) -> IntakeTurn {
        IntakeTurn(caseNumber: number, events: [TranscriptEvent(at: utc(2026, 11, 25, 2, 1, n), staff: "chan.mw", step: "account",
                                                                .typed(question: "account", text: "第\(n)句"))],
                   record: nil, draft: .unchanged)
    }

    func typed(_ store: CoachStore, _ number: CaseNumber) throws -> [String] {
        try store.transcript(of: number).compactMap { if case .typed(_, let text) = $0.event { text } else { nil } }
    }

    @Test func keptTurnsGoInInOrderOnceAndTheJournalIsGone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try CoachStore(path: folder.path())
        let number = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        try store.commit(line(1, number))
        for n in 2...4 { _ = try store.journal.append(line(n, number)) }
        #expect(try posixPermissions(store.journal.path) == 0o600)
        #expect(try typed(store, number) == ["第1句"])

        #expect(try store.replayJournal() == 3)
        #expect(try typed(store, number) == ["第1句", "第2句", "第3句", "第4句"])
        #expect(!FileManager.default.fileExists(atPath: store.journal.path))
        #expect(try store.check(number).isIntact)
        #expect(try store.replayJournal() == 0, "nothing left to write")
    }

    @Test func aReplayCutShortAndStartedAgainWritesNothingTwice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try CoachStore(path: folder.path())
        let number = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        let entries = try (1...3).map { try store.journal.append(line($0, number)) }
        // As if the first went in and the process died before the journal was removed.
        try store.writer.write { db in
            try store.commit(entries[0].turn, db)
            try db.execute(literal: "INSERT INTO journal_applied (id, applied_at) VALUES (\(entries[0].id), 'x')")
        }
        #expect(try store.replayJournal() == 2)
        #expect(try typed(store, number) == ["第1句", "第2句", "第3句"])
        #expect(try store.check(number).isIntact)
    }

    @Test func aLineCutShortByACrashWasNeverKeptAndIsLeftOut() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try CoachStore(path: folder.path())
        let number = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        _ = try store.journal.append(line(1, number))
        let handle = try #require(FileHandle(forWritingAtPath: store.journal.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"id":"x","turn":{"caseNum"#.utf8))
        try handle.close()
        #expect(store.journal.entries().count == 1)
        #expect(try store.replayJournal() == 1)
        #expect(try typed(store, number) == ["第1句"])
    }

    @Test func turnsOfACaseThisDatabaseDoesNotHaveStayInTheJournal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try CoachStore(path: folder.path())
        let number = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        let stranger = CaseNumber(day: LocalDate(year: 2026, month: 1, day: 1), sequence: 9)
        _ = try store.journal.append(line(1, stranger))
        _ = try store.journal.append(line(2, number))
        #expect(try store.replayJournal() == 1)
        #expect(try typed(store, number) == ["第2句"])
        #expect(store.journal.entries().map(\.turn.caseNumber) == [stranger], "kept, never dropped")
    }
}
