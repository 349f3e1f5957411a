@testable import CoachPostgres
import CoachStore
import Foundation
import Testing

/// What cannot be used gets one clear line and is left as it was, against the real server: a
/// wrong URL, a refused password, a server that is down, a database that is missing, someone
/// else's, or a newer Coach's.
@Suite("Bad input on PostgreSQL")
struct BadInputTests {
    /// Opens a store and returns the one line it refuses with.
    func refusal(_ location: PostgresLocation, readOnly: Bool = false) -> String {
        do {
            _ = try PostgresStore(location: location, readOnly: readOnly)
            return "opened"
        } catch {
            return error.description
        }
    }

    func tables(_ database: TestDatabase) throws -> [String?] {
        try database.texts("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
    }

    @Test func aWrongURL() {
        let error = #expect(throws: StoreError.self) {
            try PostgresStore(url: "postgres://desk:hunter2@db.example:5432/coach?sslmode=maybe", environment: [:])
        }
        #expect(error?.description == "postgres://desk:***@db.example:5432/coach?sslmode=maybe is not a database Coach can use: "
            + "sslmode must be one of disable, prefer, require, verify-full, not 'maybe' (expected postgres://user@host:5432/database, or a file's path)")
    }

    @Test func aServerThatIsDown() throws {
        guard let admin = TestServer.admin() else { return }
        // A port nothing listens on: taken from the system, then let go.
        let port = try freePort()
        var location = admin
        location.port = port
        location.socketFolder = nil
        location.host = "127.0.0.1"
        let line = refusal(location)
        #expect(line == "cannot open the database \(location.description): no PostgreSQL server answers at 127.0.0.1:\(port) (is it running?)")
    }

    @Test func aDatabaseThatIsMissing() throws {
        guard let admin = TestServer.admin() else { return }
        let location = admin.with(database: "coach_missing_" + UUID().uuidString.lowercased().prefix(8))
        #expect(refusal(location) == "cannot open the database \(location.description): the server has no database named \(location.database)")
        #expect(try TestServer.texts("SELECT datname::text FROM pg_database WHERE datname = '\(location.database)'", as: admin).isEmpty)
    }

    @Test func someoneElsesDatabaseIsLeftAlone() throws {
        guard let database = try TestDatabase() else { return }
        defer { database.drop() }
        try database.execute("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)", "INSERT INTO invoices VALUES (1, 9.5)")
        #expect(refusal(database.location) == "\(database.url) is not a Coach database; give another file with --db or COACH_DB")
        #expect(refusal(database.location, readOnly: true) == "\(database.url) is not a Coach database; give another file with --db or COACH_DB")
        #expect(try tables(database) == ["invoices"])
        #expect(try database.texts("SELECT total::text FROM invoices") == ["9.5"])
    }

    @Test func aNewerCoachsDatabaseIsLeftAlone() throws {
        guard let database = try TestDatabase() else { return }
        defer { database.drop() }
        _ = try PostgresStore(location: database.location)
        try database.execute("INSERT INTO coach_schema (version, description) VALUES (10, 'from a newer Coach')")
        let before = try tables(database)
        let expected = "\(database.url) was written by a newer version of Coach; update Coach before using it (nothing was changed)"
        #expect(refusal(database.location) == expected)
        #expect(refusal(database.location, readOnly: true) == expected)
        #expect(try tables(database) == before)
        #expect(try database.texts("SELECT version::text AS v FROM coach_schema ORDER BY version") == ["9", "10"])
    }

    @Test func aCommandThatOnlyReadsMakesNothing() throws {
        guard let database = try TestDatabase() else { return }
        defer { database.drop() }
        #expect(refusal(database.location, readOnly: true)
            == "no database at \(database.url); check the path (--db or COACH_DB) — nothing was created")
        #expect(try tables(database).isEmpty)
    }

    /// The test server trusts this machine, so a password is never asked for; members of one
    /// role are made to give one (a line at the top of the server's pg_hba.conf, put there once
    /// by the superuser), so a wrong password is really refused by the server.
    @Test func aRefusedPassword() throws {
        guard let database = try TestDatabase() else { return }
        let role = "coach_pw_" + UUID().uuidString.lowercased().prefix(8)
        defer {
            database.drop()
            try? TestServer.execute(["DROP ROLE IF EXISTS \(role)"], as: database.admin)
        }
        try requirePasswords(on: database.admin)
        try TestServer.execute(["CREATE ROLE \(role) LOGIN PASSWORD 'right horse' IN ROLE coach_password_required",
                                "ALTER DATABASE \(database.location.database) OWNER TO \(role)"], as: database.admin)
        var tcp = database.location
        tcp.socketFolder = nil
        let location = tcp.with(user: role, password: "wrong horse")
        #expect(refusal(location).hasPrefix("cannot open the database \(location.description): the server refused the login of \(role) ("))
        #expect(refusal(location).hasSuffix("); check the user, and the password in PGPASSWORD or ~/.pgpass"))
        #expect(try tables(database).isEmpty, "nothing made")
        #expect(refusal(tcp.with(user: role, password: nil)).contains("asks for a password for \(role) and none was given"))
        #expect(refusal(tcp.with(user: role, password: "right horse")) == "opened")
    }

    /// Makes members of `coach_password_required` give a password over TCP (scram-sha-256).
    func requirePasswords(on admin: PostgresLocation) throws {
        try TestServer.execute(["""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coach_password_required') THEN
                    CREATE ROLE coach_password_required NOLOGIN;
                END IF;
            END $$
            """], as: admin)
        let file = try TestServer.texts("SELECT setting FROM pg_settings WHERE name = 'hba_file'", as: admin)[0]!
        let content = try TestServer.texts("SELECT pg_read_file('\(file)')", as: admin)[0]!
        let rule = "host all +coach_password_required 127.0.0.1/32 scram-sha-256"
        guard !content.contains(rule) else { return }
        let written = "# Coach's tests: these roles must give a password.\n\(rule)\n" + content
        let object = try TestServer.texts("SELECT lo_from_bytea(0, convert_to($hba$\(written)$hba$, 'UTF8'))::text", as: admin)[0]!
        try TestServer.execute(["SELECT lo_export(\(object), '\(file)')", "SELECT lo_unlink(\(object))", "SELECT pg_reload_conf()"],
                               as: admin)
        Thread.sleep(forTimeInterval: 0.5)
    }

    func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
