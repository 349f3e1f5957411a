import ComplaintDomain
import Foundation
import GRDB
import GRDBSQLite

/// The embedded SQLite database: cases and their append-only transcripts, over any GRDB
/// `DatabaseWriter`. A file (`init(path:seal:)`) is opened in WAL mode with `synchronous = FULL`
/// on the writer, so a line acknowledged is a line that survives a power cut; a `DatabaseQueue()`
/// keeps a store in memory.
public final class CoachStore: Sendable {
    /// Where the database is (`:memory:` for one in memory).
    public let path: String
    /// The connections: a `DatabasePool` for a file; reads go through `read`, writes through `write`.
    let writer: any DatabaseWriter
    /// The office's key for sealing the transcript, when it keeps one (`COACH_KEY_FILE`).
    let seal: ChainSeal?

    /// How long a write waits for another Coach (or a `sqlite3` shell) before saying it is locked.
    public static let busyTimeout: TimeInterval = 5

    /// Migrates the database behind `writer` and keeps it; refuses one that a newer Coach has
    /// migrated. Nothing here checks a file: that is `init(path:seal:)`'s work, before it opens one.
    public init(_ writer: any DatabaseWriter, seal: ChainSeal? = nil) throws(StoreError) {
        self.writer = writer
        self.path = writer.path
        self.seal = seal
        do {
            let migrator = Schema.migrator(seal: seal)
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerThanProgram(path: path)
            }
            try migrator.migrate(writer)
        } catch {
            throw Self.storeError(error, path: writer.path)
        }
    }

    /// Opens (creating, mode 0600, if missing) and migrates the database at `path`. Refuses a
    /// file that is not a Coach database or that a newer Coach has migrated, leaving it untouched.
    public convenience init(path: String, seal: ChainSeal? = nil) throws(StoreError) {
        switch try CoachStore.prepareFile(at: path) {
        case .new, .ours: break
        case .unknown: try CoachStore.inspect(path)
        }
        try self.init(CoachStore.openPool(path), seal: seal)
    }

    /// The pool over a checked file: WAL (GRDB's default for a pool), a busy timeout, the -wal
    /// and -shm files kept between runs, and `synchronous = FULL` on the writer.
    private static func openPool(_ path: String) throws(StoreError) -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
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
            default: return .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
            }
        }
        return .cannotOpen(path: path, reason: "\(error)")
    }

    /// What the file's header says before SQLite opens it.
    private enum FileState {
        case new
        /// Our application id and a schema version this program knows.
        case ours
        /// Anything else: checked read-only, in full, before anything writes to it.
        case unknown
    }

    /// Creates the folder (0700) and an empty file (0600) so the database is never readable by
    /// others, not even for the moment before SQLite would create it; reads an existing file's
    /// header (the header alone can be stale in WAL mode, so only a clear "ours" skips the check).
    private static func prepareFile(at path: String) throws(StoreError) -> FileState {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create the folder \(folder)")
            }
        }
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
            return .new
        }
        guard errno == EEXIST else {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "it cannot be read")
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        if header.isEmpty { return .new }
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
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
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
