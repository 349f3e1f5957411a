import Testing
@testable import CoachEngine

@Suite struct ColonCommandTests {
    @Test func commandsAreParsedWithEitherColon() {
        #expect(ColonCommand(":help") == .help)
        #expect(ColonCommand("：back") == .back(1))
        #expect(ColonCommand(":back 3") == .back(3))
        #expect(ColonCommand(":back zero") == .unknown(":back zero"))
        #expect(ColonCommand(":unit 12樓C室") == .set(.unit, "12樓C室"))
        #expect(ColonCommand("：where 廚房 天花") == .set(.where, "廚房 天花"))
        #expect(ColonCommand(":name") == .set(.name, ""))
        #expect(ColonCommand(":called 馮柏豪") == .called("馮柏豪"))
        #expect(ColonCommand(":void 打錯電話") == .void("打錯電話"))
        #expect(ColonCommand(":rule reg 5") == .rule("reg 5"))
        #expect(ColonCommand(":guide 4") == .guide(4))
        #expect(ColonCommand(":guide") == .guide(nil))
        #expect(ColonCommand(":note 對方說已經第三次") == .note("對方說已經第三次"))
        #expect(ColonCommand(":URGENT") == .urgent)
        #expect(ColonCommand(":frobnicate") == .unknown(":frobnicate"))
        #expect(ColonCommand(":guide four") == .unknown(":guide four"))
    }

    @Test func everyFieldHasACommandAndTabCompletesIt() {
        for field in RecordField.allCases {
            #expect(ColonCommand(":\(field.rawValue) x") == .set(field, "x"))
            #expect(ColonCommand.names.contains(":\(field.rawValue)"))
        }
    }

    @Test func answersAreNotCommands() {
        #expect(ColonCommand("phone") == nil)
        #expect(ColonCommand("") == nil)
        #expect(ColonCommand("10:30 開始") == nil)
    }
}
