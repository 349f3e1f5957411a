import Foundation
import Testing

/// With no terminal, coach reads plain lines and echoes each prompt with the answer after
/// it, so `coach < script.txt` prints a readable session.
@Suite struct PipedIntakeTests {
    /// Every question of an intake in the engine's order, with the line answering it.
    /// The notes take a line per point and end with a blank line; 發生了甚麼 is then not asked.
    static let script: [(label: String, answer: String)] = [
        ("1/7 投訴方式", "來電"),
        ("1/7 來電者姓名", "陳大文"),
        ("1/7 業主或用戶", "業主"),
        ("1/7 大廈/座", "A座"),
        ("1/7 單位", "12樓B室"),
        ("1/7 聯絡電話", "9123 4567"),
        ("2/7 記錄", "電梯由昨晚開始停咗"),
        ("2/7 記錄", "住戶要行樓梯上二十樓"),
        ("2/7 記錄", ""),
        ("3/7 確實位置", "A座大堂升降機"),
        ("3/7 由何時開始", "昨晚十點"),
        ("3/7 對方要求", "今日之內修好"),
        ("3/7 真正令對方不滿的原因", "冇人通知住戶"),
        ("3/7 需要協調的其他人", "工程部"),
        ("4/7 認同感受", "是"),
        ("4/7 承認不足", "是"),
        ("4/7 代表公司跟進", "是"),
        ("5/7 投訴或建議", "投訴"),
        ("5/7 性質", "普通"),
        ("5/7 類別", "電梯"),
        ("6/7 已通知", ""),
        ("7/7 已告知對方", ""),
        ("7/7 確認並儲存", "是"),
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
        #expect(lines.contains("1/7 來電者姓名 › 陳大文"))
        #expect(!lines.contains { $0.hasPrefix("3/7 發生了甚麼") }, "the notes answered what happened; it is not asked")
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
        #expect(row["unit"] == "12樓B室")
        #expect(row["person_contact"] == "9123 4567")
        #expect(row["account"] == "電梯由昨晚開始停咗\n住戶要行樓梯上二十樓")
        #expect(row["location"] == "A座大堂升降機")
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
        let result = try runCoachPiped(sandbox, script: "來電\n陳大文\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("1/7 來電者姓名 › 陳大文"))
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
