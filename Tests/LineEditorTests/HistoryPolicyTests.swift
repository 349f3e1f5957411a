import LineEditor
import Testing

/// The shared history keeps commands and choice answers, never a caller's words.
@Suite struct HistoryPolicyTests {
    let intake = HistoryPolicy(answers: ["c", "s", "投訴", "y", "n"], wholeCommands: ["back", "nature", "rule"])

    @Test func freeTextNamesAndNumbersAreNeverKept() {
        for line in ["陳大文", "9123 4567", "廚房天花漏水成個禮拜", "我係A座12樓C室陳太", "Mrs Chan", "yes please call me"] {
            #expect(intake.kept(line) == nil, "\(line)")
        }
    }

    @Test func choicesAndCommandsAreKeptAndFreeTextArgumentsDropped() {
        #expect(intake.kept("c") == "c")
        #expect(intake.kept(" 投訴 ") == "投訴")
        #expect(intake.kept(":back 3") == ":back 3")
        #expect(intake.kept(":nature urgent") == ":nature urgent")
        #expect(intake.kept(":name 陳大文") == ":name", "a field's value never")
        #expect(intake.kept(":contact 9123 4567") == ":contact")
        #expect(intake.kept("：note 佢好嬲") == ":note")
        #expect(intake.kept(":") == nil)
        #expect(intake.kept("") == nil)
    }

    @Test func aDeskKeepsTheActionAndTheCaseNumberOnly() {
        let desk = HistoryPolicy(leadingWords: 2)
        #expect(desk.kept("feedback 261130-001 工程部已經換咗喉") == "feedback 261130-001")
        #expect(HistoryPolicy.commandsOnly.kept("anything") == nil)
    }
}
