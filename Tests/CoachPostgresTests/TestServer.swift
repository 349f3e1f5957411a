import CivilTime
@testable import CoachPostgres
import CoachStore
import Foundation
import GRDB
import PostgresNIO
import Testing

/// The PostgreSQL server the tests may create databases on: `COACH_TEST_POSTGRES`, a superuser's
/// URL (scripts/test starts a throwaway cluster and sets it). Without it the PostgreSQL tests
/// fail, saying so, unless `COACH_TEST_SKIP_POSTGRES=1`, which skips them with a warning.
enum TestServer {
    static let environment = ProcessInfo.processInfo.environment

    /// The server's superuser, or nil after saying why there is none (a failure unless skipping).
    static func admin(sourceLocation: SourceLocation = #_sourceLocation) -> PostgresLocation? {
        guard let url = environment["COACH_TEST_POSTGRES"], !url.isEmpty else {
            if environment["COACH_TEST_SKIP_POSTGRES"] == "1" {
                FileHandle.standardError.write(Data("warning: PostgreSQL is not available: this test was SKIPPED (COACH_TEST_SKIP_POSTGRES=1)\n".utf8))
            } else {
                Issue.record("""
                    PostgreSQL is not available: COACH_TEST_POSTGRES is not set. Run the tests through scripts/test (which starts \
                    a throwaway server), or set COACH_TEST_POSTGRES=postgres://postgres@127.0.0.1:PORT/postgres; \
                    COACH_TEST_SKIP_POSTGRES=1 skips the PostgreSQL tests (with a warning).
                    """, sourceLocation: sourceLocation)
            }
            return nil
        }
        do {
            return try PostgresLocation(url: url, environment: environment)
        } catch {
            Issue.record("COACH_TEST_POSTGRES: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Runs statements as `location`'s user, each on its own (outside a transaction).
    static func execute(_ statements: [String], as location: PostgresLocation) throws {
        let link = PostgresLink(location)
        defer { link.close() }
        try link.withConnection { db in
            for statement in statements { try db.run(PostgresQuery(unsafeSQL: statement)) }
        }
    }

    /// The first column of each row a query returns, as text.
    static func texts(_ query: String, as location: PostgresLocation) throws -> [String?] {
        let link = PostgresLink(location)
        defer { link.close() }
        return try link.withConnection { db in
            try db.rows(PostgresQuery(unsafeSQL: query)).map { $0.cells[0].bytes == nil ? nil : try $0.cells[0].decode(String.self) }
        }
    }
}

/// A PostgreSQL database of its own for one test, made empty and dropped at the end.
final class TestDatabase: Sendable {
    let admin: PostgresLocation
    let location: PostgresLocation

    /// Nil when there is no server (see `TestServer.admin`).
    init?(sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let admin = TestServer.admin(sourceLocation: sourceLocation) else { return nil }
        self.admin = admin
        let name = "coach_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        location = admin.with(database: String(name))
        try TestServer.execute(["CREATE DATABASE \(name)"], as: admin)
    }

    /// The URL a command or store is given (no password: the test server trusts this machine).
    var url: String { location.description }

    func execute(_ statements: String...) throws {
        try TestServer.execute(statements, as: location)
    }

    func texts(_ query: String) throws -> [String?] {
        try TestServer.texts(query, as: location)
    }

    /// Drops the database, ending any connection a test left open.
    func drop() {
        try? TestServer.execute(["DROP DATABASE IF EXISTS \(location.database) WITH (FORCE)"], as: admin)
    }
}

/// The two engines every promise of `CaseStore` is checked on.
enum Engine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }
}

/// One database of an engine for one test: opened by as many desks as the test needs, changed
/// behind Coach's back when a test tampers with it, and removed at the end.
final class EngineDatabase: Sendable {
    let engine: Engine
    /// The SQLite file, or the PostgreSQL database.
    private let file: String?
    private let postgres: TestDatabase?
    /// The test's own folder: the SQLite file, and the PostgreSQL store's journal.
    let folder: String

    /// Nil when the engine is PostgreSQL and there is no server (see `TestServer.admin`).
    init?(_ engine: Engine, sourceLocation: SourceLocation = #_sourceLocation) throws {
        self.engine = engine
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-contract-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        switch engine {
        case .sqlite:
            file = folder + "/coach.sqlite"
            postgres = nil
        case .postgres:
            guard let database = try TestDatabase(sourceLocation: sourceLocation) else {
                try? FileManager.default.removeItem(atPath: folder)
                return nil
            }
            file = nil
            postgres = database
        }
    }

    /// The PostgreSQL database, for what only a server does (ending connections, refusing them).
    var postgresDatabase: TestDatabase? { postgres }

    /// Another desk on the same database: a store of its own, as another process would open it.
    func open(environment: [String: String] = [:]) throws -> any CaseStore {
        switch engine {
        case .sqlite: try CoachStore(path: file!)
        case .postgres:
            try PostgresStore(location: postgres!.location,
                              environment: TestServer.environment.merging(["XDG_STATE_HOME": folder]) { $1 }.merging(environment) { $1 })
        }
    }

    /// Runs SQL as the owner, behind Coach's back.
    func execute(_ statements: String...) throws {
        switch engine {
        case .sqlite:
            let queue = try DatabaseQueue(path: file!)
            try queue.writeWithoutTransaction { db in for statement in statements { try db.execute(sql: statement) } }
            try queue.close()
        case .postgres:
            try TestServer.execute(statements, as: postgres!.location)
        }
    }

    /// The first column of a query's rows, as text.
    func texts(_ query: String) throws -> [String?] {
        switch engine {
        case .sqlite:
            let queue = try DatabaseQueue(path: file!)
            defer { try? queue.close() }
            return try queue.read { db in try String?.fetchAll(db, sql: query) }
        case .postgres:
            return try postgres!.texts(query)
        }
    }

    /// Lifts the transcript's append-only guard, as someone with the owner's rights could.
    func liftAppendOnlyGuard() throws {
        switch engine {
        case .sqlite: try execute("DROP TRIGGER transcript_is_append_only_update", "DROP TRIGGER transcript_is_append_only_delete")
        case .postgres: try execute("ALTER TABLE transcript DISABLE TRIGGER USER")
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
        postgres?.drop()
    }
}

/// Runs `body` on `count` threads started together (not limited to the machine's cores, as
/// `concurrentPerform` is: eight desks are eight at once), and waits for all of them.
func together(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Void) -> [any Error] {
    let errors = Collected()
    let start = DispatchSemaphore(value: 0)
    let done = DispatchGroup()
    for index in 0..<count {
        done.enter()
        Thread {
            start.wait()
            do { try body(index) } catch { errors.add(error) }
            done.leave()
        }.start()
    }
    for _ in 0..<count { start.signal() }
    done.wait()
    return errors.all
}

/// What the threads of `together` threw.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func add(_ error: any Error) {
        lock.lock()
        errors.append(error)
        lock.unlock()
    }

    var all: [any Error] {
        lock.lock()
        defer { lock.unlock() }
        return errors
    }
}

/// Hong Kong's working calendar (UTC+8).
let hongKong = WorkingCalendar.standard

/// An instant given in UTC.
func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
}
