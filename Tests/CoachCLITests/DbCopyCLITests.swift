import Foundation
import Testing

/// `coach db copy` through the real binary against a real PostgreSQL server (COACH_TEST_POSTGRES,
/// which scripts/test starts): an office moved from its SQLite file to PostgreSQL and back holds
/// the same bytes and verifies; a copy killed midway is run again without duplicating anything;
/// a destination with a different case under the same number is refused, untouched.
@Suite(.serialized) struct DbCopyCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    /// A database of its own on the test server, dropped when the test is done.
    final class ServerDatabase {
        let url: String
        private let server: String
        private let name: String

        /// Nil when there is no server and COACH_TEST_SKIP_POSTGRES=1; without a server otherwise,
        /// the test fails saying so.
        static func make() throws -> ServerDatabase? {
            let environment = ProcessInfo.processInfo.environment
            guard let server = environment["COACH_TEST_POSTGRES"], !server.isEmpty else {
                if environment["COACH_TEST_SKIP_POSTGRES"] == "1" {
                    print("warning: PostgreSQL is not available (COACH_TEST_SKIP_POSTGRES=1): coach db copy was NOT tested")
                    return nil
                }
                Issue.record(Comment(rawValue: "PostgreSQL IS NOT AVAILABLE: COACH_TEST_POSTGRES is not set, so coach db copy cannot be tested. "
                    + "Run scripts/test (it starts a throwaway server), or set COACH_TEST_SKIP_POSTGRES=1 to skip."))
                return nil
            }
            return try ServerDatabase(server: server)
        }

        private init(server: String) throws {
            self.server = server
            name = "coach_copy_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
            var parts = try #require(URLComponents(string: server))
            parts.path = "/" + name
            url = try #require(parts.string)
            let made = try Self.psql(server, "CREATE DATABASE \(name)")
            #expect(made.status == 0, "CREATE DATABASE: \(made.stderr)")
        }

        deinit { _ = try? Self.psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }

        /// One value from the database, through psql.
        func value(_ sql: String) throws -> String {
            let result = try Self.psql(url, sql)
            #expect(result.status == 0, "psql \(sql): \(result.stderr)")
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        static func psql(_ url: String, _ sql: String) throws -> CoachProcess.Result {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
            process.arguments = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
            let output = Pipe(), errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let out = output.fileHandleForReading.readDataToEndOfFile()
            let err = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return CoachProcess.Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                                       stderr: String(decoding: err, as: UTF8.self))
        }
    }

    /// Every row a copy must keep, as `sqlite3` prints it, the rows' own ids left out (a copy
    /// numbers its rows itself): what must come back byte for byte.
    static let kept = [
        "SELECT case_number, received_at, received_by, channel, kind, nature, category, building, unit, person_name, person_standing, "
            + "person_contact, account, location, since, real_cause, wants, coordinate_with, beyond_manager_authority, notes, stage, "
            + "is_training, updated_at, transcript_count, transcript_head, life, deadline, handled_at, replied_at, satisfaction, "
            + "department, head_seal FROM cases ORDER BY case_number",
        "SELECT c.case_number, t.seq, t.at, t.staff, t.kind, t.step, t.text, t.payload, t.hash, t.hash_version "
            + "FROM transcript t JOIN cases c ON c.id = t.case_id ORDER BY c.case_number, t.seq",
        "SELECT c.case_number, d.state, d.updated_at FROM drafts d JOIN cases c ON c.id = d.case_id ORDER BY 1",
        "SELECT c.case_number, r.staff, r.scenario, r.exam, r.finished_at, r.total, r.failed, r.mood_start, r.mood_end, r.scorecard "
            + "FROM training_results r JOIN cases c ON c.id = r.case_id ORDER BY 1, r.id",
        "SELECT c.case_number, s.reviewer, s.scored_at, s.item, s.result, s.reason FROM calibration_scores s "
            + "JOIN cases c ON c.id = s.case_id ORDER BY 1, 2, 4",
        "SELECT c.case_number, r.at, r.staff, r.total, r.scorecard FROM review_scores r JOIN cases c ON c.id = r.case_id ORDER BY 1",
        // Each case's lines in their order; the cases' lines are no longer interleaved in the copy.
        "SELECT c.case_number, s.text FROM search_docs s JOIN cases c ON c.id = s.case_id ORDER BY c.case_number, s.id",
        "SELECT day, last FROM case_sequence ORDER BY day",
    ]

    static func rows(_ desk: Desk, in file: String) throws -> [String] {
        try kept.map { sql in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [file, sql]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let out = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `coach db copy --from --to` as the desk runs it.
    static func copy(_ desk: Desk, from: String, to: String) throws -> CoachProcess.Result {
        try desk.coach(["db", "copy", "--from", from, "--to", to])
    }

    /// A command on another database than the desk's own.
    static func coach(_ desk: Desk, _ arguments: [String], db: String) throws -> CoachProcess.Result {
        try CoachProcess.run(arguments + ["--guidance", desk.guidance.path, "--db", db, "--lang", "en"], environment: desk.environment)
    }

    /// The benchmarks' generator beside the binary: `count` realistic cases in a new file.
    static func generated(_ count: Int, seed: Int, in desk: Desk, name: String) throws -> String {
        let file = desk.folder.appendingPathComponent(name).path
        let process = Process()
        process.executableURL = CoachProcess.binary.deletingLastPathComponent().appendingPathComponent("CoachBenchData")
        process.arguments = [file, String(count), String(seed)]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return file
    }

    @Test func anOfficeMovesToPostgreSQLAndBackByteForByte() throws {
        guard let server = try ServerDatabase.make() else { return }
        let desk = try Desk()
        // Every kind of row: received cases with their search lines, a draft to resume, a
        // supervisor's review score and calibration card, a training call and its result.
        let first = try desk.intake()
        _ = try desk.intake(name: "何生", building: "B座")
        let draft = try desk.coach([], stdin: "The lift stopped\n:save\n")
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(try desk.coach(["review", first, "--comment", "calm and clear"], staff: "cheung.wl").status == 0)
        let card = try desk.coach(["review", first, "--score"], staff: "lam.kf", stdin: CalibrationCLITests.answers(CalibrationCLITests.allMet))
        #expect(card.status == 0, "\(card.stderr)")
        _ = try BrowserExportTests.trainingSession(in: desk.folder)
        #expect(try desk.value("SELECT count(*) FROM training_results") == "1")
        #expect(try desk.value("SELECT count(*) FROM drafts") == "1")
        let cases = try desk.value("SELECT count(*) FROM cases"), events = try desk.value("SELECT count(*) FROM transcript")

        let there = try Self.copy(desk, from: desk.db, to: server.url)
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.contains("Copied \(cases) cases from \(desk.db) to \(server.url); 0 already there and identical, skipped."),
                "\(there.stdout)")
        #expect(there.stdout.contains("Verified \(cases) cases and \(events) events in \(server.url): every chain is intact."), "\(there.stdout)")
        #expect(there.stderr.hasSuffix("copying: \(cases) of \(cases) cases (100%)\nverifying: \(cases) of \(cases) cases (100%)\n"),
                "plain progress lines when not a terminal: \(there.stderr)")
        #expect(try server.value("SELECT count(*) FROM transcript") == events)
        let verified = try Self.coach(desk, ["verify"], db: server.url)
        #expect(verified.status == 0, "coach verify on PostgreSQL: \(verified.stdout) \(verified.stderr)")

        let back = desk.folder.appendingPathComponent("back.sqlite").path
        let home = try Self.copy(desk, from: server.url, to: back)
        #expect(home.status == 0, "\(home.stderr)")
        #expect(home.stdout.contains("Verified \(cases) cases and \(events) events in \(back): every chain is intact."), "\(home.stdout)")
        let original = try Self.rows(desk, in: desk.db), returned = try Self.rows(desk, in: back)
        for (sql, (a, b)) in zip(Self.kept, zip(original, returned)) {
            #expect(a == b, "\(sql) differs after the round trip")
            #expect(!a.isEmpty, "\(sql) has rows to compare")
        }
        #expect(try Self.coach(desk, ["verify"], db: back).status == 0)
        // The events keep their row ids: the ledger, and a digest printed before the move, are the same.
        let digest = try desk.coach(["verify", "--digest"]).stdout
        #expect(digest.hasPrefix("coach1-\(events)-"))
        #expect(try Self.coach(desk, ["verify", "--digest"], db: server.url).stdout == digest)
        #expect(try Self.coach(desk, ["verify", "--digest"], db: back).stdout == digest)
        #expect(try Self.coach(desk, ["cases", "--all"], db: back).stdout == (try desk.coach(["cases", "--all"])).stdout)
    }

    /// `kill -9` once the first batches are in, then the same command again: the rest goes in,
    /// nothing twice, and every chain verifies. Both ways.
    @Test func aCopyCutShortIsRunAgainWithoutDuplicates() throws {
        guard let server = try ServerDatabase.make() else { return }
        let desk = try Desk()
        let source = try Self.generated(400, seed: 7, in: desk, name: "office.sqlite")
        let back = desk.folder.appendingPathComponent("back.sqlite").path
        for (from, to) in [(source, server.url), (server.url, back)] {
            let process = Process()
            process.executableURL = CoachProcess.binary
            process.arguments = ["db", "copy", "--from", from, "--to", to, "--lang", "en"]
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": desk.folder.path,
                                   "XDG_STATE_HOME": desk.folder.appendingPathComponent("state").path]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // The first progress line comes once the first batch is committed.
            var seen = Data()
            while !String(decoding: seen, as: UTF8.self).contains("copying: ") {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += chunk
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "the copy was still running when killed")

            let again = try Self.copy(desk, from: from, to: to)
            #expect(again.status == 0, "\(again.stderr)")
            let copied = try #require(again.stdout.firstMatch(of: /Copied (\d+) cases? from .*; (\d+) already there and identical/))
            #expect(Int(copied.output.1)! > 0 && Int(copied.output.2)! > 0, "cut short midway: \(again.stdout)")
            #expect(Int(copied.output.1)! + Int(copied.output.2)! == 400)
            #expect(again.stdout.contains("Verified 400 cases and 2400 events in \(to): every chain is intact."), "\(again.stdout)")
            #expect(try Self.coach(desk, ["verify"], db: to).status == 0)
        }
        #expect(try server.value("SELECT count(*) FROM transcript") == "2400")
        #expect(try Self.rows(desk, in: source) == (try Self.rows(desk, in: back)))
    }

    /// Another office's database (other cases under the same numbers) is refused with one line,
    /// and nothing is written, into PostgreSQL and into SQLite.
    @Test func aDifferentCaseUnderTheSameNumberIsRefused() throws {
        guard let server = try ServerDatabase.make() else { return }
        let desk = try Desk()
        let ours = try Self.generated(30, seed: 1, in: desk, name: "ours.sqlite")
        let theirs = try Self.generated(30, seed: 2, in: desk, name: "theirs.sqlite")
        #expect(try Self.copy(desk, from: ours, to: server.url).status == 0)
        let before = try server.value("SELECT watermark || ' ' || hash FROM ledger")

        let refused = try Self.copy(desk, from: theirs, to: server.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("coach: \(server.url) already has a case ")
            && refused.stderr.contains(" that differs from the one in \(theirs) (its ")
            && refused.stderr.hasSuffix("); copy into an empty database, or the one an interrupted copy was writing. Nothing was written.\n")
            && refused.stderr.filter { $0 == "\n" }.count == 1, "\(refused.stderr)")
        #expect(try server.value("SELECT watermark || ' ' || hash FROM ledger") == before, "nothing was written")
        #expect(try server.value("SELECT count(*) FROM cases") == "30")

        let copyOfOurs = desk.folder.appendingPathComponent("copy.sqlite").path
        #expect(try Self.copy(desk, from: server.url, to: copyOfOurs).status == 0)
        let rows = try Self.rows(desk, in: copyOfOurs)
        let back = try Self.copy(desk, from: theirs, to: copyOfOurs)
        #expect(back.status == 1 && back.stderr.contains(" that differs from the one in \(theirs) ("), "\(back.stderr)")
        #expect(try Self.rows(desk, in: copyOfOurs) == rows, "nothing was written")

        let same = try Self.copy(desk, from: ours, to: ours)
        #expect(same.status == 2 && same.stderr.hasPrefix("coach: --from and --to name the same database."), "\(same.stderr)")
    }
}
