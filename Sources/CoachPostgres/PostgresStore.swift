import CoachStore
import Foundation
import PostgresNIO

/// The shared store: cases and their append-only, hash-chained transcripts in a PostgreSQL
/// database that many desks on many machines write at once. It keeps SQLite's promises the way a
/// server can: each turn is one transaction committed before `commit` returns, case numbers come
/// from a per-day counter row taken in the case's own transaction, and every write that adds
/// events first takes the ledger's row, so events are numbered, chained and committed in one
/// order across all desks (the ledger chains them by row id).
public final class PostgresStore: CaseStore {
    /// The URL without its password, for messages.
    public let path: String
    public let location: PostgresLocation
    public let isReadOnly: Bool
    public var permissionsTightened: [PermissionChange] { [] }
    /// Where turns wait while the server cannot take them: a file on this machine.
    public let journal: TurnJournal
    let link: PostgresLink
    /// The office's key, when it keeps one (`COACH_KEY_FILE`).
    let seal: ChainSeal?

    /// Connects and checks the database: a new, empty one is given Coach's tables (when opened
    /// for writing), an older Coach's is migrated — once, however many desks start together —
    /// and a database that is someone else's, or a newer Coach's, is refused untouched.
    /// `busyTimeout` is how long connecting, or a write waiting for a row another desk holds,
    /// may take before it fails (and an intake keeps the line in the journal), as for SQLite.
    public init(location: PostgresLocation, seal: ChainSeal? = nil, readOnly: Bool = false, busyTimeout: TimeInterval = CoachStore.busyTimeout,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        self.location = location
        path = location.description
        isReadOnly = readOnly
        self.seal = seal
        link = PostgresLink(location, busyTimeout: busyTimeout)
        journal = TurnJournal(path: Self.journalPath(for: location, environment: environment))
        try prepareSchema()
    }

    /// Opens the database a `postgres://` URL names.
    public convenience init(url: String, seal: ChainSeal? = nil, readOnly: Bool = false, busyTimeout: TimeInterval = CoachStore.busyTimeout,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        try self.init(location: PostgresLocation(url: url, environment: environment), seal: seal, readOnly: readOnly,
                      busyTimeout: busyTimeout, environment: environment)
    }

    /// Makes or migrates the schema, or refuses the database, as `init` says.
    private func prepareSchema() throws(StoreError) {
        let state = try run { db in try PostgresSchema.state(db) }
        switch state {
        case .coach(let version) where version == PostgresSchema.version:
            return
        case .coach(let version) where version > PostgresSchema.version:
            throw .newerThanProgram(path: path)
        case .foreign:
            throw .notACoachDatabase(path: path)
        case .empty where isReadOnly:
            throw .noDatabase(path: path)
        case .coach where isReadOnly:
            throw .olderThanProgram(path: path)
        case .empty, .coach:
            try migrate()
        }
    }

    /// Creates the tables under the migration lock; a desk that waited for another finds them made.
    func migrate() throws(StoreError) {
        do {
            try createTables()
        } catch .readOnly {
            throw .cannotOpen(path: path, reason: "Coach's tables are missing or older, and \(location.user) may not make them: "
                + "the database's owner runs coach db init first")
        }
    }

    private func createTables() throws(StoreError) {
        try write { db in
            try db.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))")
            switch try PostgresSchema.state(db) {
            case .empty:
                for statement in PostgresSchema.statements { try db.run(PostgresQuery(unsafeSQL: statement)) }
            case .coach(let version) where version == PostgresSchema.version:
                break
            case .coach(let version) where version > PostgresSchema.version:
                throw StoreError.newerThanProgram(path: path)
            case .coach:
                // No Coach has written an older PostgreSQL schema: the first one is v9.
                throw StoreError.olderThanProgram(path: path)
            case .foreign:
                throw StoreError.notACoachDatabase(path: path)
            }
        }
    }

    /// `$XDG_STATE_HOME/coach/<server and database>.journal` (else `~/.local/state/coach/`): the
    /// journal must be on this machine, since it keeps what the server could not take.
    static func journalPath(for location: PostgresLocation, environment: [String: String]) -> String {
        let base: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        let folder = base + "/coach"
        if !FileManager.default.fileExists(atPath: folder) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
        }
        let server = location.socketFolder ?? "\(location.host):\(location.port)"
        let name = "\(location.user)@\(server)/\(location.database)".map { $0.isLetter || $0.isNumber || "@.-_".contains($0) ? $0 : "_" }
        return folder + "/postgres-" + String(name) + ".journal"
    }

    // MARK: Running work

    /// Runs `body` on the connection outside any transaction (each statement commits alone).
    func run<T>(_ body: (PostgresTransaction) throws -> T) throws(StoreError) -> T {
        do {
            return try link.withConnection(body)
        } catch {
            throw PostgresFailure.storeError(error, at: location)
        }
    }

    /// Runs reads in one transaction that sees one moment of the database.
    func read<T>(_ body: (PostgresTransaction) throws -> T) throws(StoreError) -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", answered: false, body)
    }

    /// Runs a write in one transaction, committed when it returns.
    func write<T>(_ body: (PostgresTransaction) throws -> T) throws(StoreError) -> T {
        guard !isReadOnly else { throw .readOnly(path: path) }
        return try transaction("BEGIN", answered: true, body)
    }

    /// A connection found dead at `BEGIN` (the server restarted, or failed over, since the last
    /// turn) is made again once: nothing of the transaction was sent, so trying again is safe.
    private func transaction<T>(_ begin: String, answered: Bool, _ body: (PostgresTransaction) throws -> T) throws(StoreError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try link.withConnection(answered: answered) { db in
                    do {
                        try db.run(PostgresQuery(unsafeSQL: begin))
                    } catch where PostgresFailure.isLostConnection(error) {
                        throw PostgresFailure.Unsent(error: error)
                    }
                    if link.isBrief { try db.run(PostgresQuery(unsafeSQL: "SET LOCAL lock_timeout = '\(Int(link.wait * 1000))ms'")) }
                    do {
                        let result = try body(db)
                        try db.run("COMMIT")
                        return result
                    } catch {
                        if !db.connection.isClosed { _ = try? db.run("ROLLBACK") }
                        throw error
                    }
                }
            } catch let unsent as PostgresFailure.Unsent {
                if attempt < 2 { continue }
                throw PostgresFailure.storeError(unsent.error, at: location)
            } catch {
                throw PostgresFailure.storeError(error, at: location)
            }
        }
    }

    public func waitingBriefly<T>(_ seconds: TimeInterval, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try link.waiting(atMost: seconds) { () throws -> T in try body() }
        } catch let error as StoreError {
            throw error
        } catch {
            throw PostgresFailure.storeError(error, at: location)
        }
    }
}
