import Foundation
import Testing

/// Whole calls typed into a real terminal as they come to the desk, in Cantonese and in
/// English: a furious repeat complaint, a calm caller smelling gas, a suggestion by letter, a
/// flat flooding after hours. Then what must hold around any call: Ctrl-C keeps the session, a
/// crash keeps the listening position, and the next call cannot recall the last caller's name
/// or number.
@Suite struct LiveCallTerminalTests {
    /// The language a call is taken in, and Coach's prompts in it.
    enum Speech: String, CaseIterable, Sendable {
        case cantonese = "zh-Hant"
        case english = "en"

        func t(_ zh: String, _ en: String) -> String { self == .cantonese ? zh : en }

        var account: String { t("1/6 對方講", "1/6 Caller says") }
        var markUrgent: String { t("1/6 標為緊急？", "1/6 Mark it urgent?") }
        var anythingElse: String { t("2/6 仲有冇其他？", "2/6 Anything else?") }
        var heard: String { t("2/6 用聽到的資料？", "2/6 Use what you heard?") }
        var callerName: String { t("2/6 來電者姓名", "2/6 Caller's name") }
        var contact: String { t("2/6 聯絡電話", "2/6 Contact number") }
        var unit: String { t("2/6 單位", "2/6 Unit") }
        var standing: String { t("2/6 業主定住戶", "2/6 Owner or occupant") }
        var since: String { t("2/6 由何時開始", "2/6 Since when") }
        var wants: String { t("2/6 對方要求", "2/6 What they want") }
        var realCause: String { t("2/6 真正令對方不滿的原因", "2/6 What really upset them") }
        var others: String { t("2/6 需要協調的其他人", "2/6 Others to coordinate with") }
        var kind: String { t("3/6 投訴或建議", "3/6 Complaint or suggestion") }
        var nature: String { t("3/6 性質", "3/6 Nature") }
        var category: String { t("3/6 類別", "3/6 Category") }
        var acknowledge: String { t("4/6 認同感受", "4/6 Acknowledged") }
        var admitShortfall: String { t("4/6 承認不足", "4/6 Admitted the shortfall") }
        var takeOwnership: String { t("4/6 代表公司跟進", "4/6 Took ownership") }
        var thank: String { t("4/6 多謝對方建議", "4/6 Thanked them") }
        var routed: String { t("5/6 已通知以上的人", "5/6 Told them") }
        var promised: String { t("6/6 已告知對方", "6/6 Told the caller") }
        var confirm: String { t("6/6 確認並儲存", "6/6 Confirm and save") }
        var saved: String { t("已儲存：個案", "Saved: case") }
        var tellTheCaller: String { t("話俾對方知：", "Tell the caller:") }
    }

    // MARK: Calls

