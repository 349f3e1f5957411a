import Foundation
import Testing

/// A case's whole life through the real binary: a piped intake, `coach case` and its actions
/// by the right people (and refusals to the wrong ones), the lists, a supervisor's review with
/// comments and overrides exported as Markdown and HTML, and `coach verify` before and after
/// someone edits the database behind Coach's back.
@Suite struct CaseLifeCLITests {
    /// One test's database and folder, and coach run against them in English.
    /// When the office is at work, so that a case received now goes one way or the other.
    enum Hours: String, CaseIterable, Sendable {
        /// Every day 00:00–23:59 and no holidays: the property group lead, with approval.
        case inHours
        /// Today and tomorrow are holidays: the security supervisor on duty.
        case afterHours
    }

    final class Desk {
        let folder: URL
        let guidance: URL
        /// A SQLite file in the folder, or the PostgreSQL URL given.
        let db: String

        /// With `hours`, a copy of the shipped guidance whose calendar makes now working time or not.
        init(hours: Hours? = nil, database: String? = nil) throws {
            folder = try CoachProcess.temporaryFolder()
            db = database ?? folder.appendingPathComponent("coach.sqlite").path
            guard let hours else {
                guidance = CoachProcess.guidance
                return
            }
            guidance = folder.appendingPathComponent("guidance")
            try FileManager.default.copyItem(at: CoachProcess.guidance, to: guidance)
            let file = guidance.appendingPathComponent("organization.yaml")
            var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                .filter { !$0.hasPrefix("  - { date: ") }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Asia/Hong_Kong")!
            func day(_ offset: Int) -> String {
                let d = calendar.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(Double(offset) * 86_400))
                return String(format: "%04d-%02d-%02d", d.year!, d.month!, d.day!)
            }
            for (index, line) in lines.enumerated() {
                switch (hours, line.trimmingCharacters(in: .whitespaces)) {
                case (.inHours, let l) where l.hasPrefix("working_days:"): lines[index] = "working_days: [mon, tue, wed, thu, fri, sat, sun]"
                case (.inHours, let l) where l.hasPrefix("start:"): lines[index] = "  start: \"00:00\""
                case (.inHours, let l) where l.hasPrefix("end:"): lines[index] = "  end: \"23:59\""
                case (.inHours, "holidays:"): lines[index] = "holidays: []"
                case (.afterHours, "holidays:"):
                    lines[index] = "holidays:\n  - { date: \"\(day(0))\", name: today }\n  - { date: \"\(day(1))\", name: tomorrow }"
                default: break
                }
            }
            try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// More variables for every run (COACH_KEY_FILE…).
        var extraEnvironment: [String: String] = [:]

        var environment: [String: String] {
            ["HOME": folder.path, "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
             "XDG_DATA_HOME": folder.appendingPathComponent("data").path].merging(extraEnvironment) { $1 }
        }

        /// `coach ARGS --guidance … --db … --lang en --staff STAFF`.
        func coach(_ arguments: [String], staff: String = "chan.mw", stdin: String = "") throws -> CoachProcess.Result {
            try CoachProcess.run(arguments + ["--guidance", guidance.path, "--db", db, "--lang", "en", "--staff", staff],
                                 stdin: stdin, environment: environment)
        }

