import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// Files Coach must not use: refused with an error a person can act on, and left alone.
@Suite("Refusing other files")
struct RefusalTests {
    @Test func textFileIsNotACoachDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("notes.txt")
        let text = Data("Meeting notes, 10 March.\n電梯維修：星期三\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))

        #expect(throws: StoreError.notACoachDatabase(path: path)) {
            _ = try CoachStore(path: path)
        }
        #expect(try contents(path) == text, "the file is left as it was")
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func shortTextFileIsNotACoachDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("short")
        try Data("hi\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notACoachDatabase(path: path)) {
            _ = try CoachStore(path: path)
        }
        #expect(try contents(path) == Data("hi\n".utf8))
    }

    /// Makes an SQLite database that some other program owns.
    func makeForeignDatabase(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
            try db.execute(sql: "INSERT INTO invoices (amount) VALUES (12.5), (99)")
        }
        try queue.close()
    }

    @Test func someoneElsesSQLiteDatabaseIsNotACoachDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("accounts.sqlite")
        try makeForeignDatabase(at: path)

        #expect(throws: StoreError.notACoachDatabase(path: path)) {
            _ = try CoachStore(path: path)
        }
        // Nothing of Coach's was added to it.
        let queue = try DatabaseQueue(path: path)
        try queue.read { db throws in
            #expect(try !db.tableExists("cases"))
            #expect(try !db.tableExists("grdb_migrations"))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM invoices") == 2)
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == 0)
        }
        try queue.close()
    }

    @Test func someoneElsesSQLiteDatabaseIsLeftExactlyAsItWas() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("accounts.sqlite")
        try makeForeignDatabase(at: path)
        let before = try contents(path)

        #expect(throws: StoreError.notACoachDatabase(path: path)) {
            _ = try CoachStore(path: path)
        }
        // Refusing a file must not change it, not even its journal mode (header bytes 18–19).
        let after = try contents(path)
        let unchanged = after == before
        #expect(unchanged, "\(differences(before, after))")
    }

    @Test func emptySQLiteDatabaseWithAnotherApplicationIDIsNotACoachDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = 1234") }
        try queue.close()
        #expect(throws: StoreError.notACoachDatabase(path: path)) {
            _ = try CoachStore(path: path)
        }
    }

    @Test func databaseOfANewerCoachIsRefusedAndNotChanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let number: CaseNumber
        do {
            let store = try CoachStore(path: path)
            number = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
            try store.append(TranscriptEvent(at: utc(2026, 3, 10, 2, 0, 1), staff: "chan.mw", .typed(question: "", text: "漏水")), to: number)
        }
        // A later Coach has applied a migration this one does not know (and, as every Coach
        // migration does, moved user_version on).
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: something from the future')")
            try db.execute(sql: "PRAGMA user_version = 99")
        }
        try queue.close()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "checkpointed before we compare bytes")
        let before = try contents(path)

        #expect(throws: StoreError.newerThanProgram(path: path)) {
            _ = try CoachStore(path: path)
        }
        let after = try contents(path)
        let unchanged = after == before
        #expect(unchanged, "the file is not changed: \(differences(before, after))")

        // The newer Coach's data is all still there.
        let check = try DatabaseQueue(path: path)
        try check.read { db throws in
            #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
                    == ["v1: cases and transcript", "v2: training results", "v3: case life", "v4: search and review scores", "v5: typed events", "v6: journal", "v7: repeat complaints", "v8: calibration scores", "v9: follow-up attempts", "v9: something from the future"])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM transcript") == 2, "its opening and one line")
            #expect(try String.fetchOne(db, sql: "SELECT case_number FROM cases") == number.description)
        }
        try check.close()
    }

    @Test func errorsAreWordedForThePersonAtTheDesk() {
        #expect(StoreError.notACoachDatabase(path: "/x/a.txt").description.contains("is not a Coach database"))
        #expect(StoreError.newerThanProgram(path: "/x/c.sqlite").description.contains("nothing was changed"))
        #expect(StoreError.locked(path: "/x/c.sqlite").description.contains("nothing was lost"))
        #expect(StoreError.unknownCase("260310-007").description == "no case numbered 260310-007")
    }
}
