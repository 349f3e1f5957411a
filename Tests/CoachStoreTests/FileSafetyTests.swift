import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import GRDBSQLite
import Testing

/// A database is never bricked: it is created whole or not at all, kept private to its owner,
/// and opened read-only (never created) by the commands that only read.
@Suite("File safety")
struct FileSafetyTests {
    /// The names in a folder, sorted.
    func names(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    /// Makes a file's modification time `seconds` ago.
    func age(_ path: String, by seconds: Int) {
        let then = Date().addingTimeInterval(-Double(seconds))
        try? FileManager.default.setAttributes([.modificationDate: then], ofItemAtPath: path)
    }

    /// Opens and closes the database the way SQLite does by default, which removes the -wal
    /// and -shm that Coach keeps between runs: the file alone is the database.
    func closeWithoutWAL(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        queue.writeWithoutTransaction { db in
            var persist: CInt = 0
            _ = sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, &persist)
        }
        try queue.close()
    }

    // MARK: creation

    @Test func aNewDatabaseIsWholeBeforeItHasItsName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        #expect(try DatabaseFiles.ensure(at: path, seal: nil) == .created)
        // Nothing but the database: no build left over, no -wal needed to read it.
        #expect(try names(folder) == ["coach.sqlite"])
        #expect(try posixPermissions(path) == 0o600)
        // Fully migrated, in WAL mode, read straight from the file.
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        try queue.read { db throws in
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID)
            #expect(try Int32.fetchOne(db, sql: "PRAGMA user_version") == Schema.version)
            #expect(try Schema.migrator(seal: nil).hasCompletedMigrations(db))
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() == "wal")
        }
        try queue.close()
        let header = [UInt8](try contents(path).prefix(100))
        #expect(header[18] == 2 && header[19] == 2, "WAL in the header itself")
    }

    @Test func anExistingDatabaseIsNeverReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let number = try CoachStore(path: path).openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        #expect(try DatabaseFiles.ensure(at: path, seal: nil) == .existing)
        #expect(try CoachStore(path: path).record(number) != nil)
    }

    /// Many Coaches starting at once on a database that does not exist yet: one creates it, the
    /// others use it; no case is lost to a database replaced under it.
    @Test(.timeLimit(.minutes(3)))
    func coachesStartingTogetherShareOneDatabase() throws {
        for _ in 0..<5 {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let path = folder.path("data/coach.sqlite")
            let writers = 4
            let group = DispatchGroup()
            let results = Results()
            for index in 0..<writers {
                group.enter()
                Thread {
                    defer { group.leave() }
                    do {
                        let store = try CoachStore(path: path)
                        let record = try store.openCase(receivedAt: utc(2026, 3, 10, 2, index), receivedBy: "desk\(index)", calendar: hongKong)
                        results.add(.success(record.caseNumber.description))
                    } catch {
                        results.add(.failure(error))
                    }
                }.start()
            }
            group.wait()
            let outcomes = results.all
            #expect(outcomes.allSatisfy { (try? $0.get()) != nil }, "\(outcomes)")
            let store = try CoachStore(path: path)
            #expect(try store.records().count == writers, "every case is in the one database")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path("data"))
                .filter { $0.hasPrefix(DatabaseFiles.buildPrefix) }
            #expect(leftovers.isEmpty, "no build is left behind: \(leftovers)")
        }
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<String, any Error>] = []
        func add(_ result: Result<String, any Error>) { lock.withLock { results.append(result) } }
        var all: [Result<String, any Error>] { lock.withLock { results } }
    }

    /// What a Coach killed in the middle of creating a database leaves: a half-written build
    /// beside a path with nothing at it. The next run creates the database and ignores it.
    @Test func aBuildCutShortIsNeverTakenForTheDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let fresh = folder.path(DatabaseFiles.buildPrefix + "0123456789abcdef.sqlite")
        let stale = folder.path(DatabaseFiles.buildPrefix + "fedcba9876543210.sqlite")
        let staleJournal = stale + "-journal"
        for file in [fresh, stale, staleJournal] {
            #expect(FileManager.default.createFile(atPath: file, contents: Data("SQLite format 3\0 half".utf8),
                                                   attributes: [.posixPermissions: 0o600]))
        }
        age(stale, by: 120)
        age(staleJournal, by: 120)

        let store = try CoachStore(path: path)
        #expect(try store.records().isEmpty)
        // Builds more than a minute old are removed; a newer one may be another Coach's, still at work.
        #expect(try names(folder).filter { $0.hasPrefix(DatabaseFiles.buildPrefix) } == [(fresh as NSString).lastPathComponent])
        age(fresh, by: 120)
        _ = try CoachStore(path: path)
        #expect(try names(folder).filter { $0.hasPrefix(DatabaseFiles.buildPrefix) }.isEmpty)
    }

    /// An empty file at the path (what an earlier Coach killed at the wrong moment left, or
    /// `touch`) becomes a whole database, private whatever the empty file's mode was.
    @Test func anEmptyFileIsReplacedByAWholeDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        #expect(FileManager.default.createFile(atPath: path, contents: Data(), attributes: [.posixPermissions: 0o644]))
        #expect(try DatabaseFiles.ensure(at: path, seal: nil) == .created)
        #expect(try posixPermissions(path) == 0o600)
        #expect(try names(folder) == ["coach.sqlite"])
        let store = try CoachStore(path: path)
        #expect(try store.records().isEmpty)
        #expect(store.permissionsTightened.isEmpty)
    }

    @Test func aFolderWhereTheDatabaseShouldBeIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: StoreError.cannotOpen(path: path, reason: "it is a folder")) { _ = try CoachStore(path: path) }
        #expect(throws: StoreError.cannotOpen(path: path, reason: "it is a folder")) { _ = try CoachStore(readingAt: path) }
    }

    // MARK: permissions

    @Test func aDatabaseOthersCanReadIsMadePrivateWhenOpenedForWriting() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        do {
            let store = try CoachStore(path: path)
            _ = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong)
        }
        // As an earlier Coach, a copy or a careless chmod might have left them.
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(chmod(file, 0o644) == 0)
        }
        let companions = [path + "-wal", path + "-shm"].filter { FileManager.default.fileExists(atPath: $0) }

        // Reading changes nothing.
        _ = try CoachStore(readingAt: path)
        #expect(try posixPermissions(path) == 0o644)

        let store = try CoachStore(path: path)
        #expect(store.permissionsTightened.map(\.path) == [path] + companions)
        #expect(store.permissionsTightened.allSatisfy { $0.from == 0o644 && $0.to == 0o600 })
        #expect(store.permissionsTightened.first?.description
                == "\(path) could be read by others (mode 0644); it is now 0600, for its owner only")
        for file in [path] + companions {
            #expect(try posixPermissions(file) == 0o600, "\(file)")
        }
        #expect(try store.records().count == 1)
        // Said once: the next run finds them private.
        #expect(try CoachStore(path: path).permissionsTightened.isEmpty)
    }

    @Test func onlyOthersAccessIsTakenAway() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        _ = try CoachStore(path: path)
        #expect(chmod(path, 0o666) == 0)
        #expect(try DatabaseFiles.makePrivate(path) == [PermissionChange(path: path, from: 0o666, to: 0o600)])
        #expect(chmod(path, 0o440) == 0)
        #expect(try DatabaseFiles.makePrivate(path) == [PermissionChange(path: path, from: 0o440, to: 0o400)])
        #expect(try DatabaseFiles.makePrivate(path) == [])
    }

    /// A database owned by someone else, readable by others: its mode cannot be changed, so it is
    /// refused. (Root may change any file's mode: only another user can see the refusal.)
    @Test(.enabled(if: geteuid() != 0, "root may chmod any file; the refusal needs a file this user does not own"))
    func aFileWhoseModeCannotBeChangedIsRefused() throws {
        // A file every system has, owned by root and readable by all; chmod is refused (EPERM).
        let path = "/etc/passwd"
        var info = stat()
        let found = stat(path, &info) == 0
        let othersRead = (info.st_mode & 0o044) != 0
        let eligible = found && info.st_uid != geteuid() && othersRead
        try #require(eligible)
        #expect {
            _ = try DatabaseFiles.makePrivate(path)
        } throws: { error in
            guard case .notPrivate(let failing, let mode, _)? = error as? StoreError else { return false }
            return failing == path && mode == Int(info.st_mode & 0o7777)
        }
    }

    @Test func theNewErrorsAreWordedForThePersonAtTheDesk() {
        #expect(StoreError.noDatabase(path: "/x/c.sqlite").description.hasPrefix("no database at /x/c.sqlite"))
        #expect(StoreError.olderThanProgram(path: "/x/c.sqlite").description.contains("older version of Coach"))
        #expect(StoreError.notPrivate(path: "/x/c.sqlite", mode: 0o644, reason: "Operation not permitted").description
                .contains("(mode 0644)"))
        #expect(StoreError.readOnly(path: "/x/c.sqlite").description.contains("read-only"))
    }

    // MARK: reading only

    @Test func readingNeverCreatesADatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("mistyped/coach.sqlite")
        #expect(throws: StoreError.noDatabase(path: path)) { _ = try CoachStore(readingAt: path) }
        #expect(throws: StoreError.noDatabase(path: folder.path("coach.sqlit"))) { _ = try CoachStore(readingAt: folder.path("coach.sqlit")) }
        #expect(try names(folder).isEmpty, "no file and no folder")
        // An empty file is no database either, and stays as it was.
        let empty = folder.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(throws: StoreError.noDatabase(path: empty)) { _ = try CoachStore(readingAt: empty) }
        #expect(try contents(empty).isEmpty)
        #expect(try names(folder) == ["empty.sqlite"])
    }

    @Test func readingRefusesWhatWritingRefuses() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = folder.path("notes.txt")
        try Data("電梯維修：星期三\n".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.notACoachDatabase(path: text)) { _ = try CoachStore(readingAt: text) }

        let foreign = folder.path("accounts.sqlite")
        let queue = try DatabaseQueue(path: foreign)
        try queue.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
        try queue.close()
        let before = try contents(foreign)
        #expect(throws: StoreError.notACoachDatabase(path: foreign)) { _ = try CoachStore(readingAt: foreign) }
        #expect(try contents(foreign) == before)

        let newer = folder.path()
        _ = try CoachStore(path: newer)
        let later = try DatabaseQueue(path: newer)
        try later.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: something from the future')")
            try db.execute(sql: "PRAGMA user_version = 99")
        }
        try later.close()
        #expect(throws: StoreError.newerThanProgram(path: newer)) { _ = try CoachStore(readingAt: newer) }
    }

    /// A database an older Coach wrote is upgraded by the next desk that opens it for writing;
    /// reading alone never migrates it, and says so.
    @Test func readingDoesNotUpgradeAnOlderDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let migrator = Schema.migrator(seal: nil)
        let previous = try #require(migrator.migrations.dropLast().last)
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue, upTo: previous)
        try queue.close()
        let before = try contents(path)

        #expect(throws: StoreError.olderThanProgram(path: path)) { _ = try CoachStore(readingAt: path) }
        #expect(try contents(path) == before, "nothing was changed")
        // A desk upgrades it; then it reads.
        _ = try CoachStore(path: path)
        #expect(try CoachStore(readingAt: path).records().isEmpty)
    }

    @Test func aReadOnlyStoreReadsAndRefusesToWrite() throws {
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
        #expect(chmod(path, 0o444) == 0)
        let main = try contents(path), wal = try? contents(path + "-wal")

        let store = try CoachStore(readingAt: path)
        #expect(store.isReadOnly)
        #expect(store.path == path)
        #expect(try store.record(number)?.receivedBy == "chan.mw")
        #expect(try store.transcript(of: number).compactMap(\.event.spokenOrTyped) == ["升降機壞咗"])
        #expect(try store.check(number).isIntact)
        #expect(try store.caseNumbers() == [number])
        _ = try store.digest()
        // Root could write the file anyway: it is the read-only open that refuses.
        #expect(throws: StoreError.readOnly(path: path)) {
            _ = try store.openCase(receivedAt: utc(2026, 3, 10, 3, 0), receivedBy: "wong.ky", calendar: hongKong)
        }
        #expect(try contents(path) == main)
        let walAfter = try? contents(path + "-wal")
        #expect(walAfter == wal)
        #expect(try posixPermissions(path) == 0o444, "reading changes no mode")
    }

    /// In a read-only folder SQLite cannot make the `-shm` it reads a WAL database through; the
    /// file, whole without a `-wal`, is then read as immutable. (Root may write in any folder, so
    /// here the `-shm` is a link into a folder that does not exist, which no one can open.)
    @Test func aDatabaseWhoseSharedMemoryFileCannotBeMadeIsStillRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let number = try CoachStore(path: path).openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        try closeWithoutWAL(path)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        unlink(path + "-shm")
        #expect(symlink(folder.path("nowhere/shm"), path + "-shm") == 0)
        // SQLite alone cannot read it.
        #expect(throws: (any Error).self) {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM cases") }
        }
        let before = try contents(path)
        #expect(try CoachStore(readingAt: path).record(number)?.receivedBy == "chan.mw")
        #expect(try contents(path) == before)
    }

    @Test(.enabled(if: geteuid() != 0, "root may create files in a read-only folder; the -shm test above stands in for it"))
    func aDatabaseInAReadOnlyFolderIsRead() throws {
        let folder = try TemporaryFolder()
        defer {
            chmod(folder.url.path, 0o700)
            folder.remove()
        }
        let path = folder.path()
        let number = try CoachStore(path: path).openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        try closeWithoutWAL(path)
        #expect(chmod(path, 0o444) == 0)
        #expect(chmod(folder.url.path, 0o555) == 0)
        #expect(try CoachStore(readingAt: path).record(number)?.receivedBy == "chan.mw")
    }
}
