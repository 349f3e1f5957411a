import Foundation
import Testing

/// `coach verify` as an auditor would use it: the record recomputed from its events and any
/// column edited behind Coach's back named; a digest kept outside the database that shows a
/// rewritten history; and the office's key, without which a chain cannot be forged.
@Suite struct VerifyCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    @Test func anEditedColumnIsNamedWithBothValues() throws {
        let desk = try Desk()
        let number = try desk.intake()
        let other = try desk.intake(name: "李小明")
        #expect(try desk.coach(["verify"]).status == 0)
        let deadline = try desk.value("SELECT deadline FROM cases WHERE case_number = '\(number)'")
        // A late case made on time, and its stage moved on: the columns the report and the case view read.
        let edit = try desk.sqlite("""
            UPDATE cases SET deadline = '2099-12-31T15:59:59.000Z', stage = 'archived', notes = '["all fine"]'
            WHERE case_number = '\(number)'
            """)
        #expect(edit.status == 0, "\(edit.stderr)")
        let result = try desk.coach(["verify"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(number): deadline disagrees with its events: stored 2099-12-31T15:59:59.000Z, from the transcript \(deadline)"),
                "\(result.stdout)")
        #expect(result.stdout.contains("\(number): stage disagrees with its events: stored archived, from the transcript received"))
        #expect(result.stdout.contains("\(number): notes disagrees with its events"))
        #expect(!result.stdout.contains(other), "the other case is intact")
        #expect(result.stderr.contains("1 of 2 cases were tampered with."))
    }

