import Foundation
import Testing

/// Typing and editing Traditional Chinese at the prompt a call opens on: every character is two
/// columns wide, and the cursor, insertion, deletion and Home/End must agree with what the
/// terminal shows.
@Suite struct ChineseEditingTests {
    @Test func editingAChineseNameMovesTheCursorByTwoColumnsAndKeepsTheEditedText() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("coach", arguments: sandbox.arguments())
            try tmux.waitForPrompt(Label.account)

            let prompt = Label.account + " › "
            let start = try tmux.screen()
            let base = columns(prompt)
            #expect(base == 13)
            #expect(start.cursorX == base, "the cursor starts right after the prompt")
            let row = start.cursorY

            func expectLine(_ typed: String, cursorAt column: Int, _ what: String) throws {
                let screen = try tmux.waitUntil("“\(typed)” with the cursor at column \(column) (\(what))") {
                    $0.cursorLine == prompt + typed && $0.cursorX == column
                }
                #expect(screen.cursorY == row, "editing stays on the prompt's row")
            }

            try tmux.type("陳大文")
            try expectLine("陳大文", cursorAt: base + 6, "three characters, six columns")
            try tmux.press("Left", "Left")
            try expectLine("陳大文", cursorAt: base + 2, "two characters back")
            try tmux.type("小")
            try expectLine("陳小大文", cursorAt: base + 4, "inserted in the middle")
            #expect(try tmux.screen().lines[row].contains("陳小大文"))

            try tmux.press("C-e")
            try expectLine("陳小大文", cursorAt: base + 8, "End")
            try tmux.press("BSpace")
            try expectLine("陳小大", cursorAt: base + 6, "the last character deleted")
            try tmux.press("C-a")
            try expectLine("陳小大", cursorAt: base, "Home")
            try tmux.press("C-e")
            try expectLine("陳小大", cursorAt: base + 6, "End again")
            try tmux.type("明")
            try expectLine("陳小大明", cursorAt: base + 8, "appended")

            // Taken as the caller's account, and the prompt is empty again for the next line.
            try tmux.press("Enter")
            try tmux.waitUntil("the line taken and the prompt empty again") { screen in
                screen.cursorY > row && screen.cursorLine == trimmedRight(prompt) && screen.cursorX == base
            }
            #expect(try tmux.scrollback().contains(prompt + "陳小大明"))

            let db = CoachDatabase(sandbox)
            let inputs = try db.column("SELECT text FROM transcript WHERE kind = 'input' AND step = 'account'")
            #expect(inputs == ["陳小大明"])
            #expect(try db.column("SELECT account FROM cases") == ["陳小大明"])
        }
    }
}
