import Foundation
import Testing

/// `coach train` in a real terminal: a trainee plays guidance/scenarios/leak-third-time.yaml to the
/// end as the guidelines say, and reads a scorecard that the database and `coach progress` agree
/// with; `--exam` hides the cues; a trainee who is not on the roster is turned away.
@Suite struct TrainingTerminalTests {
    static let scenario = "leak-third-time"
    static let caller = "陳大文：「"

    /// `coach train leak-third-time --staff ID --lang zh-Hant --guidance … --db …` (+ `extra`).
    static func trainArguments(_ sandbox: Sandbox, scenario: String? = TrainingTerminalTests.scenario,
                               staff: String = "wong.ky", extra: [String] = []) -> [String] {
        ["train"] + (scenario.map { [$0] } ?? []) + extra
            + ["--staff", staff, "--lang", "zh-Hant", "--guidance", CoachBinary.guidance.path, "--db", sandbox.database]
    }

    /// What the trainee says to the caller once she has finished, each with what to wait for
    /// before speaking again: the start of her answer (a fact, or her compensation demand and the
    /// answer to it), or nil for a short reply that has no fixed words.
    static let lines: [(said: String, waitFor: [String])] = [
        ("> 陳生，要你第三次打嚟，真係對唔住，係我哋跟得唔好。", []),
        ("> 今次由幾時開始滴水？", ["上個禮拜五夜晚開始滴", "呢筆數你哋管理處要賠償"]),                           // since, then the demand
        ("> 廚櫃嘅損失我記低咗，賠償由物業經理同樓上業主商討。", ["好，你寫低佢"]),
        ("> 漏水喺廚房邊個位置？", ["廚房天花近抽氣扇嗰度"]),                                                    // location
        ("> 之前兩次你係報俾邊位同事㗎？", ["十一月九號我打過嚟"]),                                             // the real cause
        ("> 報咗兩次都冇人理，仲要日日倒水桶，換轉係我都會好嬲。", []),
        ("> 樓上13樓B室你有冇同佢哋傾過？", ["樓上13樓B室係租客住"]),                                         // upstairs
        ("> 你希望我哋今日點樣處理？", ["我要你哋今日派人上嚟睇清楚"]),                                        // wants
    ]

    /// The caller's opening, as she says it, a sentence at a time.
    static let opening = ["喂？管理處呀？我A座12樓B室陳大文，我又要投訴呀！",
                          "我屋企廚房天花又漏水，同一樣嘢我已經係第三次投訴！",
                          "你哋次次都話跟進、跟進，跟咗去邊呀？"]

    /// Steps 1 to 3 as a good trainee takes them, in real time: each of her sentences is noted
    /// while she says the next; once she has finished, an apology and a well-aimed question for
    /// each fact, waiting for her answer each time; the name, building and unit heard are
    /// accepted with one key, the rest recorded; a complaint, ordinary, water. Ends at the first
    /// prompt of step 4.
    static func playToRespond(_ tmux: Tmux) throws {
        try tmux.waitForPrompt(Label.account)
        for segment in opening {
            try tmux.waitFor(caller + segment + "」", timeout: 20)
            // A breath: she is into her next sentence when the note goes in.
            Thread.sleep(forTimeInterval: 1.3)
            try tmux.say(segment, at: Label.account)
        }
        for (said, answers) in lines {
            try tmux.say(said, at: Label.account)
            for answer in answers { try tmux.waitFor(answer, timeout: 20) }
            // Her reply (and whatever follows it) is over before the next line is said.
            Thread.sleep(forTimeInterval: answers.isEmpty ? 5 : 2)
        }
        try tmux.answer("", then: Label.anythingElse)
        try tmux.answer("", then: Label.heard)
        try tmux.answer("y", then: Label.contact)
        // Where exactly is not asked for; it is set from any prompt.
        try tmux.answer(":where 廚房天花近抽氣扇，對正13樓B室去水喉", then: Label.contact)
        try tmux.answer("9123 4567", then: Label.standing)
        try tmux.answer("o", then: "2/6 由何時開始")
        try tmux.answer("上星期五晚開始滴水，一日倒兩次水桶，廚櫃發霉", then: "2/6 對方要求")
        try tmux.answer("今日派人上嚟睇，並搵13樓B室業主維修", then: "2/6 真正令對方不滿的原因")
        try tmux.answer("11月9日及16日已報兩次，冇人嚟亦冇人覆", then: "2/6 需要協調的其他人")
        try tmux.answer("13樓B室業主（租客話唔關佢事）", then: "3/6 投訴或建議")
        try tmux.answer("c", then: "3/6 性質")
        try tmux.answer("o", then: Label.category)
        try tmux.answer("water", then: "4/6 認同感受")
    }

