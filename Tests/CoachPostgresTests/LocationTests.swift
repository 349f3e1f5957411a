import CoachPostgres
import CoachStore
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

    @Test(arguments: ["postgres://h:99999/db", "postgres://h/db?colour=red", "postgres://h/a/b", "postgres://h/db?host=relative"])
    func badURLs(_ url: String) {
        #expect(throws: StoreError.self) { try PostgresLocation(url: url, environment: environment) }
    }
}
