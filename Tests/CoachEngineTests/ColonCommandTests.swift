import Testing
@testable import CoachEngine

@Suite struct ColonCommandTests {
    @Test func commandsAreParsedWithEitherColon() {
        #expect(ColonCommand(":help") == .help)
        #expect(ColonCommand("：back") == .back)
        #expect(ColonCommand(":guide 4") == .guide(4))
        #expect(ColonCommand(":guide") == .guide(nil))
        #expect(ColonCommand(":note 對方說已經第三次") == .note("對方說已經第三次"))
        #expect(ColonCommand(":URGENT") == .urgent)
        #expect(ColonCommand(":frobnicate") == .unknown(":frobnicate"))
        #expect(ColonCommand(":guide four") == .unknown(":guide four"))
    }

    @Test func answersAreNotCommands() {
        #expect(ColonCommand("phone") == nil)
        #expect(ColonCommand("") == nil)
        #expect(ColonCommand("10:30 開始") == nil)
    }
}
