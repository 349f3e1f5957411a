import CaseEvents
@testable import CoachPostgres
import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// A desk's connection lost between turns or while the server cannot be reached, against the
/// real server: nothing typed is lost, and nothing is written twice.
@Suite("Lost connection")
struct LostConnectionTests {
    func line(_ n: Int, _ number: CaseNumber) -> IntakeTurn {
        IntakeTurn(caseNumber: number, events: [TranscriptEvent(at: utc(2026, 11, 25, 2, 1, n), staff: "chan.mw", step: "account",
                                                                .typed(question: "account", text: "第\(n)句"))],
                   record: nil, draft: .unchanged)
    }

    func words(_ store: any CaseStore, _ number: CaseNumber) throws -> [String] {
        try store.transcript(of: number).compactMap { if case .typed(_, let text) = $0.event { text } else { nil } }
    }

    /// Ends every connection of the test's database but the caller's.
    func cutConnections(_ database: TestDatabase) throws {
        try TestServer.execute(["""
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = '\(database.location.database)' AND pid <> pg_backend_pid()
            """], as: database.admin)
        Thread.sleep(forTimeInterval: 0.2)
    }

    @Test func aConnectionCutBetweenTurnsIsMadeAgain() throws {
        guard let database = try EngineDatabase(.postgres), let postgres = database.postgresDatabase else { return }
        defer { database.remove() }
        let store = try database.open()
        let number = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        try store.commit(line(1, number))
        try cutConnections(postgres)
        try store.commit(line(2, number))
        #expect(try words(store, number) == ["第1句", "第2句"])
    }

    /// While the server takes no connections the turn fails, the desk keeps it in the journal (as
    /// `IntakeSession` does), and once the server is back it goes in, once, in order.
    @Test func aTurnTheServerCouldNotTakeGoesInFromTheJournal() throws {
        guard let database = try EngineDatabase(.postgres), let postgres = database.postgresDatabase else { return }
        defer {
            try? TestServer.execute(["ALTER DATABASE \(postgres.location.database) ALLOW_CONNECTIONS true"], as: postgres.admin)
            database.remove()
        }
        let store = try database.open()
        let number = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        try store.commit(line(1, number))

        try TestServer.execute(["ALTER DATABASE \(postgres.location.database) ALLOW_CONNECTIONS false"], as: postgres.admin)
        try cutConnections(postgres)
        let error = #expect(throws: StoreError.self) {
            try store.waitingBriefly(0.2) { () throws(StoreError) in try store.commit(line(2, number)) }
        }
        #expect(error?.description.hasPrefix("cannot open the database \(store.path): ") == true)
        _ = try store.journal.append(line(2, number))
        _ = try store.journal.append(line(3, number))
        #expect(store.journal.path.hasPrefix(database.folder + "/coach/"), "on this machine, under XDG_STATE_HOME")
        let mode = try FileManager.default.attributesOfItem(atPath: store.journal.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        try TestServer.execute(["ALTER DATABASE \(postgres.location.database) ALLOW_CONNECTIONS true"], as: postgres.admin)
        #expect(try store.replayJournal() == 2)
        #expect(try words(store, number) == ["第1句", "第2句", "第3句"])
        #expect(try store.replayJournal() == 0)
        #expect(try store.check(number).isIntact)
    }

    /// A commit the server took but whose answer was lost with the connection: the desk kept the
    /// turn in the journal with a note saying so; the replay writes the note, not the turn again.
    @Test func aTurnThatWentInBeforeItsAnswerWasLostIsNotWrittenTwice() throws {
        guard let database = try EngineDatabase(.postgres) else { return }
        defer { database.remove() }
        let store = try database.open()
        let number = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        var turn = line(1, number)
        try store.commit(turn)
        turn.events.append(TranscriptEvent(at: utc(2026, 11, 25, 2, 1, 2), staff: "chan.mw", step: "account",
                                           .journaled(error: "the connection to the server was lost")))
        _ = try store.journal.append(turn)
        #expect(try store.replayJournal() == 1)
        let events = try store.transcript(of: number)
        #expect(try words(store, number) == ["第1句"])
        #expect(events.contains { if case .journaled = $0.event { true } else { false } })
        #expect(try store.check(number).isIntact)
    }

    /// Another desk holds the ledger's row (a write stuck mid-transaction): a turn waits the busy
    /// timeout, then fails as SQLite's does when locked, and nothing was written.
    @Test func aRowHeldByAnotherDeskIsWaitedForThenRefused() throws {
        guard let database = try EngineDatabase(.postgres), let postgres = database.postgresDatabase else { return }
        defer { database.remove() }
        let setup = try database.open()
        let number = try setup.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        let store = try PostgresStore(location: postgres.location, busyTimeout: 0.3,
                                      environment: ["XDG_STATE_HOME": database.folder, "HOME": database.folder])
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        Thread {
            let other = PostgresLink(postgres.location)
            try? other.withConnection { db in
                try db.run("BEGIN")
                try db.run("SELECT 1 FROM ledger WHERE id = 1 FOR UPDATE")
                holding.signal()
                release.wait()
                try db.run("ROLLBACK")
            }
            other.close()
            done.signal()
        }.start()
        holding.wait()
        let started = Date()
        let error = #expect(throws: StoreError.self) { try store.commit(line(1, number)) }
        #expect(error == .locked(path: store.path))
        #expect(Date().timeIntervalSince(started) < 3)
        release.signal()
        done.wait()
        #expect(try words(store, number).isEmpty)
        try store.commit(line(1, number))
        #expect(try words(store, number) == ["第1句"])
    }
}