    @Test func aCaseDeletedWholeAndTheTriggersDroppedAreNamed() throws {
        let desk = try Desk()
        let first = try desk.intake()
        let second = try desk.intake(name: "李小明")
        #expect(try desk.coach(["verify"]).status == 0)
        let gone = try desk.sqlite("""
            DROP TRIGGER transcript_is_append_only_delete;
            DELETE FROM transcript WHERE case_id = (SELECT id FROM cases WHERE case_number = '\(first)');
            DELETE FROM drafts WHERE case_id = (SELECT id FROM cases WHERE case_number = '\(first)');
            DELETE FROM search_docs WHERE case_id = (SELECT id FROM cases WHERE case_number = '\(first)');
            DELETE FROM cases WHERE case_number = '\(first)';
            """)
        #expect(gone.status == 0, "\(gone.stderr)")
        let result = try desk.coach(["verify"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("cases deleted whole: \(first)"), "\(result.stdout)")
        #expect(result.stdout.contains("the trigger transcript_is_append_only_delete that keeps transcripts append-only was removed or changed"))
        #expect(!result.stdout.contains(second))
        #expect(result.stderr.contains("The database was tampered with."), "\(result.stderr)")
    }

    @Test func aDigestShowsAHistoryRewrittenWhereTheChainCannot() throws {
        let desk = try Desk()
        let number = try desk.intake()
        let printed = try desk.coach(["verify", "--digest"])
        #expect(printed.status == 0)
        let digest = printed.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(digest.wholeMatch(of: /coach1-\d+-[0-9a-f]{64}/) != nil, "\(digest)")
        // The month's report carries it too, in every format.
        for format in ["table", "csv", "json", "md", "html"] {
            let report = try desk.coach(["report", "--format", format])
            #expect(report.status == 0, "\(format): \(report.stderr)")
            #expect(report.stdout.contains(digest), "\(format)")
        }

        // Later cases do not change the history up to the digest.
        _ = try desk.intake(name: "李小明")
        let later = try desk.coach(["verify", "--against", digest])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout.contains("Matches the digest"))

        // Someone removes the case's last event and moves its head back: every chain still fits…
        let removed = try desk.sqlite("""
            DROP TRIGGER transcript_is_append_only_delete;
            DELETE FROM transcript WHERE id = (SELECT max(t.id) FROM transcript t JOIN cases c ON c.id = t.case_id WHERE c.case_number = '\(number)');
            UPDATE cases SET transcript_count = transcript_count - 1,
                transcript_head = (SELECT hash FROM transcript t WHERE t.case_id = cases.id ORDER BY seq DESC LIMIT 1)
            WHERE case_number = '\(number)';
            """)
        #expect(removed.status == 0, "\(removed.stderr)")
        // …but the digest does not, and neither do the case's sealed count and the ledger.
        let against = try desk.coach(["verify", "--against", digest])
        #expect(against.status == 1)
        #expect(against.stderr.contains("rewritten"), "\(against.stderr)")
        let whole = try desk.coach(["verify"])
        #expect(whole.status == 1)
        #expect(whole.stdout.contains("the ledger of every event does not match the events"), "\(whole.stdout)")
        #expect(whole.stdout.contains("\(number): the case's event count or last event was changed"), "\(whole.stdout)")

        let malformed = try desk.coach(["verify", "--against", "coach1-x-abc"])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.hasPrefix("coach: The value 'coach1-x-abc' is invalid for '--against <digest>': expected a digest"))
    }

    @Test func withTheOfficesKeyAChainCannotBeForged() throws {
        let desk = try Desk()
        let key = desk.folder.appendingPathComponent("office.key")
        FileManager.default.createFile(atPath: key.path, contents: Data((0..<32).map { UInt8($0 * 7 % 251) }),
                                       attributes: [.posixPermissions: 0o600])
        desk.extraEnvironment = ["COACH_KEY_FILE": key.path]
        let number = try desk.intake()
        #expect(try desk.value("SELECT DISTINCT hash_version FROM transcript") == "3", "sealed with the key")
        let clean = try desk.coach(["verify"])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(try desk.coach(["verify", "--digest"]).stdout.hasPrefix("coach1k-"))

        // Someone with only the database rewrites the last line and seals it the only way they
        // can: plain SHA-256 over the same fields, as an unkeyed Coach would.
        let rows = try desk.sqlite("""
            SELECT t.id, t.seq, t.at, t.staff, t.kind, coalesce(t.step, '') AS step, t.payload,
                   (SELECT hash FROM transcript p WHERE p.case_id = t.case_id AND p.seq = t.seq - 1) AS previous
            FROM transcript t JOIN cases c ON c.id = t.case_id WHERE c.case_number = '\(number)' ORDER BY t.seq DESC LIMIT 1
            """, json: true)
        let last = try #require(try JSONSerialization.jsonObject(with: Data(rows.stdout.utf8)) as? [[String: Any]]).first!
        let text = "someone else's words"
        let fields: [String] = [last["previous"] as! String, number, String(last["seq"] as! Int), last["at"] as! String,
                                last["staff"] as! String, last["kind"] as! String, last["step"] as! String, text, last["payload"] as! String]
        let hash = try Self.sha256(fields.joined(separator: "\u{1F}"))
        let forged = try desk.sqlite("""
            DROP TRIGGER transcript_is_append_only_update;
            UPDATE transcript SET text = '\(text.replacingOccurrences(of: "'", with: "''"))', hash = '\(hash)', hash_version = 2 WHERE id = \(last["id"] as! Int);
            UPDATE cases SET transcript_head = '\(hash)' WHERE case_number = '\(number)';
            """)
        #expect(forged.status == 0, "\(forged.stderr)")
        // Without the key the forgery would pass as an unkeyed event…
        desk.extraEnvironment = [:]
        #expect(!(try desk.coach(["verify", number]).stdout.contains("event #\(last["seq"] as! Int) (")), "the forged hash fits")
        desk.extraEnvironment = ["COACH_KEY_FILE": key.path]
        let caught = try desk.coach(["verify", number])
        #expect(caught.status == 1)
        #expect(caught.stdout.contains("is not sealed with the office's key"), "\(caught.stdout)")

        // Without the key, sealed events cannot be checked, and verify says so.
        desk.extraEnvironment = [:]
        let keyless = try desk.coach(["verify", number])
        #expect(keyless.status == 1)
        #expect(keyless.stdout.contains("sealed with the office's key, and COACH_KEY_FILE is not set"), "\(keyless.stdout)")
    }

    /// SHA-256 as hex, by the system's sha256sum: what a tamperer has at hand.
    static func sha256(_ text: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: out, as: UTF8.self).prefix(64))
    }

    @Test func aKeyFileOthersCanReadOrTooShortIsRefused() throws {
        let desk = try Desk()
        let key = desk.folder.appendingPathComponent("office.key")
        FileManager.default.createFile(atPath: key.path, contents: Data(repeating: 7, count: 32), attributes: [.posixPermissions: 0o644])
        desk.extraEnvironment = ["COACH_KEY_FILE": key.path]
        let open = try desk.coach(["verify"])
        #expect(open.status == 1)
        #expect(open.stderr.contains("cannot use the key file \(key.path): others can read it"), "\(open.stderr)")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key.path)
        try Data(repeating: 7, count: 8).write(to: key)
        let short = try desk.coach(["verify"])
        #expect(short.status == 1)
        #expect(short.stderr.contains("holds 8 bytes"), "\(short.stderr)")
        #expect(!FileManager.default.fileExists(atPath: desk.db), "nothing was created")
    }
}