    @Test(arguments: Speech.allCases)
    func aFuriousRepeatComplaintIsMetWithTheEarlierCaseAndTheCues(_ speech: Speech) throws {
        try withTerminal { tmux, sandbox in
            // The unit's earlier complaint, taken through a pipe.
            let earlierScript = [speech.t("廚房天花漏水", "the kitchen ceiling is leaking"), ":name " + speech.t("陳大文", "Mr Chan"),
                                 ":building A座", ":unit " + speech.t("12樓B室", "Flat B, 12/F"), ":kind c", ":nature o",
                                 ":category water", ":done", "y"]
            let taken = try runCoachPiped(sandbox, language: speech.rawValue, script: earlierScript.joined(separator: "\n") + "\n")
            #expect(taken.status == 0, "\(taken.stderr)")
            let db = CoachDatabase(sandbox)
            let earlier = try #require(try db.value("SELECT case_number FROM cases WHERE stage = 'received'"))

            try tmux.start("call", arguments: sandbox.arguments(language: speech.rawValue))
            try tmux.waitForPrompt(speech.account)
            // Abuse and shouting: the anger cue and what to say.
            try tmux.say(speech.t("你哋班廢柴！我A座12樓B室又漏水呀！", "You useless idiots! Flat 12B, Block A is leaking again!!!"),
                         at: speech.account)
            let angry = try tmux.scrollback()
            #expect(angry.contains(speech.t("指引 1 · 對方動氣或講粗口", "Guideline 1 · They're angry or abusive")), "\(angry)")
            #expect(angry.contains(speech.t("可以說：「我明白你好嬲", "You could say: “I understand you're angry")), "\(angry)")
            // The third time: the repeat cue.
            try tmux.say(speech.t("已經係第三次投訴喇，次次都話跟進，跟咗去邊呀！", "This is the third time I have complained and nobody came"),
                         at: speech.account)
            let repeated = try tmux.scrollback()
            #expect(repeated.contains(speech.t("指引 5 · 重複投訴", "Guideline 5 · A repeat complaint")), "\(repeated)")

            try tmux.answer("", then: speech.anythingElse)
            try tmux.enter("")
            let readBack = try tmux.waitForPrompt(speech.heard)
            #expect(readBack.lines.contains { $0.contains(speech.t("單位", "unit")) && $0.contains(speech.t("12樓B室", "Flat B, 12/F")) })
            // What was heard is not missing: with the unit known, where it is is never asked.
            let missing = try #require(readBack.lines.last { $0.hasPrefix(speech.t("尚欠：", "Missing: ")) }, "\(readBack)")
            #expect(!missing.contains(speech.t("位置", "where")), "the unit was heard: \(missing)")

            // Accepted: the unit is known, and its earlier case is on screen before the next question.
            try tmux.enter("y")
            let next = try tmux.waitForPrompt(speech.callerName)
            let heading = speech.t("A座 12樓B室 過去 12 個月已有 1 宗個案：", "A座 Flat B, 12/F has 1 earlier case in the last 12 months:")
            let at = try #require(next.lines.firstIndex { $0.contains(heading) }, "the repeat line\n\(next)")
            #expect(at + 1 < next.lines.count && next.lines[at + 1].hasPrefix("  \(earlier) · "), "with the earlier case\n\(next)")

            try tmux.answer(speech.t("陳大文", "Mr Chan"), then: speech.contact)
            try tmux.answer("9123 4567", then: speech.standing)
            try tmux.answer("o", then: speech.since)
            try tmux.answer(speech.t("上個禮拜五", "last Friday"), then: speech.wants)
            try tmux.answer(speech.t("今日派人上嚟睇", "send someone today"), then: speech.realCause)
            try tmux.answer(speech.t("報咗兩次都冇人跟", "two reports and nobody came"), then: speech.others)
            try tmux.answer(speech.t("13樓B室業主", "the owner upstairs"), then: speech.kind)
            try tmux.answer("c", then: speech.nature)
            try tmux.answer("o", then: speech.category)
            try tmux.answer("water", then: speech.acknowledge)
            // A repeat complaint is apologised for.
            try tmux.answer("y", then: speech.admitShortfall)
            try tmux.answer("y", then: speech.takeOwnership)
            try tmux.answer("y", then: speech.routed)
            try tmux.answer("y", then: speech.promised)
            try tmux.answer("y", then: speech.confirm)
            try tmux.enter("y")
            try tmux.waitFor(speech.saved)

            let signals = try db.column("""
                SELECT json_extract(payload, '$.event.signal.key') FROM transcript WHERE json_extract(payload, '$.event.signal') IS NOT NULL
                """)
            #expect(Set(signals.compactMap { $0 }) == ["anger", "repeat"], "\(signals)")
            let found = try db.column("""
                SELECT json_extract(payload, '$.event.earlierCases.last') FROM transcript
                WHERE json_extract(payload, '$.event.earlierCases') IS NOT NULL
                """)
            #expect(found == [earlier], "the earlier case is in the transcript")
            #expect(try db.column("SELECT stage FROM cases ORDER BY id") == ["received", "received"])
        }
    }

