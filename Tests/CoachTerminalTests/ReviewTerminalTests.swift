import Foundation
import Testing

/// A supervisor's review on a real terminal: `coach review N` in Traditional Chinese, the summary
/// first and every line with `--full`, the case desk with Tab completing a case number, and a
/// record holding an escape sequence typed at intake that must reach the reviewer's screen as
/// plain text.
@Suite struct ReviewTerminalTests {
    /// The piped intake's answers; with `name`, the caller's name set as typed (`:name NAME`)
    /// right after the first line, instead of the one heard in it.
    static func intake(name: String? = nil) -> String {
        var answers = PipedIntakeTests.script.map(\.answer)
        if let name { answers.insert(":name \(name)", at: 1) }
        return answers.joined(separator: "\n") + "\n"
    }

    /// Takes a whole case through a pipe, as a process; its number.
    static func takeCase(_ sandbox: Sandbox, name: String? = nil) throws -> String {
        let result = try runCoachPiped(sandbox, script: intake(name: name))
        #expect(result.status == 0, "intake: \(result.stderr)")
        let db = CoachDatabase(sandbox)
        #expect(try db.value("SELECT stage FROM cases") == "received")
        return try #require(try db.value("SELECT case_number FROM cases"))
    }

    /// `coach SUBCOMMAND … --staff STAFF --lang zh-Hant --guidance … --db …`.
    static func arguments(_ sandbox: Sandbox, _ words: [String], staff: String = "chan.mw") -> [String] {
        words + ["--staff", staff, "--lang", "zh-Hant", "--guidance", CoachBinary.guidance.path, "--db", sandbox.database]
    }

    /// Everything the pane has shown, wrapped lines joined, colours kept.
    static func coloredScrollback(_ tmux: Tmux) throws -> String {
        try tmux.tmux(["capture-pane", "-p", "-e", "-J", "-S", "-", "-t", tmux.session])
    }

    @Test func reviewOpensWithTheSummaryAndTheCallCondensed() throws {
        try withTerminal { tmux, sandbox in
            let number = try Self.takeCase(sandbox)
            try tmux.start("review", arguments: Self.arguments(sandbox, ["review", number]))
            try tmux.waitUntil("the scorecard's last items") { screen in
                screen.lines.contains { $0.contains("處理危險的快慢") }
            }
            try tmux.waitForExit()
            let lines = try tmux.scrollback().components(separatedBy: "\n").map(trimmedRight)
            let title = try #require(lines.firstIndex(of: "── 個案覆核 \(number) ──"))
            #expect(lines[title + 1].hasPrefix("  結果    已接訴 · 交"), "the outcome right under the title: \(lines[title + 1])")
            #expect(lines[title + 2].hasPrefix("  評分    ") && lines[title + 2].hasSuffix("/100"))
            #expect(lines.contains { $0.hasPrefix("  要留意  ") })
            let call = try #require(lines.firstIndex { $0.hasPrefix("── 通話經過（摘要）") })
            let card = try #require(lines.firstIndex { $0.hasPrefix("── 評分卡 · ") })
            #expect(title < call && call < card)
            // Her account as noted, and no prompt, cue or typed command.
            #expect(lines[call..<card].contains { $0.contains("來電者（記下）") && $0.contains("「喂？管理處呀？") })
            #expect(!lines[call..<card].contains { $0.contains("›") || $0.contains(":name") || $0.contains("指引 1 ·") })
        }
    }

