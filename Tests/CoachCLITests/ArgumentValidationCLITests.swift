import Foundation
import Testing

/// Case numbers, days, months, override specs and the like are read by the parser: a bad one
/// is refused before anything is opened, with one line naming what was expected and exit 2 —
/// on the command line and at the desk, which reads its lines with the same definitions.
@Suite struct ArgumentValidationCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    /// The first line of stderr, and the lines after it.
    static func message(_ result: CoachProcess.Result) -> (first: String, rest: [String]) {
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (lines.first ?? "", Array(lines.dropFirst()))
    }

    /// What the database holds of a case: its stage and the number of its transcript events.
    static func state(_ desk: Desk, _ number: String) throws -> String {
        "\(try desk.value("SELECT stage FROM cases WHERE case_number = '\(number)'")) · \(try desk.transcriptCount(number)) events"
    }

    @Test func aBadCaseNumberIsRefusedByTheParser() throws {
        let desk = try Desk()
        for command in [["case"], ["review"], ["verify"]] {
            let result = try desk.coach(command + ["26112-007"])
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(Self.message(result).first
                    == "coach: The value '26112-007' is invalid for '<case-number>': expected a case number like 261129-007",
                    "\(command): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: desk.db), "refused before the database was opened")
    }

    @Test func aBadValueChangesNothingInTheDatabase() throws {
        let desk = try Desk(hours: .inHours)
        let number = try desk.intake()
        let before = try Self.state(desk, number)
        let refused: [([String], String, String)] = [
            (["case", number, "reply", "--via", "fax"], "lee.ch",
             "coach: The value 'fax' is invalid for '--via <via>': expected visit, letter, phone, other"),
            (["case", number, "approv"], "cheung.wl",
             "coach: The value 'approv' is invalid for '<action>': expected an action: propose, approve, dispatch, assign, escalate, feedback, reply, follow-up, file"),
            (["case", number, "follow-up", "9", "滿意"], "chan.mw",
             "coach: Satisfaction is 1 to 5, or none, e.g. follow-up 261129-007 4 happy with the repair"),
            (["case", number, "follow-up", "--not-reached", "3"], "chan.mw",
             "coach: A call that did not reach the caller has no satisfaction score: follow-up 261129-007 --not-reached no answer"),
            (["case", number, "reply", "--not-reached"], "lee.ch", "coach: --not-reached goes with follow-up: follow-up 261129-007 --not-reached"),
            (["case", number, "propose"], "lee.ch", "coach: Write the proposal or the result after the action."),
            (["case", number, "--integrity"], "chan.mw",
             "coach: --via, --reason, --integrity and --not-reached go with an action (reply, file, follow-up)."),
            (["review", number, "--override", "g9=met", "--reason", "x"], "cheung.wl",
             "coach: The value 'g9=met' is invalid for '--override <override>': expected ITEM=RESULT, e.g. g5=met; items: "
                + "g1, g2, g3, g4, g5, g6, g7, g8, g11, facts, classification, nature, routing, deadline, reply, category, mood, fit, demands, danger; "
                + "results: met, partly, missed, not_applicable"),
            (["review", number, "--override", "g5=great", "--reason", "x"], "cheung.wl",
             "coach: The value 'g5=great' is invalid for '--override <override>': expected ITEM=RESULT, e.g. g5=met; items: "
                + "g1, g2, g3, g4, g5, g6, g7, g8, g11, facts, classification, nature, routing, deadline, reply, category, mood, fit, demands, danger; "
                + "results: met, partly, missed, not_applicable"),
            (["review", number, "--override", "g5=met"], "cheung.wl", "coach: An override needs --reason."),
            (["review", number, "--comment", " "], "cheung.wl", "coach: --comment needs words"),
        ]
        for (arguments, staff, expected) in refused {
            let result = try desk.coach(arguments, staff: staff)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(Self.message(result).first == expected, "\(arguments)")
            #expect(!Self.message(result).rest.contains { $0.hasPrefix("coach:") }, "one message: \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments): \(result.stdout)")
        }
        #expect(try Self.state(desk, number) == before, "nothing refused was written")
        // The same words, good ones, go through.
        let reply = try desk.coach(["case", number, "propose", "派工程部", "檢查升降機"], staff: "lee.ch")
        #expect(reply.status == 0, "\(reply.stderr)")
    }

    @Test func aBadMonthOrPeriodIsRefusedByTheParser() throws {
        let desk = try Desk()
        let month = try desk.coach(["report", "--month", "2026-13"])
        #expect(month.status == 2)
        #expect(Self.message(month).first == "coach: The value '2026-13' is invalid for '--month <month>': expected a month like 2026-11")
        #expect(month.stderr.contains("Usage: coach report "), "ArgumentParser's usage follows: \(month.stderr)")
        #expect(month.stdout.isEmpty)
        let day = try desk.coach(["report", "--from", "2026-11-31", "--to", "2026-12-01"])
        #expect(day.status == 2)
        #expect(Self.message(day).first == "coach: The value '2026-11-31' is invalid for '--from <from>': expected a day like 2026-11-01")
        let backwards = try desk.coach(["report", "--from", "2026-11-30", "--to", "2026-11-01"])
        #expect(backwards.status == 2)
        #expect(Self.message(backwards).first
                == "coach: --from and --to take days like 2026-11-01 and 2026-11-30, the first not after the last")
        let both = try desk.coach(["report", "--month", "2026-11", "--from", "2026-11-01", "--to", "2026-11-30"])
        #expect(both.status == 2)
        #expect(Self.message(both).first == "coach: give --month or --from and --to, not both")
        let search = try desk.coach(["search", "漏水", "--to", "yesterday"])
        #expect(search.status == 2)
        #expect(Self.message(search).first == "coach: The value 'yesterday' is invalid for '--to <to>': expected a day like 2026-11-01")
        let stage = try desk.coach(["cases", "--stage", "open"])
        #expect(stage.status == 2)
        #expect(Self.message(stage).first.hasPrefix("coach: The value 'open' is invalid for '--stage <stage>': expected draft, received, "))
        let digests = try desk.coach(["verify", "--digest", "--against", "coach1-1-" + String(repeating: "0", count: 64)])
        #expect(digests.status == 2)
        #expect(Self.message(digests).first == "coach: give --digest or --against, not both")
        #expect(!FileManager.default.fileExists(atPath: desk.db), "refused before the database was opened")
    }

    @Test func anUnknownOptionOrAMissingArgumentExitsTwoToo() throws {
        let desk = try Desk()
        let unknown = try desk.coach(["cases", "--bogus"])
        #expect(unknown.status == 2)
        #expect(Self.message(unknown).first == "coach: Unknown option '--bogus'")
        let missing = try desk.coach(["review"])
        #expect(missing.status == 2)
        #expect(Self.message(missing).first == "coach: Missing expected argument '<case-number>'")
    }

    /// A desk fed from a pipe: each line parsed as the command line would parse it.
    @Test func theDeskReadsItsLinesWithTheCommandLinesDefinitions() throws {
        let desk = try Desk(hours: .inHours)
        let number = try desk.intake()
        let before = try Self.state(desk, number)

        // A bad value on a line: one line on stderr, exit 2, and the lines after it are not run.
        let bad: [(String, String)] = [
            ("approve 26112-007", "coach: The value '26112-007' is invalid for '<case-number>': expected a case number like 261129-007"),
            ("reply \(number) --via fax", "coach: The value 'fax' is invalid for '--via <via>': expected visit, letter, phone, other"),
            ("case \(number) follow-up 6 滿意", "coach: Satisfaction is 1 to 5, or none, e.g. follow-up 261129-007 4 happy with the repair"),
            ("review \(number) --override g5=great --reason x",
             "coach: The value 'g5=great' is invalid for '--override <override>': expected ITEM=RESULT, e.g. g5=met; items: "
                + "g1, g2, g3, g4, g5, g6, g7, g8, g11, facts, classification, nature, routing, deadline, reply, category, mood, fit, demands, danger; "
                + "results: met, partly, missed, not_applicable"),
            ("cases --stage open", "coach: The value 'open' is invalid for '--stage <stage>': expected draft, received, "
                + "awaiting_approval, in_handling, handled, replied, followed_up, archived, voided"),
            ("propose \(number) \"unclosed", "coach: a \" is not closed"),
            ("approve", "coach: approve needs a case: approve 261129-007 …"),
            ("launch \(number)", "coach: no command \"launch\" at the desk; help lists them"),
            ("case \(number) --db /tmp/elsewhere.sqlite", "coach: --guidance, --db, --staff and --lang are given once, to coach desk"),
        ]
        for (line, expected) in bad {
            let result = try desk.coach(["desk"], staff: "lee.ch", stdin: line + "\npropose \(number) 派工程部檢查\n")
            #expect(result.status == 2, "\(line): \(result.stderr)")
            #expect(result.stderr == expected + "\n", "\(line)")
            #expect(!result.stdout.contains("Done"), "\(line): nothing after it ran\n\(result.stdout)")
        }
        // The desk's own refusals in the reader's language.
        for (line, expected) in [("approve", "coach: approve 要跟個案編號：approve 261129-007 …"),
                                 ("launch \(number)", "coach: 個案台冇「launch」呢個指令；help 列出所有指令")] {
            let result = try CoachProcess.run(["desk", "--guidance", desk.guidance.path, "--db", desk.db, "--lang", "zh-Hant", "--staff", "lee.ch"],
                                              stdin: line + "\n", environment: desk.environment)
            #expect(result.status == 2 && result.stderr == expected + "\n", "\(line): \(result.stderr)")
        }
        #expect(try Self.state(desk, number) == before, "nothing refused was written")

        // Good lines: quoted words stay one, and the desk's short forms are the command line's commands.
        let good = try desk.coach(["desk"], staff: "lee.ch", stdin: """
            propose \(number) "派工程部 檢查升降機"
            \(number)
            mine
            help case
            quit

            """)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stderr.isEmpty)
        #expect(good.stdout.contains("Done — register and propose a handling: case \(number) is now awaiting approval"), "\(good.stdout)")
        #expect(good.stdout.contains("派工程部 檢查升降機"), "the quoted proposal, whole:\n\(good.stdout)")
        #expect(good.stdout.contains("No cases match."), "lee.ch took no case:\n\(good.stdout)")
        #expect(good.stdout.contains("USAGE: coach case "), "help case is coach case's help:\n\(good.stdout)")
        #expect(try desk.value("SELECT stage FROM cases WHERE case_number = '\(number)'") == "awaiting_approval")
    }

    @Test func theDeskSplitsWordsAsAShellWould() throws {
        let desk = try Desk(hours: .inHours)
        let number = try desk.intake()
        let steps: [(String, String)] = [
            ("lee.ch", "propose \(number) 派工程部"), ("cheung.wl", "approve \(number)"), ("lee.ch", "assign \(number) engineering"),
            ("siu.kc", "feedback \(number) 已更換 控制板"),
            // The reason keeps its spaces, and the double quotes inside single ones.
            ("lee.ch", "reply \(number) --via letter --reason 'phone \"not\" answered'"),
        ]
        for (staff, line) in steps {
            let result = try desk.coach(["desk"], staff: staff, stdin: line + "\n")
            #expect(result.status == 0, "\(line): \(result.stderr)")
        }
        #expect(try desk.value("SELECT stage FROM cases WHERE case_number = '\(number)'") == "replied")
        let events = try desk.sqlite("SELECT text || ' ' || payload FROM transcript ORDER BY seq").stdout
        #expect(events.contains(#"phone \"not\" answered"#) || events.contains(#"phone "not" answered"#), "\(events)")
        #expect(events.contains("已更換 控制板"), "\(events)")
    }
}
