import Foundation
import TestPostgres
import Testing

/// The desk on a PostgreSQL database (`--db postgres://…`), the real binary against the real
/// server: a whole intake, `coach verify`; a desk killed mid-call that `coach resume` continues;
/// lines typed while the server takes no connections, kept in the journal and written later.
@Suite struct PostgresCLITests {
    /// A desk whose `--db` is a database of its own on the test server.
    final class Desk {
        let url: String
        let folder: URL

        init?() throws {
            guard let url = try TestPostgres.freshDatabase() else { return nil }
            self.url = url
            folder = try CoachProcess.temporaryFolder()
        }

        deinit {
            TestPostgres.drop(url)
            try? FileManager.default.removeItem(at: folder)
        }

        var name: String { String(URLComponents(string: url)?.path.dropFirst() ?? "") }

        var environment: [String: String] {
            ["HOME": folder.path, "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
             "XDG_DATA_HOME": folder.appendingPathComponent("data").path]
        }

        var arguments: [String] { ["--guidance", CoachProcess.guidance.path, "--db", url, "--lang", "en", "--staff", "chan.mw"] }

        func coach(_ arguments: [String], stdin: String = "") throws -> CoachProcess.Result {
            try CoachProcess.run(arguments + self.arguments, stdin: stdin, environment: environment)
        }

        func texts(_ sql: String) throws -> [String] {
            try TestPostgres.psql(url, sql).split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        }

        /// What was typed into a case, in order.
        func typed(_ number: String) throws -> [String] {
            try texts("""
                SELECT payload::json -> 'event' -> 'typed' ->> 'text' FROM transcript JOIN cases ON cases.id = case_id
                WHERE case_number = '\(number)' AND transcript.kind = 'input' ORDER BY seq
                """)
        }

        /// Refuses (or again allows) connections to the database, ending those open.
        func refuseConnections(_ refuse: Bool) throws {
            let server = try #require(TestPostgres.server())
            try TestPostgres.psql(server, "ALTER DATABASE \(name) ALLOW_CONNECTIONS \(!refuse)")
            if refuse {
                try TestPostgres.psql(server, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '\(name)'")
            }
        }
    }

    /// `coach` running with its input open: lines are typed one at a time, after the prompt.
    final class Running: @unchecked Sendable {
        let process = Process()
        private let input = Pipe(), output = Pipe()
        private let lock = NSLock()
        private var seen = ""

        init(_ arguments: [String], environment: [String: String]) throws {
            process.executableURL = CoachProcess.binary
            process.arguments = arguments
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no"].merging(environment) { $1 }
            process.standardInput = input
            process.standardOutput = output
            process.standardError = output
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self else { return }
                self.lock.lock()
                self.seen += String(decoding: data, as: UTF8.self)
                self.lock.unlock()
            }
            try process.run()
        }

        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return seen
        }

        /// Waits until the output has shown `count` prompts (`›`), at most ten seconds.
        func waitForPrompts(_ count: Int) -> Bool {
            for _ in 0..<200 {
                if text.components(separatedBy: "›").count - 1 >= count { return true }
                usleep(50_000)
            }
            return false
        }

        func type(_ line: String) {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
        }

        func closeInput() {
            try? input.fileHandleForWriting.close()
        }

        func finish() -> Int32 {
            process.waitUntilExit()
            output.fileHandleForReading.readabilityHandler = nil
            return process.terminationStatus
        }
    }

    @Test func aWholeIntakeOnPostgreSQLIsSavedListedAndVerified() throws {
        guard let desk = try Desk() else { return }
        let intake = try desk.coach([], stdin: CaseLifeCLITests.intakeScript(name: "陳大文", building: "A座"))
        #expect(intake.status == 0, "\(intake.stdout)\(intake.stderr)")
        let number = try #require(intake.stdout.components(separatedBy: "\n").last { $0.hasPrefix("Saved: case ") }?
            .firstMatch(of: /\d{6}-\d{3}/).map { String($0.output) }, "\(intake.stdout)")
        #expect(try desk.texts("SELECT stage FROM cases WHERE case_number = '\(number)'") == ["received"])
        let cases = try desk.coach(["cases"])
        #expect(cases.stdout.contains(number), "\(cases.stdout)\(cases.stderr)")
        let verify = try desk.coach(["verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("1 case checked: every transcript is intact"), "\(verify.stdout)")
    }

    /// kill -9 mid-call: every line the desk saw acknowledged (the next prompt shown) is in the
    /// database, and `coach resume` continues the call with them.
    @Test func aDeskKilledMidCallIsResumedWithEveryLine() throws {
        guard let desk = try Desk() else { return }
        let running = try Running([] + desk.arguments, environment: desk.environment)
        #expect(running.waitForPrompts(1), "\(running.text)")
        running.type("The lift stopped last night")
        #expect(running.waitForPrompts(2), "\(running.text)")
        running.type("residents walk 20 floors")
        #expect(running.waitForPrompts(3), "\(running.text)")
        kill(running.process.processIdentifier, SIGKILL)
        _ = running.finish()
        let number = try #require(try desk.texts("SELECT case_number FROM cases").first)
        #expect(try desk.typed(number) == ["The lift stopped last night", "residents walk 20 floors"])

        let resumed = try desk.coach(["resume", number], stdin: "the lobby smells of smoke\n:save\n")
        #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
        #expect(try desk.typed(number) == ["The lift stopped last night", "residents walk 20 floors", "the lobby smells of smoke", ":save"])
        #expect(try desk.coach(["verify"]).status == 0)
    }

    /// The server stops taking connections mid-call: each line is kept in the journal on the
    /// desk's machine, the session says so and exits 1, and the next start writes them, in order.
    @Test func linesTypedWhileTheServerIsGoneAreKeptAndGoInLater() throws {
        guard let desk = try Desk() else { return }
        let begun = try desk.coach([], stdin: "The lift stopped last night\n:save\n")
        let number = try #require(begun.stdout.firstMatch(of: /\d{6}-\d{3}/).map { String($0.output) }, "\(begun.stdout)\(begun.stderr)")
        let running = try Running(["resume", number] + desk.arguments, environment: desk.environment)
        #expect(running.waitForPrompts(1), "\(running.text)")
        try desk.refuseConnections(true)
        defer { try? desk.refuseConnections(false) }
        running.type("residents walk 20 floors")
        running.type(":building A座")
        running.closeInput()
        #expect(running.finish() == 1, "\(running.text)")
        #expect(running.text.contains("this line is kept in the journal"), "\(running.text)")
        #expect(running.text.contains("Some lines are not in the database yet"), "\(running.text)")

        try desk.refuseConnections(false)
        #expect(try desk.typed(number) == ["The lift stopped last night", ":save"])
        let later = try desk.coach(["resume", number], stdin: ":save\n")
        #expect(later.stdout.contains("went into the database"), "\(later.stdout)\(later.stderr)")
        #expect(try desk.typed(number).prefix(4) == ["The lift stopped last night", ":save", "residents walk 20 floors", ":building A座"])
        #expect(try desk.coach(["verify"]).status == 0)
    }

    @Test func aURLCoachCannotUseIsOneLine() throws {
        let result = try CoachProcess.run(["cases", "--db", "postgres://desk:hunter2@db.example:99999/coach", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr == "coach: postgres://desk:***@db.example:99999/coach is not a database Coach can use: "
            + "the port must be between 1 and 65535 (expected postgres://user@host:5432/database, or a file's path)\n")
    }
}
