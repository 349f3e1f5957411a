import Foundation
import Testing

/// Two desks acting on one case at the same moment, through the real binary: each action is
/// checked and written in one transaction, so both apply in some order or the second is refused;
/// a case never moves backwards, approving and filing happen once, and the record stays what
/// its events say (`coach verify`).
@Suite struct ConcurrentActionsCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    /// Starts every command at once and waits for all; their exit statuses, in order.
    static func together(_ desk: Desk, _ commands: [(words: [String], staff: String)]) throws -> [Int32] {
        let processes = commands.map { words, staff -> Process in
            let process = Process()
            process.executableURL = CoachProcess.binary
            process.arguments = words + ["--guidance", desk.guidance.path, "--db", desk.db, "--lang", "en", "--staff", staff]
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no"]
                .merging(desk.environment) { $1 }
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        return processes.map(\.terminationStatus)
    }

    /// How many of a case's events are this action.
    static func actions(_ desk: Desk, _ number: String, _ action: String) throws -> Int {
        Int(try desk.value("""
            SELECT count(*) FROM transcript JOIN cases ON cases.id = case_id
            WHERE case_number = '\(number)' AND json_extract(payload, '$.event.action._0.action') = '\(action)'
            """)) ?? -1
    }

    @Test(arguments: 1...4)
    func twoDesksAtOnce(round: Int) throws {
        let desk = try Desk(hours: .inHours)
        let number = try desk.intake()
        #expect(try desk.coach(["case", number, "propose", "派工程部"], staff: "lee.ch").status == 0)

        // Approving twice at once: once.
        let approvals = try Self.together(desk, [(["case", number, "approve"], "cheung.wl"), (["case", number, "approve"], "cheung.wl")])
        #expect(approvals.sorted() == [0, 1], "one approval goes through, the other is refused: \(approvals)")
        #expect(try Self.actions(desk, number, "approve") == 1)

        // A department's result and another department told at once: in some order, never backwards.
        #expect(try desk.coach(["case", number, "assign", "engineering"], staff: "lee.ch").status == 0)
        let both = try Self.together(desk, [(["case", number, "feedback", "已修好"], "siu.kc"),
                                            (["case", number, "assign", "cleaning"], "lee.ch")])
        #expect(both[0] == 0, "the result is always taken")
        #expect(try desk.value("SELECT stage FROM cases WHERE case_number = '\(number)'") == "handled")
        #expect(try desk.value("SELECT json_extract(life, '$.feedback') FROM cases WHERE case_number = '\(number)'") == "已修好")
        let departments = try desk.value("SELECT json_extract(life, '$.departments') FROM cases WHERE case_number = '\(number)'")
        #expect(departments == (both[1] == 0 ? #"["engineering","cleaning"]"# : #"["engineering"]"#), "\(both) \(departments)")
        #expect(try Self.actions(desk, number, "assign") == (both[1] == 0 ? 2 : 1))

        // Filing twice at once: once.
        #expect(try desk.coach(["case", number, "reply"], staff: "lee.ch").status == 0)
        #expect(try desk.coach(["case", number, "follow-up", "4"], staff: "chan.mw").status == 0)
        let filings = try Self.together(desk, [(["case", number, "file", "--integrity"], "lee.ch"),
                                               (["case", number, "file", "--integrity"], "ho.sy")])
        #expect(filings.sorted() == [0, 1], "\(filings)")
        #expect(try Self.actions(desk, number, "file") == 1)

        // And the record is what its events say.
        let verify = try desk.coach(["verify", number])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }
}
