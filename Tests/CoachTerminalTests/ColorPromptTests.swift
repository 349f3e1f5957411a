import Foundation
import Testing

/// With colour on, the prompt's escape sequences must not count as printed columns: the
/// cursor sits right after the visible prompt text.
@Suite struct ColorPromptTests {
    @Test func aColouredPromptPutsTheCursorRightAfterItsText() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("coach", arguments: sandbox.arguments(), color: true)
            let prompt = Label.account + " › "
            let screen = try tmux.waitForPrompt(Label.account)
            #expect(screen.cursorLine == trimmedRight(prompt), "no escape sequence shows as text")
            #expect(screen.cursorX == columns(prompt))
            let colored = try tmux.coloredScreen()
            let promptRow = colored.components(separatedBy: "\n").first { $0.contains("對方講") && $0.contains("›") } ?? ""
            #expect(promptRow.contains("\u{1B}["), "colour is on: \(promptRow.debugDescription)")

            try tmux.type("abc")
            try tmux.waitUntil("abc right after the prompt") {
                $0.cursorLine == prompt + "abc" && $0.cursorX == columns(prompt) + 3
            }
            try tmux.press("C-a")
            try tmux.waitUntil("Home at the end of the prompt") { $0.cursorX == columns(prompt) }
            try tmux.press("C-e", "BSpace", "BSpace", "BSpace")
            try tmux.waitUntil("the line empty again") { $0.cursorLine == trimmedRight(prompt) && $0.cursorX == columns(prompt) }

            // The next prompt, too (its ？ is full-width), and with Chinese typed after it.
            try tmux.answer("", then: Label.anythingElse)
            let next = Label.anythingElse + " › "
            #expect(try tmux.screen().cursorX == columns(next))
            try tmux.type("陳大文")
            try tmux.waitUntil("陳大文 right after the prompt") {
                $0.cursorLine == next + "陳大文" && $0.cursorX == columns(next) + 6
            }
        }
    }
}
