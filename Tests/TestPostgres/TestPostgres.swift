import Foundation
import Testing

/// The PostgreSQL server the command-line tests may create databases on: `COACH_TEST_POSTGRES`,
/// a superuser's URL (scripts/test starts a throwaway cluster and sets it). Without it a test
/// that needs it fails, saying so, unless `COACH_TEST_SKIP_POSTGRES=1`, which skips it with a
/// warning. Databases are made and read with `psql`, as a DBA would, never through Coach.
public enum TestPostgres {
    public static let environment = ProcessInfo.processInfo.environment

    /// The server's URL, or nil after saying why there is none (a failure unless skipping).
    public static func server(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
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
        return url
    }

    /// A new empty database on the server, its URL; nil when there is no server.
    public static func freshDatabase(sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        guard let server = server(sourceLocation: sourceLocation) else { return nil }
        let name = "coach_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        _ = try psql(server, "CREATE DATABASE \(name)")
        guard var components = URLComponents(string: server) else { throw Failure(message: "COACH_TEST_POSTGRES is not a URL: \(server)") }
        components.path = "/" + name
        return components.string
    }

    /// Drops a database `freshDatabase` made, ending any connection left open.
    public static func drop(_ url: String) {
        guard let server = environment["COACH_TEST_POSTGRES"], let name = URLComponents(string: url)?.path.dropFirst() else { return }
        _ = try? psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The rows a query returns, each column as text (NULL columns absent), read as JSON.
    public static func rows(_ url: String, _ sql: String) throws -> [[String: String]] {
        let json = try psql(url, "SELECT coalesce(json_agg(row_to_json(q)), '[]') FROM (\(sql)) q")
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        return rows.map { row in
            row.compactMapValues { value -> String? in
                switch value {
                case let s as String: s
                case let n as NSNumber: n.stringValue
                default: nil
                }
            }
        }
    }

    /// Runs SQL with `psql` (unaligned, tuples only); its output.
    @discardableResult
    public static func psql(_ url: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(message: "psql \(sql): \(String(decoding: err, as: UTF8.self))")
        }
        return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
