import ComplaintDomain
import Foundation
import GRDB
import GRDBSQLite

/// The embedded SQLite database: cases and their append-only transcripts, over any GRDB
/// `DatabaseWriter`. A file opened for writing (`init(path:seal:)`) is created whole or not at
/// all, kept private to its owner, and opened in WAL mode with `synchronous = FULL` on the
/// writer, so a line acknowledged is a line that survives a power cut; a file opened for reading
/// (`init(readingAt:seal:)`) is never created, migrated or written; a `DatabaseQueue()` keeps a
/// store in memory. See `DatabaseFiles` for how a file is created and tightened.
public final class CoachStore: Sendable {
    /// Where the database is (`:memory:` for one in memory).
    public let path: String
    /// The connections: a `DatabasePool` for a file; reads go through `read`, writes through `write`.
    let writer: any DatabaseWriter
    /// The office's key for sealing the transcript, when it keeps one (`COACH_KEY_FILE`).
    let seal: ChainSeal?
    /// Opened read-only (`init(readingAt:seal:)`): any write is refused.
    public let isReadOnly: Bool
    /// Files of the database that others could read and that opening it made private; the
    /// caller says so (once: the next run finds them private).
    public let permissionsTightened: [PermissionChange]
    /// How the writer of a file opened by `init(path:)` waits for another program's lock; nil
    /// for a writer given whole, which waits as its own configuration says.
    let lockWait: LockWait?

    /// How long a write waits for another Coach (or a `sqlite3` shell) before saying it is locked.
    public static let busyTimeout: TimeInterval = 5

    /// Migrates the database behind `writer` and keeps it; refuses one that a newer Coach has
    /// migrated. Nothing here checks a file: that is `init(path:seal:)`'s work, before it opens one.
    public convenience init(_ writer: any DatabaseWriter, seal: ChainSeal? = nil) throws(StoreError) {
        try self.init(writer, path: writer.path, seal: seal, migrating: true, permissionsTightened: [], lockWait: nil)
    }

