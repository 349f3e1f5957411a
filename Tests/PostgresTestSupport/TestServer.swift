@testable import CoachPostgres
import Foundation
import PostgresNIO
import Testing

/// The PostgreSQL server the tests may create databases on: `COACH_TEST_POSTGRES`, a superuser's
/// URL (scripts/test starts a throwaway cluster and sets it). Without it the PostgreSQL tests
/// fail, saying so, unless `COACH_TEST_SKIP_POSTGRES=1`, which skips them with a warning.
public enum TestServer {
    public static let environment = ProcessInfo.processInfo.environment

    /// The server's superuser, or nil after saying why there is none (a failure unless skipping).
    public static func admin(sourceLocation: SourceLocation = #_sourceLocation) -> PostgresLocation? {
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
    public static func execute(_ statements: [String], as location: PostgresLocation) throws {
        let link = PostgresLink(location)
        defer { link.close() }
        try link.withConnection { db in
            for statement in statements { try db.run(PostgresQuery(unsafeSQL: statement)) }
        }
    }

    /// The first column of each row a query returns, as text.
    public static func texts(_ query: String, as location: PostgresLocation) throws -> [String?] {
        let link = PostgresLink(location)
        defer { link.close() }
        return try link.withConnection { db in
            try db.rows(PostgresQuery(unsafeSQL: query)).map { $0.cells[0].bytes == nil ? nil : try $0.cells[0].decode(String.self) }
        }
    }
}

/// A PostgreSQL database of its own for one test, made empty and dropped at the end.
public final class TestDatabase: Sendable {
    public let admin: PostgresLocation
    public let location: PostgresLocation

    /// Nil when there is no server (see `TestServer.admin`).
    public init?(sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let admin = TestServer.admin(sourceLocation: sourceLocation) else { return nil }
        self.admin = admin
        let name = "coach_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        location = admin.with(database: String(name))
        try TestServer.execute(["CREATE DATABASE \(name)"], as: admin)
    }

    /// The URL a command or store is given (no password: the test server trusts this machine).
    public var url: String { location.description }

    public func execute(_ statements: String...) throws {
        try TestServer.execute(statements, as: location)
    }

    public func texts(_ query: String) throws -> [String?] {
        try TestServer.texts(query, as: location)
    }

    /// Drops the database, ending any connection a test left open.
    public func drop() {
        try? TestServer.execute(["DROP DATABASE IF EXISTS \(location.database) WITH (FORCE)"], as: admin)
    }
}