    @Test(arguments: Speech.allCases)
    func aCalmGasCallShowsWhoToCallAndTheAdviceAtOnceAndPromisesACallBackInMinutes(_ speech: Speech) throws {
        try withTerminal { tmux, sandbox in
            let guidance = try Self.guidance(.inHours, in: sandbox)
            try tmux.start("call", arguments: sandbox.arguments(language: speech.rawValue, guidance: guidance))
            try tmux.waitForPrompt(speech.account)
            let gas = speech.t("喂，我係C座20樓嘅住戶，成層樓好大煤氣味", "I'm a tenant on 20/F of Block C, strong smell of gas on the whole floor")
            try tmux.enter(gas)

            // Right after the line, before any other prompt: the danger, who is on duty with their
            // number, and what the caller must do now.
            let danger = try tmux.waitForPrompt(speech.markUrgent)
            let shown = Self.rows(after: gas, on: danger)
            #expect(!shown.contains { $0.contains("›") }, "no other prompt in between\n\(danger)")
            #expect(shown.first?.hasPrefix("⚠") == true, "\(danger)")
            let db = CoachDatabase(sandbox)
            let received = try Self.receivedAt(db)
            // The in-hours calendar closes for its last minute; then the security supervisor is called.
            let onDuty = Self.isLastMinute(received) ? Self.securitySupervisor(at: received) : Self.departmentManager(at: received)
            #expect(shown.contains { $0.contains(onDuty.shown) }, "\(onDuty.shown), on duty now, with their number\n\(danger)")
            #expect(shown.contains { $0.contains(speech.t("安全提示：唔好開關任何電掣、唔好點火", "Safety: Don't switch anything on or off or light a flame")) },
                    "the gas advice\n\(danger)")

            // One key marks it urgent; the caller goes on.
            try tmux.answer("u", then: speech.account)
            try tmux.waitFor(speech.t("已標為特殊或緊急", "Marked urgent"))
            try tmux.say(speech.t("我屋企個爐冇開過", "our cooker has not been on"), at: speech.account)
            try tmux.answer("", then: speech.anythingElse)
            try tmux.answer("", then: speech.heard)
            try tmux.answer("y", then: speech.callerName)
            try tmux.answer(speech.t("陳太", "Mrs Chan"), then: speech.contact)
            try tmux.answer("9123 4567", then: speech.since)
            try tmux.answer(speech.t("啱啱出門口聞到", "just now"), then: speech.wants)
            try tmux.answer(speech.t("即刻派人上嚟睇", "send someone now"), then: speech.realCause)
            try tmux.answer("", then: speech.others)
            try tmux.answer("", then: speech.kind)
            try tmux.answer("", then: speech.nature)
            try tmux.answer("", then: speech.category)
            // No apology on an urgent call: straight from acknowledging to taking it on.
            try tmux.answer("other", then: speech.acknowledge)
            try tmux.answer("y", then: speech.takeOwnership)
            try tmux.answer("y", then: speech.routed)
            try tmux.answer("y", then: speech.promised)

            // The close promises a call back within minutes, not a deadline days away.
            let close = try tmux.screen()
            let promise = try #require(close.lines.lastIndex { $0.contains(speech.tellTheCaller) }, "\(close)")
            let told = close.lines[promise..<close.cursorY]
            #expect(told.contains { $0.contains(speech.t("15 分鐘內會打返俾你", "will call back within 15 minutes")) }, "\(close)")
            #expect(!told.contains { $0.contains(speech.t("處理", "deal with it")) }, "no deadline\n\(close)")
            try tmux.answer("y", then: speech.confirm)
            try tmux.enter("y")
            try tmux.waitFor(speech.saved)
            #expect(try !tmux.scrollback().contains(speech.admitShortfall))

            #expect(try db.column("SELECT nature FROM cases") == ["urgent"])
            #expect(try db.column("SELECT json_extract(payload, '$.event.safetyAdvice.hazard') FROM transcript "
                                  + "WHERE json_extract(payload, '$.event.safetyAdvice') IS NOT NULL") == ["gas_leak"])
        }
    }

    @Test(arguments: Speech.allCases)
    func aSuggestionByLetterIsThankedWithNoApologyAndNoDeadline(_ speech: Speech) throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("call", arguments: sandbox.arguments(language: speech.rawValue))
            try tmux.waitForPrompt(speech.account)
            try tmux.say(":channel letter", at: speech.account)
            #expect(try tmux.scrollback().contains(speech.t("已記錄 channel：letter", "Recorded channel: letter")))
            try tmux.say(speech.t("B座業主何太來信，建議大堂加設長櫈俾長者休息", "Mrs Ho of Block B writes to suggest benches in the lobby"),
                         at: speech.account)
            try tmux.say(speech.t("佢話可以擺喺信箱旁邊", "she says they could go beside the mailboxes"), at: speech.account)
            try tmux.answer("", then: speech.anythingElse)
            try tmux.answer("", then: speech.heard)
            try tmux.answer("y", then: speech.contact)
            try tmux.answer("2345 6789", then: speech.unit)
            try tmux.answer("", then: speech.standing)
            try tmux.answer("o", then: speech.since)
            try tmux.answer("", then: speech.wants)
            try tmux.answer("", then: speech.realCause)
            try tmux.answer("", then: speech.others)
            try tmux.answer("", then: speech.kind)
            // A suggestion has no nature to judge.
            try tmux.answer("s", then: speech.category)
            try tmux.answer("facilities", then: speech.thank)
            #expect(try tmux.screen().lines.contains { $0.contains(speech.t("多謝你嘅建議", "Thank you for the suggestion")) })
            try tmux.answer("y", then: speech.routed)

            // Routed as a suggestion: nobody to tell at once, no deadline.
            let routing = try tmux.screen()
            #expect(routing.lines.contains { $0.contains(speech.t("建議，不屬投訴（規定 1）", "a suggestion, not a complaint (reg. 1)")) }, "\(routing)")
            #expect(!routing.lines.contains { $0.hasPrefix(speech.t("  限期", "  Due")) }, "\(routing)")
            try tmux.answer("y", then: speech.promised)
            let close = try tmux.screen()
            let promise = try #require(close.lines.lastIndex { $0.contains(speech.tellTheCaller) }, "\(close)")
            let told = close.lines[promise..<close.cursorY]
            #expect(told.contains { $0.contains(speech.t("建議會交俾物業部跟進", "the suggestion goes to the property department")) }, "\(close)")
            #expect(told.contains { $0.contains(speech.t("我哋會寫信回覆你", "we will write back")) }, "answered the way it came\n\(close)")
            #expect(!told.contains { $0.contains(speech.t("處理", "deal with it")) }, "no deadline\n\(close)")
            try tmux.answer("y", then: speech.confirm)
            try tmux.enter("y")
            try tmux.waitFor(speech.saved)
            let call = try tmux.scrollback()
            #expect(!call.contains(speech.admitShortfall) && !call.contains(speech.acknowledge), "thanked, not apologised to")

            let db = CoachDatabase(sandbox)
            let row = try #require(try db.rows("SELECT channel, kind, deadline, json_extract(life, '$.deadline') AS due FROM cases").first)
            #expect(row["channel"] == "letter" && row["kind"] == "suggestion", "\(row)")
            #expect(row["deadline"] == nil && row["due"] == nil, "no deadline: \(row)")
            #expect(try db.column("SELECT json_extract(payload, '$.event.phrase.question') FROM transcript "
                                  + "WHERE json_extract(payload, '$.event.phrase') IS NOT NULL") == ["thank"])
        }
    }

    @Test(arguments: Speech.allCases)
    func aFloodAfterHoursNamesTheSecuritySupervisorOnDuty(_ speech: Speech) throws {
        try withTerminal { tmux, sandbox in
            let guidance = try Self.guidance(.afterHours, in: sandbox)
            try tmux.start("call", arguments: sandbox.arguments(language: speech.rawValue, guidance: guidance))
            try tmux.waitForPrompt(speech.account)
            let flood = speech.t("我係A座5樓F室何太，廁所爆水管，成屋都係水", "Mrs Ho, Block A 5/F Flat F, a pipe has burst, water everywhere")
            try tmux.enter(flood)

            let danger = try tmux.waitForPrompt(speech.markUrgent)
            let shown = Self.rows(after: flood, on: danger)
            let db = CoachDatabase(sandbox)
            let supervisor = Self.securitySupervisor(at: try Self.receivedAt(db))
            let title = speech.t("當值保安主管 — ", "security supervisor on duty — ")
            #expect(shown.contains { $0.contains(title + supervisor.shown) }, "\(supervisor.shown), on duty at this hour\n\(danger)")
            #expect(shown.contains { $0.contains(speech.t("安全提示：如果安全就閂咗總水掣", "Safety: If it is safe, turn off the main water valve")) },
                    "the flooding advice\n\(danger)")

            try tmux.answer("u", then: speech.account)
            try tmux.say(speech.t("水已經流到出走廊", "the water is running out into the corridor"), at: speech.account)
            try tmux.answer("", then: speech.anythingElse)
            try tmux.answer("", then: speech.heard)
            try tmux.answer("y", then: speech.contact)
            try tmux.answer("6123 4567", then: speech.standing)
            try tmux.answer("o", then: speech.since)
            try tmux.answer(speech.t("十分鐘前", "ten minutes ago"), then: speech.wants)
            try tmux.answer(speech.t("即刻派人上嚟", "send someone now"), then: speech.realCause)
            try tmux.answer("", then: speech.others)
            try tmux.answer("", then: speech.kind)
            try tmux.answer("", then: speech.nature)
            try tmux.answer("", then: speech.category)
            try tmux.answer("water", then: speech.acknowledge)
            try tmux.answer("y", then: speech.takeOwnership)
            try tmux.answer("y", then: speech.routed)

            // The routing: after hours, the supervisor on duty handles it, and says why.
            let routing = try tmux.screen()
            #expect(routing.lines.contains { $0.contains(speech.t("立即通知負責人", "Tell now, handles it")) && $0.contains(title + supervisor.shown) },
                    "\(routing)")
            #expect(routing.lines.contains { $0.contains(speech.t("於非辦公時間收到", "Received outside working hours")) }, "\(routing)")
            try tmux.answer("y", then: speech.promised)
            let close = try tmux.screen()
            #expect(close.lines.contains { $0.contains(speech.t("當值保安主管已經知道，15 分鐘內會打返俾你",
                                                                "the security supervisor on duty has been told and will call back within 15 minutes")) },
                    "\(close)")
            try tmux.answer("y", then: speech.confirm)
            try tmux.enter("y")
            try tmux.waitFor(speech.saved)

            #expect(try db.column("SELECT json_extract(life, '$.handler') FROM cases") == ["duty_security_supervisor"])
            let named = try db.column("""
                SELECT json_extract(payload, '$.event.routed._0.onDuty[0].staff.id') FROM transcript
                WHERE json_extract(payload, '$.event.routed') IS NOT NULL ORDER BY seq DESC LIMIT 1
                """)
            #expect(named == [supervisor.id], "the routing kept names who was on duty")
        }
    }

    // MARK: Around a call

    @Test func ctrlCAtTheDangerPromptKeepsTheSessionAndTheQuestion() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("call", arguments: sandbox.arguments())
            try tmux.waitForPrompt(Label.account)
            let pid = try tmux.pane().pid
            try tmux.enter("成層樓好大煤氣味")
            try tmux.waitForPrompt(Label.markUrgent)

            try tmux.type("等等")
            try tmux.waitUntil("the half-typed line") { $0.cursorLine.hasSuffix("› 等等") }
            try tmux.press("C-c")
            try tmux.waitFor("已清除該行（Ctrl-C）。")
            // The same question, neither answered nor dropped.
            try tmux.waitForPrompt(Label.markUrgent)
            let pane = try tmux.pane()
            #expect(!pane.dead && pane.pid == pid && !hasEnded(pid), "coach is still running")

            try tmux.answer("u", then: Label.account)
            let db = CoachDatabase(sandbox)
            #expect(try db.column("SELECT nature FROM cases") == ["urgent"])
            #expect(try db.column("SELECT account FROM cases") == ["成層樓好大煤氣味"], "the dropped text went nowhere")
            #expect(try db.column("SELECT text FROM transcript WHERE kind = 'system'").contains("Ctrl-C"))
        }
    }

    @Test(arguments: Engine.allCases)
    func aCrashKeepsTheListeningPositionTheDangerQuestionAndTheFactsHeard(_ engine: Engine) throws {
        try withTerminal(on: engine) { tmux, sandbox in
            try tmux.start("call", arguments: sandbox.arguments())
            try tmux.waitForPrompt(Label.account)
            try tmux.enter("喂，我係C座20樓嘅住戶，成層樓好大煤氣味")
            try tmux.waitForPrompt(Label.markUrgent)
            try Self.crash(tmux)

            // Killed before the one key: it is asked again, with who to call and what the caller
            // must do, since the screen that showed them went with the crash.
            try tmux.start("resume", arguments: sandbox.arguments("resume"))
            try tmux.waitForPrompt(Label.markUrgent)
            let resumed = try tmux.scrollback()
            #expect(resumed.contains("即刻通知：") && resumed.contains("安全提示："), "the danger screen again\n\(resumed)")
            try tmux.answer("u", then: Label.account)
            try tmux.say("我屋企個爐冇開過", at: Label.account)
            try Self.crash(tmux)

            // Killed while listening: still listening, and what was heard is still proposed.
            try tmux.start("again", arguments: sandbox.arguments("resume"))
            try tmux.waitFor("繼續個案")
            try tmux.waitForPrompt(Label.account)
            try tmux.answer("", then: Label.anythingElse)
            try tmux.enter("")
            let readBack = try tmux.waitForPrompt(Label.heard)
            for (field, value) in [("身份", "住戶"), ("大廈", "C座"), ("單位", "20樓")] {
                #expect(readBack.lines.contains { $0.contains(field) && trimmedRight($0).hasSuffix(value) }, "\(field) \(value) heard before the crash\n\(readBack)")
            }
            try tmux.answer("y", then: Label.callerName)

            let db = CoachDatabase(sandbox)
            let row = try #require(try db.rows("SELECT * FROM cases").first)
            #expect(try db.value("SELECT count(*) FROM cases") == "1", "the same case, not a new one")
            #expect(row["account"] == "喂，我係C座20樓嘅住戶，成層樓好大煤氣味\n我屋企個爐冇開過")
            #expect(row["nature"] == "urgent")
            #expect(row["building"] == "C座" && row["unit"] == "20樓" && row["person_standing"] == "occupant", "\(row)")
        }
    }

    @Test func upAtTheNextCallRecallsNeitherThePreviousCallersNameNorNumber() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("first", arguments: sandbox.arguments(), recordingExitStatus: true)
            try tmux.waitForPrompt(Label.account)
            try tmux.say("我係陳大文，電話9123 4567，A座電梯又壞咗", at: Label.account)
            try tmux.say(":name 陳大文", at: Label.account)
            try tmux.say(":contact 9123 4567", at: Label.account)
            try tmux.answer("", then: Label.anythingElse)
            try tmux.answer("", then: Label.heard)
            try tmux.answer("y", then: Label.unit)
            try tmux.answer("12樓B室", then: Label.standing)
            try tmux.answer("o", then: "2/6 由何時開始")
            try tmux.enter(":save")
            #expect(try tmux.exitStatus() == 0)

            // The next caller: Up offers the commands and choices of the last call, nothing they said.
            try tmux.start("second", arguments: sandbox.arguments())
            let prompt = try tmux.waitForPrompt(Label.account).cursorLine + " "
            let recalled = try tmux.recallAll(at: prompt)
            #expect(recalled == [":save", "o", "y", ":contact", ":name"])
            for line in recalled {
                for said in ["陳大文", "9123", "4567", "12樓B室"] {
                    #expect(!line.contains(said), "“\(line)” recalls “\(said)”")
                }
            }
        }
    }

    // MARK: Support

    /// When the office is at work, in a copy of the shipped guidance.
    enum Hours {
        /// Every day 00:00–23:59, no holidays.
        case inHours
        /// Today and tomorrow are public holidays.
        case afterHours
    }

    /// A copy of the shipped guidance in the sandbox whose calendar makes now working time or not;
    /// the duty rota is the shipped one.
    static func guidance(_ hours: Hours, in sandbox: Sandbox) throws -> URL {
        let folder = sandbox.root.appendingPathComponent("guidance")
        try FileManager.default.copyItem(at: CoachBinary.guidance, to: folder)
        let file = folder.appendingPathComponent("organization.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            .filter { !$0.hasPrefix("  - { date: ") }
        func day(_ offset: Int) -> String {
            let d = hongKong.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(Double(offset) * 86_400))
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
        return folder
    }

    static let hongKong: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Hong_Kong")!
        return calendar
    }()

    /// Someone on the shipped roster, as the danger screen names them.
    struct Person {
        var id: String
        var shown: String
    }

    /// The security supervisor the shipped rota puts on duty, every day alike: 葉文傑 08:00–20:00,
    /// 郭麗珊 20:00–08:00.
    static func securitySupervisor(at date: Date) -> Person {
        (8..<20).contains(hongKong.component(.hour, from: date))
            ? Person(id: "yip.mk", shown: "葉文傑 9123 4540") : Person(id: "kwok.ls", shown: "郭麗珊 9123 4541")
    }

    /// The department manager on duty: shifts run from 09:00 to 09:00 the next day, 林國峰's
    /// starting Monday to Wednesday, 謝玉潔's Thursday to Sunday.
    static func departmentManager(at date: Date) -> Person {
        let shiftStart = hongKong.component(.hour, from: date) >= 9 ? date : date.addingTimeInterval(-86_400)
        return (2...4).contains(hongKong.component(.weekday, from: shiftStart))
            ? Person(id: "lam.kf", shown: "林國峰 9123 4520") : Person(id: "tse.yk", shown: "謝玉潔 9123 4521")
    }

    /// 23:59 in Hong Kong, when the in-hours calendar (00:00–23:59) is closed.
    static func isLastMinute(_ date: Date) -> Bool {
        let time = hongKong.dateComponents([.hour, .minute], from: date)
        return time.hour == 23 && time.minute == 59
    }

    /// When the call was opened, as stored: who is on duty is decided for that moment.
    static func receivedAt(_ db: CoachDatabase) throws -> Date {
        let stored = try #require(try db.value("SELECT received_at FROM cases ORDER BY id DESC LIMIT 1"))
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return try #require(format.date(from: stored), "received_at \(stored)")
    }

    /// The rows Coach showed between a typed line (its prompt row) and the cursor.
    static func rows(after typed: String, on screen: Screen) -> ArraySlice<String> {
        guard let row = screen.lines.prefix(screen.cursorY).lastIndex(where: { trimmedRight($0).hasSuffix("› " + typed) }) else { return [] }
        return screen.lines[(row + 1)..<screen.cursorY]
    }

    /// kill -9 of the coach in the pane, and waits until its terminal is closed.
    static func crash(_ tmux: Tmux) throws {
        let pid = try tmux.pane().pid
        #expect(kill(pid, SIGKILL) == 0)
        try tmux.waitForExit()
    }
}