    @Test func reviewFullShowsTheTranscriptWithTimesAndTheScorecard() throws {
        try withTerminal { tmux, sandbox in
            let number = try Self.takeCase(sandbox)
            let events = try CoachDatabase(sandbox).rows("SELECT seq, text, kind FROM transcript ORDER BY seq")
            try #require(!events.isEmpty)

            try tmux.start("review", arguments: Self.arguments(sandbox, ["review", number, "--full"]))
            // The card's last line: tmux may say coach has ended before it has shown all it wrote.
            try tmux.waitUntil("the scorecard to its last line") { screen in
                screen.lines.contains { $0.contains("限期") && $0.contains("承諾") }
            }
            try tmux.waitForExit()
            let shown = try tmux.scrollback()
            let lines = shown.components(separatedBy: "\n").map(trimmedRight)

            #expect(lines.contains("── 個案覆核 \(number) ──"), "the title\n\(shown)")
            #expect(lines.contains { $0.hasPrefix("  個案") && $0.contains(number) })
            #expect(lines.contains { $0.contains("來電者") && $0.contains("陳大文 · 業主 · 9123 4567") })
            #expect(lines.contains("── 完整記錄 ──"))
            // Every event, numbered, with its date and time and the gap before it.
            let entry = /^#(\d+) +(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) +\+(\d+s|\d+:\d{2}|\d+h\d{2}) +(\S+)\s*(.*)$/
            let entries = lines.compactMap { try? entry.wholeMatch(in: $0) }
            #expect(entries.map { Int($0.output.1)! } == Array(1...events.count), "one line per transcript event, in order")
            #expect(entries.first?.output.4 == "0s", "nothing before the first event")
            let typed = entries.filter { $0.output.5 == "輸入" }.map { String($0.output.6) }
            #expect(typed.contains("喂？管理處呀？我A座12樓B室陳大文，我又要投訴呀！") && typed.contains("電梯由昨晚開始停咗，住戶要行樓梯上二十樓")
                    && typed.contains("冇人通知住戶"))
            #expect(entries.contains { $0.output.5 == "提示" && $0.output.6.hasPrefix("1/6 對方講") })
            #expect(entries.contains { $0.output.5 == "階段" && $0.output.6.hasPrefix("接訴：已接收，交") })
            // Then the scorecard, with its items.
            let card = try #require(lines.firstIndex { $0.hasPrefix("── 評分卡 · ") && $0.contains("/100") }, "\(shown)")
            let lastEntry = try #require(lines.lastIndex { (try? entry.wholeMatch(in: $0)) != nil })
            #expect(card > lastEntry, "the card comes after the transcript")
            #expect(lines[card...].contains { $0.contains("指引 1 ") })
            #expect(lines[card...].contains { $0.contains("問出資料") })
            #expect(lines[card...].contains { $0.contains("轉交") && $0.contains("自述") }, "a real call's routing is scored, as reported")
            #expect(!shown.contains("\u{1B}["), "NO_COLOR: plain")
        }
    }

    @Test func theDeskListsCasesAndCompletesACaseNumberWithTab() throws {
        try withTerminal { tmux, sandbox in
            let number = try Self.takeCase(sandbox)
            try tmux.start("desk", arguments: Self.arguments(sandbox, ["desk"], staff: "cheung.wl"))
            try tmux.waitFor("個案台：help 列出指令")
            try tmux.waitForPrompt("個案台")

            try tmux.enter("cases")
            try tmux.waitUntil("the list with the case") { screen in
                screen.lines.contains { $0.hasPrefix("  " + number) && $0.contains("陳大文") && $0.contains("已接訴") }
            }
            let listed = try tmux.waitForPrompt("個案台")
            #expect(listed.lines.contains { $0.hasPrefix("  個案") && $0.contains("收到") && $0.contains("限期") }, "the header")

            // The first characters of the number, then Tab: the only open case is completed.
            let start = String(number.prefix(4))
            try tmux.type(start)
            try tmux.waitUntil("\(start) typed") { $0.cursorLine.hasSuffix("› " + start) }
            try tmux.press("Tab")
            let completed = try tmux.waitUntil("\(start) completed to \(number)") { $0.cursorLine.hasSuffix("› " + number) }
            #expect(completed.cursorX == columns(completed.cursorLine), "the cursor after the number")
            try tmux.press("Enter")
            try tmux.waitFor("下一步：")
            let shown = try tmux.waitForPrompt("個案台")
            #expect(shown.lines.contains { $0.contains("負責") && ($0.contains("當值保安主管") || $0.contains("物業主任")) },
                    "\(shown)")
            #expect(shown.lines.contains { $0.contains("來電者") && $0.contains("陳大文") })

            // review at the desk, completed the same way.
            try tmux.type("review " + start)
            try tmux.press("Tab")
            try tmux.waitUntil("review \(number) completed") { $0.cursorLine.hasSuffix("› review " + number) }
            try tmux.press("Enter")
            try tmux.waitFor("── 個案覆核 \(number) ──")
            try tmux.waitFor("評分卡")
            try tmux.waitForPrompt("個案台")

            try tmux.enter("quit")
            try tmux.waitForExit()
            #expect(try tmux.pane().status ?? 0 == 0)
        }
    }

    @Test func anEscapeSequenceTypedAtIntakeReachesTheReviewerAsPlainText() throws {
        try withTerminal { tmux, sandbox in
            let number = try Self.takeCase(sandbox, name: "陳\u{1B}[31m大文")
            let db = CoachDatabase(sandbox)
            #expect(try db.value("SELECT person_name FROM cases") == "陳大文", "the record keeps the name without the sequence")
            #expect(try db.column("SELECT text FROM transcript WHERE kind = 'input' AND text LIKE ':name%'") == [":name 陳\u{1B}[31m大文"],
                    "the transcript keeps what was typed")

            // In colour, so that a sequence getting through would show.
            try tmux.start("review", arguments: Self.arguments(sandbox, ["review", number, "--full"]), color: true)
            try tmux.waitFor("評分卡")
            try tmux.waitForExit()
            let colored = try Self.coloredScrollback(tmux)
            #expect(colored.contains("\u{1B}["), "coach did colour its own output (headings, scores)")
            let withName = colored.components(separatedBy: "\n").filter { $0.contains("大文") }
            #expect(withName.count >= 2, "the record and the typed line both show the name:\n\(colored)")
            for line in withName {
                #expect(line.contains("陳大文"), "the name reads whole: \(line.debugDescription)")
                #expect(!line.contains("\u{1B}[31m") && !line.contains("\u{1B}[31;") && !line.contains(";31m"),
                        "no red from the record: \(line.debugDescription)")
            }
            let plain = try tmux.scrollback()
            #expect(plain.components(separatedBy: "\n").contains { $0.hasPrefix("#") && $0.hasSuffix("輸入   :name 陳大文") },
                    "the typed line, shown without its sequence")
            #expect(!plain.contains("[31m"), "no remains of the sequence as text")
        }
    }
}
