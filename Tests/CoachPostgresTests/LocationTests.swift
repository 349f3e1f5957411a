@testable import CoachPostgres
import CoachStore
import Foundation
import Testing

/// Reading `--db` URLs: what Coach understands, and one clear line for what it does not.
struct LocationTests {
    let environment = ["HOME": "/nonexistent", "USER": "desk"]

    @Test func aFullURL() throws {
        let location = try PostgresLocation(url: "postgres://coach_desk@db.example:6543/coach?sslmode=require", environment: environment)
        #expect(location.user == "coach_desk")
        #expect(location.host == "db.example")
        #expect(location.port == 6543)
        #expect(location.database == "coach")
        #expect(location.tls == .require)
        #expect(location.description == "postgres://coach_desk@db.example:6543/coach?sslmode=require")
    }

    @Test func defaultsLikePsql() throws {
        let location = try PostgresLocation(url: "postgresql://db.example", environment: environment)
        #expect(location.user == "desk")
        #expect(location.port == 5432)
        #expect(location.database == "desk")
        #expect(location.tls == .prefer)
    }

    @Test func aSocketFolder() throws {
        let location = try PostgresLocation(url: "postgres://postgres@/coach?host=/tmp/pgA", environment: environment)
        #expect(location.socketFolder == "/tmp/pgA")
        #expect(location.description == "postgres://postgres@/coach?host=/tmp/pgA")
    }

    @Test func aPasswordIsNeverShown() throws {
        let error = #expect(throws: StoreError.self) {
            try PostgresLocation(url: "postgres://u:secret@h/db?sslmode=sometimes", environment: environment)
        }
        #expect(error?.description.contains("secret") == false)
        #expect(error?.description.contains("sslmode must be one of disable, prefer, require, verify-full") == true)
    }

    @Test func aPasswordInTheURLIsRefused() {
        let error = #expect(throws: StoreError.self) { try PostgresLocation(url: "postgres://u:secret@h/db", environment: environment) }
        #expect(error?.description == "postgres://u:***@h/db is not a database Coach can use: a password in the URL can be read by others "
            + "on this machine; give it in PGPASSWORD or ~/.pgpass (expected postgres://user@host:5432/database, or a file's path)")
    }

    @Test func thePasswordComesFromPGPASSWORD() throws {
        let location = try PostgresLocation(url: "postgres://u@h/db", environment: environment.merging(["PGPASSWORD": "pw"]) { $1 })
        #expect(location.password == "pw")
    }

    /// `~/.pgpass` as psql reads it: the first matching line, `*` for anything, `\:` escaped; a
    /// file others can read is ignored.
    @Test func thePasswordComesFromThePasswordFile() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("coach-pgpass-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = home + "/.pgpass"
        try "other:5432:*:u:no\n# a comment\nh:*:db:u:pa\\:ss\n*:*:*:*:fallback\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        let env = ["HOME": home, "USER": "desk"]
        #expect(try PostgresLocation(url: "postgres://u@h:6000/db", environment: env).password == "pa:ss")
        #expect(try PostgresLocation(url: "postgres://x@elsewhere/db", environment: env).password == "fallback")
        chmod(file, 0o644)
        #expect(try PostgresLocation(url: "postgres://u@h:6000/db", environment: env).password == nil)
    }

    @Test(arguments: ["postgres://h:99999/db", "postgres://h/db?colour=red", "postgres://h/a/b", "postgres://h/db?host=relative"])
    func badURLs(_ url: String) {
        #expect(throws: StoreError.self) { try PostgresLocation(url: url, environment: environment) }
    }
}
