import Foundation
import Testing

/// Tab completes the colon-commands, and the current prompt's choices (Chinese included).
@Suite struct TabCompletionTests {
    @Test func tabCompletesCommandsAndListsTheCategoriesStartingWithTheTypedCharacter() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("coach", arguments: sandbox.arguments())
            let listening = try tmux.waitForPrompt(Label.account).cursorLine + " "

            // :he completes to :help.
            try tmux.type(":he")
            try tmux.press("Tab")
            try tmux.waitUntil(":he completed to :help") { $0.cursorLine == listening + ":help" }
            try tmux.press("Enter")
            try tmux.waitFor(":FIELD VALUE")
            try tmux.waitForPrompt(Label.account)

            // :categ completes to :category, which alone goes to the category's question.
            try tmux.type(":categ")
            try tmux.press("Tab")
            try tmux.waitUntil(":categ completed to :category") { $0.cursorLine == listening + ":category" }
            try tmux.press("Enter")
            let prompt = try tmux.waitForPrompt(Label.category).cursorLine + " "

            // 電 starts 電梯 and 電力及照明: Tab cannot choose, so it lists them and keeps the line.
            try tmux.type("電")
            try tmux.waitUntil("電 typed") { $0.cursorLine == prompt + "電" }
            try tmux.press("Tab")
            let listed = try tmux.waitUntil("the candidates listed under the prompt") { screen in
                screen.lines.contains { !$0.contains("›") && !$0.contains("·") && $0.contains("電梯") && $0.contains("電力及照明") }
                    && screen.cursorLine == prompt + "電"
            }
            let listing = try #require(listed.lines.first { !$0.contains("›") && !$0.contains("·") && $0.contains("電梯") })
            #expect(!listing.contains("其他"), "only the choices that start with 電")
            #expect(listed.cursorX == columns(prompt + "電"))

            // A single candidate is completed outright, and the answer goes back to listening.
            try tmux.press("BSpace")
            try tmux.type("其")
            try tmux.press("Tab")
            try tmux.waitUntil("其 completed to 其他") { $0.cursorLine == prompt + "其他" }
            try tmux.press("Enter")
            try tmux.waitForPrompt(Label.account)
            #expect(try CoachDatabase(sandbox).column("SELECT category FROM cases") == ["other"])
        }
    }
}