    /// Steps 4 to 6: what has not been said yet is said to her (a `y` would only report it), the
    /// people told, the promise said, then y at 確認並儲存. Returns once the scorecard is up.
    static func finishCall(_ tmux: Tmux) throws {
        try tmux.answer("> 陳生，我明白你真係好嬲，等咗兩個禮拜冇人理。", then: "4/6 承認不足")
        Thread.sleep(forTimeInterval: 4)
        try tmux.answer("y", then: "4/6 代表公司跟進")
        try tmux.answer("> 今次由我親自跟進，唔會再冇下文。", then: "5/6 已通知以上的人")
        Thread.sleep(forTimeInterval: 4)
        try tmux.answer("y", then: "6/6 已告知對方")
        try tmux.answer("> 今日三點前師傅上嚟睇，五點前我打返俾你。", then: "6/6 確認並儲存")
        Thread.sleep(forTimeInterval: 4)
        try tmux.enter("y")
        try tmux.waitFor("評分卡", timeout: 20)
    }

    /// `── 評分卡 · 100/100 · 來電者 憤怒 → 平靜 ──` → (100, 憤怒, 平靜).
    static func heading(in text: String) -> (line: String, total: Int?, from: String?, to: String?)? {
        guard let line = text.components(separatedBy: "\n").first(where: { $0.contains("評分卡") }) else { return nil }
        let parts = line.trimmingCharacters(in: .whitespaces).components(separatedBy: " · ")
        let total = parts.count > 1 ? parts[1].split(separator: "/").first.flatMap { Int($0) } : nil
        let moods = parts.first { $0.hasPrefix("來電者 ") }?
            .replacingOccurrences(of: "來電者 ", with: "").replacingOccurrences(of: "──", with: "")
            .components(separatedBy: "→").map { $0.trimmingCharacters(in: .whitespaces) }
        return (line, total, moods?.first, moods.flatMap { $0.count > 1 ? $0[1] : nil })
    }

    /// The moods as the scorecard names them, calmest first.
    static let moods = ["平靜", "不滿", "憤怒", "暴怒"]
    static let moodKeys = ["平靜": "calm", "不滿": "upset", "憤怒": "angry", "暴怒": "furious"]

    @Test func aGoodTraineeScoresHighCalmsTheCallerAndIsRecorded() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("train", arguments: Self.trainArguments(sandbox), recordingExitStatus: true)
            try tmux.waitFor("訓練：樓上漏水，第三次投訴")
            try Self.playToRespond(tmux)
            try Self.finishCall(tmux)
            let status = try tmux.exitStatus(timeout: 15)
            #expect(status == 0)

            let shown = try tmux.scrollback()
            guard let heading = Self.heading(in: shown) else {
                Issue.record("no scorecard heading\n\(shown)")
                return
            }
            let total = heading.total ?? -1
            #expect(total >= 90, "\(heading.line)\n\(shown)")
            #expect(heading.from == "憤怒", "the scenario's caller starts angry: \(heading.line)")
            let from = heading.from.flatMap { Self.moods.firstIndex(of: $0) }
            let to = heading.to.flatMap { Self.moods.firstIndex(of: $0) }
            #expect(from != nil && to != nil && to! < from!, "the caller ends calmer: \(heading.line)")
            #expect(shown.contains("已儲存：個案"), "saved before the scorecard\n\(shown)")
            #expect(shown.contains("問出 10/10 項資料"), "every fact and her own details recorded\n\(shown)")

            // The database: one training result for wong.ky with the total shown, on a training case.
            let db = CoachDatabase(sandbox)
            let results = try db.rows("""
                SELECT t.staff, t.scenario, t.total, t.exam, t.failed, t.mood_start, t.mood_end,
                       c.is_training, c.stage, c.received_by
                FROM training_results t JOIN cases c ON c.id = t.case_id
                """)
            #expect(results.count == 1, "\(results)")
            if let row = results.first {
                #expect(row["staff"] == "wong.ky")
                #expect(row["scenario"] == Self.scenario)
                #expect(row["total"] == "\(total)", "the total saved is the total shown: \(row)")
                #expect(row["exam"] == "0")
                #expect(row["failed"] == "0")
                #expect(row["mood_start"] == "angry")
                #expect(row["mood_end"] == heading.to.flatMap { Self.moodKeys[$0] }, "\(row)")
                #expect(row["is_training"] == "1", "the case is marked as training: \(row)")
                #expect(row["stage"] == "received", "\(row)")
                #expect(row["received_by"] == "wong.ky", "\(row)")
            }
            #expect(try db.value("SELECT count(*) FROM cases") == "1")
            #expect(try db.value("SELECT count(*) FROM cases WHERE is_training = 0") == "0", "nothing counted as a real call")
            // What was said to the caller is in the transcript, without the leading "> ".
            let said = try db.column("SELECT text FROM transcript WHERE kind = 'speech' ORDER BY id").compactMap { $0 }
            #expect(said.prefix(Self.lines.count) == Self.lines.map { String($0.said.dropFirst(2)) }[...], "\(said)")
            #expect(said.count == Self.lines.count + 3, "and the three said at step 4 and 6: \(said)")

