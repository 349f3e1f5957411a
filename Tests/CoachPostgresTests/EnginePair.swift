@testable import CoachPostgres
import CoachStore
import Foundation
import Testing

/// The same office on both engines: a SQLite file and a PostgreSQL database filled by the same
/// store calls in the same order, so every question asked of one must get the other's answer.
final class EnginePair {
    /// The test's own folder: the SQLite file, and the PostgreSQL store's journal.
    let folder: URL
    let admin: PostgresLocation
    let location: PostgresLocation
    let sqlite: any CaseStore
    let postgres: any CaseStore

    /// Nil when there is no PostgreSQL server (see `TestServer.admin`). `options` are given to
    /// `CREATE DATABASE` (a locale, say).
    init?(options: String = "", sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let admin = TestServer.admin(sourceLocation: sourceLocation) else { return nil }
        self.admin = admin
        let name = "coach_parity_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        location = admin.with(database: String(name))
        try TestServer.execute(["CREATE DATABASE \(name) \(options)"], as: admin)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-parity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        sqlite = try CoachStore(path: folder.appendingPathComponent("coach.sqlite").path)
        postgres = try PostgresStore(location: location, environment: Self.environment(folder))
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
        try? TestServer.execute(["DROP DATABASE IF EXISTS \(location.database) WITH (FORCE)"], as: admin)
    }

    var stores: [any CaseStore] { [sqlite, postgres] }

    /// What `--db` is given for each engine, SQLite first.
    var databaseArguments: [String] { [sqlite.path, location.description] }

    /// Where a program run for this test keeps its state (the PostgreSQL journal among it).
    var environment: [String: String] { Self.environment(folder) }

    private static func environment(_ folder: URL) -> [String: String] {
        TestServer.environment.merging(["HOME": folder.path, "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
                                        "XDG_DATA_HOME": folder.appendingPathComponent("data").path]) { $1 }
    }

    /// Runs the same writes on both, SQLite first.
    func fill(_ body: (any CaseStore) throws -> Void) throws {
        for store in stores { try body(store) }
    }

    /// Whether both engines answer `question` alike; a difference is recorded with both answers
    /// (PostgreSQL's is `found`, SQLite's `expected`).
    @discardableResult
    func agree<Answer: Equatable>(_ what: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation,
                                  _ question: (any CaseStore) throws -> Answer) throws -> Answer {
        let expected = try question(sqlite), found = try question(postgres)
        #expect(found == expected, "\(what())", sourceLocation: sourceLocation)
        return expected
    }
}