    private init(_ writer: any DatabaseWriter, path: String, seal: ChainSeal?, migrating: Bool,
                 permissionsTightened: [PermissionChange], lockWait: LockWait?) throws(StoreError) {
        self.writer = writer
        self.path = path
        self.seal = seal
        self.isReadOnly = !migrating
        self.permissionsTightened = permissionsTightened
        self.lockWait = lockWait
        do {
            let migrator = Schema.migrator(seal: seal)
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerThanProgram(path: path)
            }
            // Checked with a read first: a database already up to date opens even while another
            // program holds the write lock (the intake then keeps its lines in the journal).
            let current = try writer.read { try migrator.hasCompletedMigrations($0) }
            if migrating, !current {
                try migrator.migrate(writer)
            } else if !current {
                throw StoreError.olderThanProgram(path: path)
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Opens the database at `path` for writing, creating it (mode 0600, in a folder made 0700)
    /// whole if missing, and migrates it. Refuses a file that is not a Coach database or that a
    /// newer Coach has migrated, leaving it untouched. A database that others could read is
    /// made private (`permissionsTightened`), or refused when that cannot be done.
    /// `busyTimeout` is how long a write waits for another program's lock before it fails (and
    /// an intake keeps the line in the journal instead).
    public convenience init(path: String, seal: ChainSeal? = nil, busyTimeout: TimeInterval = CoachStore.busyTimeout) throws(StoreError) {
        try DatabaseFiles.makeFolder(for: path)
        switch try DatabaseFiles.ensure(at: path, seal: seal) {
        case .created: break
        case .existing:
            switch try CoachStore.fileState(at: path) {
            case .ours: break
            case .unknown: try CoachStore.inspect(path)
            }
        }
        let tightened = try DatabaseFiles.makePrivate(path)
        DatabaseFiles.removeStaleBuilds(beside: path)
        let lockWait = LockWait(limit: busyTimeout)
        try self.init(CoachStore.openPool(path, lockWait: lockWait), path: path, seal: seal, migrating: true,
                      permissionsTightened: tightened, lockWait: lockWait)
    }

    /// Opens the database at `path` for reading only: never creates a file (a missing or empty
    /// one is `noDatabase`), never migrates (a database an older Coach wrote is refused until a
    /// desk opens it once), never writes, and works on a read-only file or in a read-only folder.
    public convenience init(readingAt path: String, seal: ChainSeal? = nil) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .noDatabase(path: path) }
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .cannotOpen(path: path, reason: (info.st_mode & S_IFMT) == S_IFDIR ? "it is a folder" : "it is not a regular file")
        }
        guard info.st_size > 0 else { throw .noDatabase(path: path) }
        switch try CoachStore.fileState(at: path) {
        case .ours: break
        case .unknown: try CoachStore.inspect(path)
        }
        let reader = try CoachStore.openReader(path)
        try self.init(reader, path: path, seal: seal, migrating: false, permissionsTightened: [], lockWait: nil)
    }

    /// A read-only connection. SQLite reads a WAL database through its `-shm`, which it must be
    /// able to open or create; in a read-only folder where there is none (and no `-wal`, or an
    /// empty one, so the file holds everything), the file is read as immutable instead.
    private static func openReader(_ path: String) throws(StoreError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "coach-read"
        func open(_ name: String) throws -> DatabaseQueue {
            let queue = try DatabaseQueue(path: name, configuration: configuration)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        }
        do {
            return try open(path)
        } catch {
            var wal = stat()
            let walIsEmpty = stat(path + "-wal", &wal) != 0 ? errno == ENOENT : wal.st_size == 0
            guard walIsEmpty, let uri = immutableURI(path), let queue = try? open(uri) else {
                throw storeError(error, path: path)
            }
            return queue
        }
    }

    /// `file:/…?immutable=1` for `path` (SQLite's URI form, which Debian's SQLite accepts).
    private static func immutableURI(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        var escaped = ""
        for character in String(cString: real) {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file:" + escaped + "?immutable=1"
    }

    /// The pool over a checked file: WAL (GRDB's default for a pool), the writer waiting for a
    /// lock as `lockWait` says, the -wal and -shm files kept between runs, and `synchronous = FULL`
    /// on the writer.
    private static func openPool(_ path: String, lockWait: LockWait) throws(StoreError) -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = lockWait.busyMode
        configuration.label = "coach"
        configuration.prepareDatabase { db in
            guard !db.configuration.readonly else { return }
            // Keep the -wal and -shm files between runs: creating them again, with the fsyncs
            // that takes, was most of the time to the first prompt.
            var persist: CInt = 1
            let code = sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, &persist)
            guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            return pool
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// The default location: `$XDG_DATA_HOME/coach/coach.sqlite`, else `~/.local/share/coach/`.
    public static func defaultPath(environment: [String: String]) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/coach/coach.sqlite"
    }

    /// Runs a read, mapping SQLite's failures to what a person can act on.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs a write in one transaction, durable when it returns.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
            case .SQLITE_NOTADB: return .notACoachDatabase(path: path)
            case .SQLITE_READONLY: return .readOnly(path: path)
            default: return .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
            }
        }
        return .cannotOpen(path: path, reason: "\(error)")
    }

    /// What the file's header says before SQLite opens it.
    private enum FileState {
        /// Our application id and a schema version this program knows.
        case ours
        /// Anything else: checked read-only, in full, before anything writes to it.
        case unknown
    }

    /// Reads an existing, non-empty file's header (the header alone can be stale in WAL mode,
    /// so only a clear "ours" skips the check).
    private static func fileState(at path: String) throws(StoreError) -> FileState {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "it cannot be read")
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard header.count == 100, header[0..<16].elementsEqual("SQLite format 3\0".utf8) else {
            throw .notACoachDatabase(path: path)
        }
        func field(_ offset: Int) -> Int32 {
            Int32(bitPattern: header[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) })
        }
        let version = field(60)
        return field(68) == Schema.applicationID && version >= 1 && version <= Schema.version ? .ours : .unknown
    }

    /// Checks an existing file read-only before anything writes to it, so a file that is
    /// refused is left exactly as it was (opening a pool would switch it to WAL).
    private static func inspect(_ path: String) throws(StoreError) {
        do {
            let queue = try openReader(path)
            try queue.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") ?? 0
                if id != Schema.applicationID, id != 0 || tables > 0 { throw StoreError.notACoachDatabase(path: path) }
                if id == Schema.applicationID, try Schema.migrator(seal: nil).hasBeenSuperseded(db) {
                    throw StoreError.newerThanProgram(path: path)
                }
            }
            try queue.close()
        } catch {
            throw storeError(error, path: path)
        }
    }
}