            // coach progress, piped, reads the same database.
            let progress = try runProcess(CoachBinary.url.path,
                                          ["progress", "wong.ky", "--lang", "zh-Hant", "--guidance", CoachBinary.guidance.path,
                                           "--db", sandbox.database],
                                          environment: sandbox.environment(), in: sandbox.root)
            #expect(progress.status == 0, "\(progress.stderr)")
            #expect(progress.stdout.contains("黃嘉儀 的訓練（1 次）"), "\(progress.stdout)")
            let row = progress.stdout.components(separatedBy: "\n").first { $0.contains(Self.scenario) }
            #expect(row != nil, "the scenario is listed\n\(progress.stdout)")
            if let row {
                #expect(row.contains(" \(total) "), "with its score \(total): \(row)")
                #expect(row.contains("憤怒 → \(heading.to ?? "?")"), "and the caller's mood: \(row)")
            }
        }
    }

    @Test func anExamHidesTheCuesThatANormalCallShows() throws {
        try withTerminal { tmux, sandbox in
            // The exam, played to the end.
            try tmux.start("exam", arguments: Self.trainArguments(sandbox, extra: ["--exam"]), recordingExitStatus: true)
            try tmux.waitFor("訓練：樓上漏水，第三次投訴")
            try Self.playToRespond(tmux)
            try Self.finishCall(tmux)
            #expect(try tmux.exitStatus(timeout: 15) == 0)
            let exam = try tmux.scrollback()
            let cues = exam.components(separatedBy: "\n").filter { $0.contains("┆ 指引") }
            #expect(cues.isEmpty, "no cue in an exam: \(cues)")
            let phrases = exam.components(separatedBy: "\n").filter { $0.contains("可以說：") }
            #expect(phrases.isEmpty, "no phrase to say in an exam: \(phrases)")
            #expect(Self.heading(in: exam) != nil, "an exam is scored too\n\(exam)")
            let db = CoachDatabase(sandbox)
            #expect(try db.column("SELECT exam FROM training_results") == ["1"])

            // The same call, not an exam: the cues and phrases are there by step 4.
            try tmux.start("normal", arguments: Self.trainArguments(sandbox))
            try tmux.waitFor("訓練：樓上漏水，第三次投訴")
            try Self.playToRespond(tmux)
            let normal = try tmux.scrollback()
            let normalCues = normal.components(separatedBy: "\n").filter { $0.contains("┆ 指引") }
            #expect(normalCues.contains { $0.contains("┆ 指引 1 ·") }, "guideline 1's cue at the start\n\(normal)")
            #expect(normalCues.contains { $0.contains("┆ 指引 4 ·") }, "guideline 4's cue while listening\n\(normal)")
            #expect(normalCues.contains { $0.contains("┆ 指引 5 ·") }, "guideline 5's cue at the respond step\n\(normal)")
            #expect(normal.contains("可以說："), "a phrase to say at the respond step\n\(normal)")
        }
    }

    @Test func aTraineeNotOnTheRosterIsTurnedAwayWithTheRosterIDs() throws {
        let roster = try String(contentsOf: CoachBinary.guidance.appendingPathComponent("organization.yaml"), encoding: .utf8)
            .components(separatedBy: "\n").compactMap { line -> String? in
                guard let start = line.range(of: "- { id: ") else { return nil }
                return line[start.upperBound...].components(separatedBy: ",").first?.trimmingCharacters(in: .whitespaces)
            }
        #expect(roster.contains("wong.ky") && roster.count >= 5, "the shipped roster: \(roster)")

        try withTerminal { tmux, sandbox in
            // Plain `coach train`, no scenario named: refused before the list of scenarios.
            try tmux.start("train", arguments: Self.trainArguments(sandbox, scenario: nil, staff: "nobody.xx"),
                           recordingExitStatus: true)
            let status = try tmux.exitStatus()
            #expect(status != 0)
            let shown = try tmux.scrollback()
            #expect(shown.contains("nobody.xx 不在名冊上"), "\(shown)")
            for id in roster {
                #expect(shown.contains(id), "names \(id)\n\(shown)")
            }
            #expect(!shown.contains("練習哪一個"), "no scenario is offered\n\(shown)")

            // Piped, with a scenario: the one line is on stderr, and no case is opened.
            let piped = try runProcess(CoachBinary.url.path, Self.trainArguments(sandbox, staff: "nobody.xx"),
                                       environment: sandbox.environment(), in: sandbox.root)
            #expect(piped.status != 0)
            #expect(piped.stderr.contains("nobody.xx 不在名冊上"), "\(piped.stderr)")
            for id in roster {
                #expect(piped.stderr.contains(id), "names \(id): \(piped.stderr)")
            }
            #expect(!piped.stdout.contains("訓練："), "no training began: \(piped.stdout)")
            if FileManager.default.fileExists(atPath: sandbox.database) {
                #expect(try CoachDatabase(sandbox).value("SELECT count(*) FROM cases") == "0", "no case was opened")
            }
        }
    }
}