        /// The sqlite3 command-line tool on the database; stdout, stderr and the status.
        func sqlite(_ sql: String, json: Bool = false) throws -> CoachProcess.Result {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = (json ? ["-json"] : []) + ["-cmd", ".timeout 5000", db, sql]
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

        func value(_ sql: String) throws -> String {
            let result = try sqlite(sql)
            #expect(result.status == 0, "sqlite3 \(sql): \(result.stderr)")
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// A whole intake piped in; the case number it was given.
        func intake(name: String = "陳大文", building: String = "A座") throws -> String {
            let result = try coach([], stdin: CaseLifeCLITests.intakeScript(name: name, building: building))
            #expect(result.status == 0, "intake: \(result.stderr)")
            let saved = result.stdout.components(separatedBy: "\n").last { $0.hasPrefix("Saved: case ") } ?? ""
            let number = try #require(saved.firstMatch(of: /\d{6}-\d{3}/).map { String($0.output) },
                                      "no “Saved: case N” line:\n\(result.stdout)")
            #expect(try value("SELECT stage FROM cases WHERE case_number = '\(number)'") == "received")
            return number
        }

        /// The handler routing named at receipt, from the case's life.
        func handler(_ number: String) throws -> String {
            try value("SELECT json_extract(life, '$.handler') FROM cases WHERE case_number = '\(number)'")
        }

        func transcriptCount(_ number: String) throws -> Int {
            Int(try value("SELECT count(*) FROM transcript JOIN cases ON cases.id = case_id WHERE case_number = '\(number)'")) ?? -1
        }
    }

    /// 23:59 in Hong Kong, when the in-hours calendar (00:00–23:59) is closed.
    static func lastMinuteOfTheDay() -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Hong_Kong")!
        let now = calendar.dateComponents([.hour, .minute], from: Date())
        return now.hour == 23 && now.minute == 59
    }

    /// An English intake of an ordinary lift complaint by phone, as a piped script takes a call:
    /// the caller's account, the fields as `:FIELD VALUE`, `:done` and `y`.
    static func intakeScript(name: String, building: String) -> String {
        [
            "The lift stopped last night", "residents walk 20 floors",
            ":name \(name)", ":standing owner", ":building \(building)", ":unit 12樓B室", ":contact 9123 4567",
            ":where lobby lift", ":since last night 10pm", ":wants fixed today", ":cause nobody told residents",
            ":others engineering", ":kind c", ":nature o", ":category lift",
            ":done", "y",
        ].joined(separator: "\n") + "\n"
    }

    @Test(arguments: Hours.allCases)
    func aCaseLivesFromIntakeToFilingWithTheRightPeople(_ hours: Hours) throws {
        let desk = try Desk(hours: hours)
        let check = try desk.coach(["guidance"])
        try #require(check.status == 0, "the adjusted guidance: \(check.stderr)")
        let number = try desk.intake()

        // The case as the desk reads it: the handler and who is next.
        let shown = try desk.coach(["case", number])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Case        \(number)") || shown.stdout.contains(number))
        #expect(shown.stdout.contains("陳大文 · owner · 9123 4567"))
        #expect(shown.stdout.contains("Stage       received"))
        let handler = try desk.handler(number)
        let afterHours = handler == "duty_security_supervisor"
        if hours == .afterHours {
            #expect(afterHours, "received on a holiday: \(handler)")
        } else if !Self.lastMinuteOfTheDay() {
            #expect(!afterHours, "received in working hours: \(handler)")
        }
        #expect(afterHours || handler == "property_group_lead", "an ordinary complaint: \(handler)")
        #expect(try desk.value("SELECT json_extract(life, '$.needsApproval') FROM cases WHERE case_number = '\(number)'")
                == (afterHours ? "0" : "1"))
        if afterHours {
            #expect(shown.stdout.contains("Handler     security supervisor on duty"))
            #expect(shown.stdout.contains("dispatch — set a department to work · security supervisor on duty: 葉文傑 yip.mk, 郭麗珊 kwok.ls"))
        } else {
            #expect(shown.stdout.contains("Handler     property group lead"))
            #expect(shown.stdout.contains("propose — register and propose a handling · property group lead: 李志豪 lee.ch, 何淑儀 ho.sy"))
        }

        // The lists while it is open.
        let open = try desk.coach(["cases"])
        #expect(open.status == 0)
        #expect(open.stdout.contains(number) && open.stdout.contains("陳大文"))
        let overdue = try desk.coach(["cases", "--overdue"])
        #expect(overdue.status == 0)
        #expect(!overdue.stdout.contains(number), "received just now: not overdue\n\(overdue.stdout)")

