import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// Another program holding the database: the store waits its busy timeout, then says "locked",
/// and nothing already written is lost.
@Suite("Locked database")
struct LockTests {
    @Test func busyTimeoutIsFiveSeconds() {
        #expect(CoachStore.busyTimeout == 5)
    }

    @Test(.timeLimit(.minutes(3)))
    func writeWhileAnotherConnectionHoldsAnExclusiveLock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let store = try CoachStore(path: path)
        let first = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong)
        try store.append(TranscriptEvent(at: utc(2026, 3, 10, 2, 0, 1), staff: "chan.mw", .typed(question: "", text: "第一句")),
                         to: first.caseNumber)

        // A second program (as a `sqlite3` shell would) takes the write lock and keeps it.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }

        let started = Date()
        #expect(throws: StoreError.locked(path: path)) {
            _ = try store.openCase(receivedAt: utc(2026, 3, 10, 3, 0), receivedBy: "wong.ky", calendar: hongKong)
        }
        let waited = Date().timeIntervalSince(started)
        #expect(waited >= CoachStore.busyTimeout - 0.5, "waited \(waited) s before giving up")
        #expect(waited < CoachStore.busyTimeout + 10, "waited \(waited) s")

        // Reads still work while the other program holds the lock (WAL).
        #expect(try store.record(first.caseNumber) == first)

        // The other program lets go: the same write now succeeds, and nothing was lost.
        try other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        try other.close()
        let second = try store.openCase(receivedAt: utc(2026, 3, 10, 3, 0), receivedBy: "wong.ky", calendar: hongKong)
        #expect(second.caseNumber.description == "260310-002", "the refused write took no number")
        try store.append(TranscriptEvent(at: utc(2026, 3, 10, 3, 0, 1), staff: "wong.ky", .typed(question: "", text: "第二句")),
                         to: second.caseNumber)
        #expect(try store.records().map(\.caseNumber.description) == ["260310-002", "260310-001"])
        #expect(try store.transcript(of: first.caseNumber).compactMap(\.event.spokenOrTyped) == ["第一句"])
        #expect(try store.transcript(of: second.caseNumber).compactMap(\.event.spokenOrTyped) == ["第二句"])
    }

    /// Another desk commits back to back and lets go of the lock for a moment only: the write
    /// gets in then. SQLite's own busy timeout tried at 428 and 528 ms and missed the gap at
    /// 465-485 ms (as it missed the gaps between 8 desks' commits), then said "locked".
    @Test(.timeLimit(.minutes(3)))
    func writeGetsInWhenTheLockIsFreeForAMoment() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let store = try CoachStore(path: path, busyTimeout: 2)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        configuration.busyMode = .timeout(10)
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }

        let done = DispatchSemaphore(value: 0)
        Thread {
            usleep(465_000)
            try? other.writeWithoutTransaction { try $0.execute(sql: "COMMIT") }
            usleep(20_000)
            // Waits here while the store writes, then holds the lock past the store's limit.
            try? other.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
            usleep(2_500_000)
            try? other.writeWithoutTransaction { try $0.execute(sql: "COMMIT") }
            done.signal()
        }.start()

        let started = Date()
        let record = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong)
        let waited = Date().timeIntervalSince(started)
        #expect(record.caseNumber.description == "260310-001")
        #expect(waited > 0.4 && waited < 1, "waited \(waited) s")
        done.wait()
        try other.close()
    }

    /// While lines go to the journal, a write waits only briefly; afterwards the full wait again.
    @Test(.timeLimit(.minutes(3)))
    func waitingBrieflyShortensTheWaitForItsBodyOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let store = try CoachStore(path: path, busyTimeout: 1.5)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }

        func waited(_ write: () throws(StoreError) -> Void) -> TimeInterval {
            let started = Date()
            #expect(throws: StoreError.locked(path: path)) { try write() }
            return Date().timeIntervalSince(started)
        }
        let open = { () throws(StoreError) in
            _ = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong)
        }
        let brief = waited { () throws(StoreError) in try store.waitingBriefly(0.2, open) }
        #expect(brief >= 0.2 && brief < 1, "waited \(brief) s")
        let full = waited(open)
        #expect(full >= 1.5 && full < 5, "waited \(full) s")
    }
}
