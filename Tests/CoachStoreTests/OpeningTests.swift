import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// Opening a database: created private, in WAL mode with durable writes, migrated, reopenable.
@Suite("Opening the store")
struct OpeningTests {
    @Test func newDatabaseIsCreatedPrivateInAFolderItCreates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dataFolder = folder.url.appendingPathComponent("share/coach")
        let path = dataFolder.appendingPathComponent("coach.sqlite").path
        #expect(!FileManager.default.fileExists(atPath: dataFolder.path))

        let store = try CoachStore(path: path)
        #expect(store.path == path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try posixPermissions(path) == 0o600)
        #expect(try posixPermissions(dataFolder.path) == 0o700, "the folder Coach creates is private too")

        // Once written to, SQLite's companion files carry the same mode.
        _ = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong)
        let wal = path + "-wal"
        if FileManager.default.fileExists(atPath: wal) {
            #expect(try posixPermissions(wal) == 0o600)
        }
    }

    @Test func journalModeIsWAL() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try CoachStore(path: folder.path())
        let mode = try store.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode?.lowercased() == "wal")
    }

    @Test func writerIsSynchronousFull() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try CoachStore(path: folder.path())
        let synchronous = try store.writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(synchronous == 2, "FULL")
        // Still FULL for the writer after a write.
        _ = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong)
        let after = try store.writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(after == 2)
    }

    @Test func schemaIsMigrated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try CoachStore(path: folder.path())
        try store.writer.read { db throws in
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID)
            #expect(Schema.applicationID == 0x434F_4143)
            for table in ["cases", "transcript", "case_sequence"] {
                #expect(try db.tableExists(table), "table \(table)")
            }
            #expect(try Schema.migrator(seal: nil).appliedIdentifiers(db) == ["v1: cases and transcript", "v2: training results", "v3: case life", "v4: search and review scores", "v5: typed events", "v6: journal", "v7: repeat complaints", "v8: calibration scores", "v9: follow-up attempts"])
            #expect(try Schema.migrator(seal: nil).hasCompletedMigrations(db))
            #expect(try !Schema.migrator(seal: nil).hasBeenSuperseded(db))
            let triggers = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            #expect(triggers == ["transcript_is_append_only_delete", "transcript_is_append_only_update"])
        }
    }

    @Test func reopeningKeepsEverything() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let number: CaseNumber
        do {
            let store = try CoachStore(path: path)
            number = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
            try store.append(TranscriptEvent(at: utc(2026, 3, 10, 2, 0, 5), staff: "chan.mw", .typed(question: "", text: "升降機壞咗")),
                             to: number)
        }
        let reopened = try CoachStore(path: path)
        #expect(try reopened.record(number)?.receivedBy == "chan.mw")
        #expect(try reopened.transcript(of: number).compactMap(\.event.spokenOrTyped) == ["升降機壞咗"])
        #expect(try posixPermissions(path) == 0o600)
        try reopened.writer.read { db throws in
            #expect(try Schema.migrator(seal: nil).appliedIdentifiers(db) == ["v1: cases and transcript", "v2: training results", "v3: case life", "v4: search and review scores", "v5: typed events", "v6: journal", "v7: repeat complaints", "v8: calibration scores", "v9: follow-up attempts"])
        }
        // The day's numbering carries on after a reopen.
        let next = try reopened.openCase(receivedAt: utc(2026, 3, 10, 3, 0), receivedBy: "wong.ky", calendar: hongKong)
        #expect(next.caseNumber.description == "260310-002")
        let third = try CoachStore(path: path)
        #expect(try third.records().count == 2)
    }

    @Test func existingEmptyFileBecomesACoachDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        #expect(FileManager.default.createFile(atPath: path, contents: Data(), attributes: [.posixPermissions: 0o600]))
        let store = try CoachStore(path: path)
        try store.writer.read { db throws in
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID)
        }
    }

    @Test func folderThatCannotBeCreatedIsReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A plain file stands where the folder should be.
        let blocker = folder.url.appendingPathComponent("data")
        try Data("not a folder".utf8).write(to: blocker)
        let path = blocker.appendingPathComponent("coach/coach.sqlite").path
        #expect {
            _ = try CoachStore(path: path)
        } throws: { error in
            guard case .cannotOpen(let failing, _)? = error as? StoreError else { return false }
            return failing == path
        }
    }
}
