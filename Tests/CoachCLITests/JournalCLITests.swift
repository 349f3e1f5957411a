import Foundation
import Testing

/// A desk whose database is locked by another program while the caller talks: every line is
/// kept in the journal beside the database, the session says where and exits 1, and the next
/// start puts the lines into the database in order, with every chain intact and each line
/// saying it waited, which the review flags.
@Suite struct JournalCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    /// `sqlite3` holding the database's write lock until `release()`.
    final class LockHolder {
        let process = Process()
        let input = Pipe()

        init(_ database: String) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [database]
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data(".timeout 5000\nBEGIN IMMEDIATE;\nSELECT 1;\n".utf8))
            usleep(300_000)
        }

        func release() throws {
            input.fileHandleForWriting.write(Data("COMMIT;\n".utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    func typed(_ desk: Desk, _ number: String) throws -> [String] {
        try desk.sqlite("""
            SELECT json_extract(payload, '$.event.typed.text') FROM transcript JOIN cases ON cases.id = case_id
            WHERE case_number = '\(number)' AND transcript.kind = 'input' ORDER BY seq
            """).stdout.split(separator: "\n").map(String.init)
    }

    @Test func linesTypedWhileTheDatabaseIsLockedAreKeptAndGoInLater() throws {
        let desk = try Desk()
        desk.extraEnvironment = ["COACH_BUSY_TIMEOUT": "0.2"]
        // A call begun, then left as a draft.
        let begun = try desk.coach([], stdin: "The lift stopped last night\n:name 陳大文\n")
        let number = try #require(begun.stdout.firstMatch(of: /\d{6}-\d{3}/).map { String($0.output) }, "\(begun.stdout)")
        // Another program holds the lock while the call goes on. (Nothing else opens the file
        // first: a program that closes it last removes the -wal, and a desk starting with no
        // -wal while another holds the lock cannot open, which the journal cannot help.)
        let lock = try LockHolder(desk.db)
        let locked = try desk.coach(["resume", number], stdin: "residents walk 20 floors\n:building A座\n")
        #expect(locked.status == 1, "\(locked.stdout)\(locked.stderr)")
        let journal = desk.db + ".journal"
        #expect(locked.stdout.contains("kept in the journal \(journal)"), "\(locked.stdout)")
        #expect(locked.stderr.contains("Some lines are not in the database yet: they are kept in \(journal)"), "\(locked.stderr)")
        #expect(FileManager.default.fileExists(atPath: journal))
        let mode = (try FileManager.default.attributesOfItem(atPath: journal)[.posixPermissions] as? Int) ?? -1
        #expect(mode == 0o600)
        try lock.release()
        #expect(try typed(desk, number) == ["The lift stopped last night", ":name 陳大文"], "nothing reached the database while it was locked")

        // The next start puts them in, in order.
        let later = try desk.coach(["resume", number], stdin: "")
        #expect(later.status == 0, "\(later.stdout)\(later.stderr)")
        #expect(later.stdout.contains("kept in the journal went into the database"), "\(later.stdout)")
        #expect(!FileManager.default.fileExists(atPath: journal))
        #expect(try typed(desk, number).prefix(4) == ["The lift stopped last night", ":name 陳大文", "residents walk 20 floors", ":building A座"])
        let verify = try desk.coach(["verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")

        // Each line that waited says so in the transcript, and the review flags them.
        let waited = try desk.sqlite("""
            SELECT json_extract(payload, '$.event.journaled.error') FROM transcript JOIN cases ON cases.id = case_id
            WHERE case_number = '\(number)' AND json_extract(payload, '$.event.journaled') IS NOT NULL
            """).stdout.split(separator: "\n")
        #expect(waited.count >= 2 && waited.allSatisfy { $0.contains("lock") || $0.contains("busy") }, "\(waited)")
        let review = try desk.coach(["review", number])
        #expect(review.stdout.contains("⚑ the database refused \(waited.count) lines; kept in the journal meanwhile"), "\(review.stdout)")
    }
}
