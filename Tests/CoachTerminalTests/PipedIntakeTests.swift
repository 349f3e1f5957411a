import Foundation
import Testing

/// With no terminal, coach reads plain lines and echoes each prompt with the answer after
/// it, so `coach < script.txt` prints a readable session.
@Suite struct PipedIntakeTests {
    /// Every prompt of an intake in the engine's order, with the line answering it. The caller's
    /// account takes a line per point and ends with a blank line; what was heard in it (name,
    /// building, unit, since when, what they want) is accepted with one key and not asked again.
    static let script: [(label: String, answer: String)] = [
        ("1/6 對方講", "喂？管理處呀？我A座12樓B室陳大文，我又要投訴呀！"),
        ("1/6 對方講", "電梯由昨晚開始停咗，住戶要行樓梯上二十樓"),
        ("1/6 對方講", "要你哋今日之內修好"),
        ("1/6 對方講", ""),
        ("2/6 仲有冇其他？", "冇人通知住戶，好多老人家落唔到街"),
        ("2/6 仲有冇其他？", ""),
        ("2/6 用聽到的資料？", "y"),
        ("2/6 聯絡電話", "9123 4567"),
        ("2/6 業主定住戶", "業主"),
        ("2/6 真正令對方不滿的原因", "冇人通知住戶"),
        ("2/6 需要協調的其他人", "工程部"),
        ("3/6 投訴或建議", "投訴"),
        ("3/6 性質", "普通"),
        ("3/6 類別", "電梯"),
        ("4/6 認同感受", "是"),
        ("4/6 承認不足", "是"),
        ("4/6 代表公司跟進", "是"),
        ("5/6 已通知以上的人", "y"),
        ("6/6 已告知對方", "y"),
        ("6/6 確認並儲存", "是"),
    ]

    @Test func aWholeIntakeThroughStandardInputIsEchoedAndSaved() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let input = Self.script.map(\.answer).joined(separator: "\n") + "\n"
        let result = try runCoachPiped(sandbox, script: input)
        #expect(result.status == 0, "stderr: \(result.stderr)")

        // Each prompt, in order, with the typed answer after it on the same line.
        let lines = result.stdout.components(separatedBy: "\n")
        var from = 0
        for (label, answer) in Self.script {
            guard let index = lines[from...].firstIndex(where: { $0.hasPrefix(label) && $0.hasSuffix("› " + answer) }) else {
                Issue.record("no “\(label) … › \(answer)” after line \(from):\n\(result.stdout)")
                return
            }
            from = index + 1
        }
        #expect(lines.contains("1/6 對方講 › 喂？管理處呀？我A座12樓B室陳大文，我又要投訴呀！"))
        for heard in ["2/6 來電者姓名", "2/6 大廈/座", "2/6 單位", "2/6 由何時開始", "2/6 對方要求", "2/6 發生了甚麼", "2/6 確實位置"] {
            #expect(!lines.contains { $0.hasPrefix(heard) }, "heard or told already; \(heard) is not asked")
        }
        #expect(!result.stdout.contains("\u{1B}["), "no colour without a terminal")
        let last = lines.last { !$0.isEmpty } ?? ""
        #expect(last.hasPrefix("已儲存"), "ends with 已儲存: \(last)")

        let db = CoachDatabase(sandbox)
        let row = try #require(try db.rows("SELECT * FROM cases").first)
        #expect(row["stage"] == "received")
        #expect(row["channel"] == "phone")
        #expect(row["person_name"] == "陳大文")
        #expect(row["person_standing"] == "owner")
        #expect(row["building"] == "A座")
        // The caller's own unit, not the floor the other residents walk up to.
        #expect(row["unit"] == "12樓B室")
        #expect(row["person_contact"] == "9123 4567")
        #expect(row["account"] == Self.script.filter { $0.label.hasPrefix("1/6") || $0.label.hasPrefix("2/6 仲有") }
            .map(\.answer).filter { !$0.isEmpty }.joined(separator: "\n"))
        #expect(row["since"] == "由昨晚開始")
        #expect(row["wants"] == "要你哋今日之內修好")
        #expect(row["kind"] == "complaint")
        #expect(row["nature"] == "ordinary")
        #expect(row["category"] == "lift")
        #expect(try db.value("SELECT count(*) FROM drafts") == "0", "a received case keeps no draft")
        let inputs = try db.column("SELECT text FROM transcript WHERE kind = 'input' ORDER BY id")
        #expect(inputs == Self.script.map { Optional($0.answer) })
        // Received once, with the routing the case's life keeps (the handler depends on the hour).
        let handlers = try db.column("SELECT json_extract(payload, '$.event.received._0.handler') FROM transcript WHERE kind = 'transition'")
        #expect(handlers.count == 1 && handlers.first != nil)
        #expect(handlers == [try db.value("SELECT json_extract(life, '$.handler') FROM cases")])
    }

    @Test func endOfInputInTheMiddleOfAScriptKeepsADraft() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try runCoachPiped(sandbox, script: "電梯由昨晚開始停咗\n:name 陳大文\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("1/6 對方講 › :name 陳大文"))
        #expect(result.stdout.contains(Label.leave))
        #expect(result.stdout.contains("草稿已保留"))

        let db = CoachDatabase(sandbox)
        #expect(try db.column("SELECT stage FROM cases") == ["draft"])
        #expect(try db.column("SELECT person_name FROM cases") == ["陳大文"])
        #expect(try db.value("SELECT count(*) FROM drafts") == "1")
        let ends = try db.column("SELECT text FROM transcript WHERE kind = 'system' ORDER BY id")
        #expect(ends.contains("end of input (Ctrl-D)"))
    }
}