        // Filing now is refused, naming every step still to do.
        let early = try desk.coach(["case", number, "file", "--integrity"])
        #expect(early.status == 1)
        let first = afterHours ? "dispatch (set a department to work), "
            : "propose (register and propose a handling), approve (approve the proposed handling), "
        #expect(early.stderr.contains("Cannot file yet; still to do: " + first + "feedback (record the department's result), "
                                      + "reply (reply to the complainant), follow-up (make the follow-up call)."), "\(early.stderr)")

        // The first action, by the wrong person and then by the right one.
        if afterHours {
            let wrong = try desk.coach(["case", number, "dispatch", "engineering"], staff: "lee.ch")
            #expect(wrong.status == 1)
            #expect(wrong.stderr.contains("lee.ch may not set a department to work: only the security supervisor on duty may — "
                                          + "葉文傑 (yip.mk), 郭麗珊 (kwok.ls)."), "\(wrong.stderr)")
            let propose = try desk.coach(["case", number, "propose", "派工程部"], staff: "lee.ch")
            #expect(propose.status == 1, "after hours there is nothing to approve")
            #expect(propose.stderr.contains("Allowed now: dispatch"), "\(propose.stderr)")
            let dispatch = try desk.coach(["case", number, "dispatch", "engineering"], staff: "yip.mk")
            #expect(dispatch.status == 0, "\(dispatch.stderr)")
            #expect(dispatch.stdout.contains("case \(number) is now in handling"), "\(dispatch.stdout)")
        } else {
            let wrong = try desk.coach(["case", number, "propose", "派工程部檢查"], staff: "chan.mw")
            #expect(wrong.status == 1)
            #expect(wrong.stderr.contains("chan.mw may not register and propose a handling: only the property group lead may — "
                                          + "李志豪 (lee.ch), 何淑儀 (ho.sy)."), "\(wrong.stderr)")
            let propose = try desk.coach(["case", number, "propose", "派工程部檢查升降機"], staff: "lee.ch")
            #expect(propose.status == 0, "\(propose.stderr)")
            let notYours = try desk.coach(["case", number, "approve"], staff: "lee.ch")
            #expect(notYours.status == 1)
            #expect(notYours.stderr.contains("張偉倫 (cheung.wl)"), "\(notYours.stderr)")
            let approve = try desk.coach(["case", number, "approve"], staff: "cheung.wl")
            #expect(approve.status == 0, "\(approve.stderr)")
            let assign = try desk.coach(["case", number, "assign", "engineering"], staff: "lee.ch")
            #expect(assign.status == 0, "\(assign.stderr)")
        }
        #expect(try desk.value("SELECT stage FROM cases WHERE case_number = '\(number)'") == "in_handling")
        #expect(try desk.value("SELECT json_extract(life, '$.departments[0]') FROM cases WHERE case_number = '\(number)'")
                == "engineering")

        // The rest of its life, each by someone allowed to.
        let steps: [([String], String, String)] = [
            (["feedback", "已更換控制板"], "siu.kc", "handled"),
            (["reply"], "lee.ch", "replied"),
            // A call that did not reach the caller: recorded, and the case stays replied.
            (["follow-up", "--not-reached", "無人接聽"], "wong.ky", "replied"),
            (["follow-up", "4", "對方滿意"], "chan.mw", "followed_up"),
        ]
        for (words, staff, stage) in steps {
            if words.count > 1, words[1] == "4" {
                // Replied, not yet called back: filing is refused, naming the follow-up alone.
                let notYet = try desk.coach(["case", number, "file", "--integrity"])
                #expect(notYet.status == 1)
                #expect(notYet.stderr.contains("Cannot file yet; still to do: follow-up (make the follow-up call)."), "\(notYet.stderr)")
                let wrong = try desk.coach(["case", number] + words, staff: "siu.kc")
                #expect(wrong.status == 1)
                #expect(wrong.stderr.contains("siu.kc may not make the follow-up call"), "\(wrong.stderr)")
            }
            let result = try desk.coach(["case", number] + words, staff: staff)
            #expect(result.status == 0, "\(words[0]) by \(staff): \(result.stderr)")
            #expect(try desk.value("SELECT stage FROM cases WHERE case_number = '\(number)'") == stage, "after \(words[0])")
        }
        let noIntegrity = try desk.coach(["case", number, "file"])
        #expect(noIntegrity.status == 1)
        #expect(noIntegrity.stderr.contains("--integrity"))
        let filed = try desk.coach(["case", number, "file", "--integrity"])
        #expect(filed.status == 0, "\(filed.stderr)")
        #expect(try desk.value("SELECT stage FROM cases WHERE case_number = '\(number)'") == "archived")
        // The typed events, read with SQLite's JSON functions as anyone auditing the file could.
        let transitions = try desk.sqlite("""
            SELECT CASE WHEN json_extract(payload, '$.event.received') IS NOT NULL THEN 'receive: draft → received'
                   ELSE json_extract(payload, '$.event.action._0.action') || ': ' || json_extract(payload, '$.event.action._0.from')
                        || ' → ' || json_extract(payload, '$.event.action._0.to') END
            FROM transcript WHERE kind = 'transition' ORDER BY seq
            """).stdout
            .split(separator: "\n").map(String.init)
        let expected = afterHours
            ? ["receive: draft → received", "dispatch: received → in_handling"]
            : ["receive: draft → received", "propose: received → awaiting_approval", "approve: awaiting_approval → in_handling",
               "assign: in_handling → in_handling"]
        #expect(transitions == expected + ["record_feedback: in_handling → handled", "reply: handled → replied",
                                           "follow_up_missed: replied → replied", "follow_up: replied → followed_up",
                                           "file: followed_up → archived"])
        // Both calls in the case, in order, each with who made it.
        let calls = try desk.coach(["case", number]).stdout
        #expect(calls.contains("黃嘉儀 wong.ky · not reached — 無人接聽"), "\(calls)")
        #expect(calls.contains("陳美華 chan.mw · reached · satisfaction 4/5 — 對方滿意"), "\(calls)")

        // Filed: gone from the open list, still in --all.
        let after = try desk.coach(["cases"])
        #expect(after.status == 0)
        #expect(!after.stdout.contains(number))
        #expect(after.stdout.contains("No cases match."))
        let all = try desk.coach(["cases", "--all"])
        #expect(all.status == 0)
        #expect(all.stdout.contains(number) && all.stdout.contains("filed"), "\(all.stdout)")
        let final = try desk.coach(["case", number])
        #expect(final.stdout.contains("Done: nothing is next."))
        #expect(final.stdout.contains("Follow-up") && final.stdout.contains("4/5 — 對方滿意"))
        #expect(final.stdout.contains("Filed") && final.stdout.contains("chan.mw"))
    }

    @Test func overdueCasesAreListedApart() throws {
        let desk = try Desk()
        let fresh = try desk.intake(name: "陳大文")
        let late = try desk.intake(name: "李小明", building: "B座")
        #expect(fresh != late)
        // Its deadline moved to yesterday (stored in the life as seconds since 2001, and as a column).
        let past = Date().addingTimeInterval(-86_400)
        let update = try desk.sqlite("""
            UPDATE cases SET life = json_set(life, '$.deadline', \(past.timeIntervalSinceReferenceDate)),
                             deadline = '\(ISO8601DateFormatter().string(from: past))'
            WHERE case_number = '\(late)'
            """)
        #expect(update.status == 0, "\(update.stderr)")
        let overdue = try desk.coach(["cases", "--overdue"])
        #expect(overdue.status == 0)
        #expect(overdue.stdout.contains(late) && overdue.stdout.contains("overdue by"), "\(overdue.stdout)")
        #expect(!overdue.stdout.contains(fresh))
        let open = try desk.coach(["cases"])
        #expect(open.stdout.contains(late) && open.stdout.contains(fresh))
        let building = try desk.coach(["cases", "--building", "B座"])
        #expect(building.stdout.contains(late) && !building.stdout.contains(fresh))
    }

    @Test func aSupervisorReviewsCommentsOverridesAndExports() throws {
        let desk = try Desk()
        let number = try desk.intake()
        let before = try desk.transcriptCount(number)

        let plain = try desk.coach(["review", number])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix("── Review of case \(number) ──\n  Outcome  received · to "), "the summary first:\n\(plain.stdout)")
        #expect(plain.stdout.contains("── The call, condensed · every line: --full ──"))
        #expect(plain.stdout.firstMatch(of: /chan\.mw +Name: 陳大文; Owner or occupant: owner; Building: A座/) != nil, "fields set in a row make one line")
        #expect(!plain.stdout.contains(":name 陳大文"), "typed commands are left out of the condensed call")
        #expect(plain.stdout.contains("Scorecard · "))
        let full = try desk.coach(["review", number, "--full"])
        #expect(full.status == 0, "\(full.stderr)")
        #expect(full.stdout.contains("── Full transcript ──") && full.stdout.contains("#1 "))
        #expect(full.stdout.firstMatch(of: /typed +:name 陳大文/) != nil, "kinds padded to one column")
        #expect(!plain.stdout.contains("\u{1B}["), "no colour into a pipe")
        let total = try #require(plain.stdout.firstMatch(of: /Scorecard · (\d+)\/100/).map { Int($0.output.1)! })

        // A comment.
        let comment = try desk.coach(["review", number, "--comment", "語氣好，但未問清楚開始時間"], staff: "cheung.wl")
        #expect(comment.status == 0, "\(comment.stderr)")
        #expect(comment.stdout.contains("── Comments ──"))
        #expect(comment.stdout.contains("cheung.wl: 語氣好，但未問清楚開始時間"))
        #expect(comment.stdout.contains("Scorecard · \(total)/100"), "a comment changes no score")
        #expect(try desk.transcriptCount(number) == before + 1)
        #expect(try desk.value("SELECT kind || '|' || step || '|' || staff || '|' || text FROM transcript ORDER BY id DESC LIMIT 1")
                == "note|review|cheung.wl|語氣好，但未問清楚開始時間")

        // An override, with its original kept beside it.
        let g3 = try desk.coach(["review", number, "--override", "g3=met", "--reason", "真正原因已在備註記錄"], staff: "cheung.wl")
        #expect(g3.status == 0, "\(g3.stderr)")
        #expect(g3.stdout.contains("── Overrides (original scores kept) ──"))
        #expect(g3.stdout.contains("3. Empathise and find the real cause: ✓ met → ✓ met · cheung.wl · 真正原因已在備註記錄")
                || g3.stdout.contains("3. Empathise and find the real cause: ◐ partly → ✓ met · cheung.wl · 真正原因已在備註記錄"), "\(g3.stdout)")
        let stored = try desk.value("SELECT kind || '|' || step || '|' || staff || '|' || text FROM transcript ORDER BY id DESC LIMIT 1")
        #expect(stored.hasPrefix("decision|review|cheung.wl|review override: g3 "), "\(stored)")
        #expect(stored.hasSuffix(" → met — 真正原因已在備註記錄"), "\(stored)")

        // One that lowers the score: both totals are shown. (The call said nothing typed as said,
        // so its g1 is already missed; its account was noted as the caller spoke, g4 met.)
        let g1 = try desk.coach(["review", number, "--override", "g4=missed", "--reason", "raised voice"], staff: "lam.kf")
        #expect(g1.status == 0, "\(g1.stderr)")
        #expect(g1.stdout.contains("4. Listen without interrupting: ✓ met → ✗ missed · lam.kf · raised voice"), "\(g1.stdout)")
        let totals = try #require(g1.stdout.firstMatch(of: /original total (\d+), after review (\d+)/))
        #expect(Int(totals.output.1) == total, "the original total is the call's")
        #expect(Int(totals.output.2)! < total)
        #expect(g1.stdout.contains("Scorecard · \(totals.output.2)/100"), "the card shows the reviewed total")

        // Not a reviewer: refused, nothing written.
        let count = try desk.transcriptCount(number)
        for staff in ["chan.mw", "lee.ch", "nobody.here"] {
            let refused = try desk.coach(["review", number, "--override", "g5=missed", "--reason", "mine"], staff: staff)
            #expect(refused.status == 1, "\(staff)")
            #expect(refused.stderr.contains("Only a supervisor, department manager or the general manager may comment or override"))
            #expect(refused.stderr.contains("張偉倫 (cheung.wl)") && refused.stderr.contains("林國峰 (lam.kf)")
                    && refused.stderr.contains("吳達生 (ng.ts)"), "\(refused.stderr)")
            let comment = try desk.coach(["review", number, "--comment", "looks fine"], staff: staff)
            #expect(comment.status == 1, "\(staff) may not comment either")
        }
        let noReason = try desk.coach(["review", number, "--override", "g5=missed"], staff: "cheung.wl")
        #expect(noReason.status == 2)
        #expect(noReason.stderr.contains("--reason"))
        let badItem = try desk.coach(["review", number, "--override", "g9=met", "--reason", "x"], staff: "cheung.wl")
        #expect(badItem.status == 2)
        #expect(badItem.stderr.contains("ITEM=RESULT"))
        #expect(try desk.transcriptCount(number) == count, "nothing refused was written")

        // Markdown to standard output.
        let md = try desk.coach(["review", number, "--format", "md"])
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.hasPrefix("# Review of case \(number)\n"))
        #expect(md.stdout.contains("## At a glance\n\n- **Outcome**: received · to "))
        #expect(md.stdout.contains("| # | time | who | what |"))
        let fullMD = try desk.coach(["review", number, "--format", "md", "--full"])
        #expect(fullMD.stdout.contains("| # | time | Δ | kind | step | who | text |"))
        #expect(fullMD.stdout.contains("| 1 | "))
        #expect(md.stdout.contains("## Comments"))
        #expect(md.stdout.contains("cheung.wl: 語氣好，但未問清楚開始時間"))
        #expect(md.stdout.contains("- 3. Empathise and find the real cause: ") && md.stdout.contains("- 4. Listen without interrupting: ✓ met → ✗ missed, lam.kf: raised voice"))
        #expect(md.stdout.contains("(was ✓ met)"))

        // HTML to a file.
        let page = desk.folder.appendingPathComponent("review.html")
        let html = try desk.coach(["review", number, "--format", "html", "--full", "-o", page.path])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("Written to \(page.path)"))
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(text.hasPrefix("<!doctype html>"))
        #expect(text.contains("<h1>Review of case \(number)</h1>"))
        #expect(text.contains("cheung.wl: 語氣好，但未問清楚開始時間"))
        #expect(text.contains("<li>4. Listen without interrupting: ✓ met → ✗ missed, lam.kf: raised voice</li>"))
        #expect(text.hasSuffix("</body></html>\n"))
        let rows = text.components(separatedBy: "<tr class=").count - 1
        #expect(rows == (try desk.transcriptCount(number)), "a row for each transcript event")

        let badFormat = try desk.coach(["review", number, "--format", "pdf"])
        #expect(badFormat.status != 0)
        let noCase = try desk.coach(["review", "261129-999"])
        #expect(noCase.status == 1)
        #expect(noCase.stderr.contains("There is no case 261129-999."))
    }

    @Test func typedMarkupAndEscapesReachNoExport() throws {
        let desk = try Desk()
        let number = try desk.intake(name: "陳\u{1B}[31m大文<script>alert(1)</script>")
        let comment = try desk.coach(["review", number, "--comment", "<img src=x onerror=alert(1)> \u{1B}]0;pwned\u{07}| 備註"],
                                     staff: "cheung.wl")
        #expect(comment.status == 0, "\(comment.stderr)")
        let page = desk.folder.appendingPathComponent("r.html")
        #expect(try desk.coach(["review", number, "--format", "html", "-o", page.path]).status == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        let md = try desk.coach(["review", number, "--format", "md"]).stdout
        let text = try desk.coach(["review", number]).stdout
        for (name, out) in [("html", html), ("md", md), ("text", text)] {
            #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0.value != 0x0A }, "\(name) has a control character")
            #expect(!out.contains("pwned"), "\(name)")
            #expect(out.contains("大文"), "\(name)")
        }
        #expect(!html.lowercased().contains("<script") && !html.lowercased().contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!md.contains("<"))
    }

    @Test func verifyFindsATranscriptEditedBehindCoachsBack() throws {
        let desk = try Desk()
        let number = try desk.intake()
        let other = try desk.intake(name: "李小明")
        #expect(try desk.coach(["review", number, "--comment", "checked"], staff: "cheung.wl").status == 0)

        let clean = try desk.coach(["verify"])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("2 cases checked: every transcript is intact and every record matches its events."), "\(clean.stdout)")
        #expect(try desk.coach(["verify", number]).status == 0)

        // The triggers refuse an edit…
        let seq = 7
        let row = "(SELECT id FROM transcript WHERE seq = \(seq) AND case_id = (SELECT id FROM cases WHERE case_number = '\(number)'))"
        let refused = try desk.sqlite("UPDATE transcript SET text = 'someone else' WHERE id = \(row)")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("append-only"), "\(refused.stderr)")
        #expect(try desk.coach(["verify"]).status == 0, "a refused edit changes nothing")

        // …until someone drops them.
        let at = try desk.value("SELECT at FROM transcript WHERE id = \(row)")
        let tampered = try desk.sqlite("""
            DROP TRIGGER transcript_is_append_only_update;
            DROP TRIGGER transcript_is_append_only_delete;
            UPDATE transcript SET text = 'someone else' WHERE id = \(row);
            """)
        #expect(tampered.status == 0, "\(tampered.stderr)")
        #expect(try desk.value("SELECT text FROM transcript WHERE id = \(row)") == "someone else")

        let one = try desk.coach(["verify", number])
        #expect(one.status == 1)
        #expect(one.stdout.contains("\(number): event #\(seq) (\(at)) was changed after it was written"), "\(one.stdout)")
        #expect(one.stderr.contains("1 of 1 cases were tampered with."), "\(one.stderr)")
        let all = try desk.coach(["verify"])
        #expect(all.status == 1)
        #expect(all.stdout.contains("event #\(seq) "))
        #expect(!all.stdout.contains(other), "the other case is intact")
        #expect(all.stderr.contains("1 of 2 cases"))
        let untouched = try desk.coach(["verify", other])
        #expect(untouched.status == 0)

        // A deleted event is named too.
        let removed = try desk.sqlite("""
            DELETE FROM transcript WHERE seq = 3 AND case_id = (SELECT id FROM cases WHERE case_number = '\(other)')
            """)
        #expect(removed.status == 0, "\(removed.stderr)")
        let gone = try desk.coach(["verify", other])
        #expect(gone.status == 1)
        #expect(gone.stdout.contains("\(other): event #3 was removed"), "\(gone.stdout)")
        let badNumber = try desk.coach(["verify", "nonsense"])
        #expect(badNumber.status == 2)
    }
}
