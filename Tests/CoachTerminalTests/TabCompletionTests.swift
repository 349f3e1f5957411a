import Foundation
import Testing

/// Tab completes the current prompt's choices (Chinese included) and the colon-commands.
@Suite struct TabCompletionTests {
    @Test func tabListsTheChannelsStartingWithTheTypedCharacterAndCompletesCommands() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("coach", arguments: sandbox.arguments())
            let screen = try tmux.waitForPrompt(Label.channel)
            let prompt = screen.cursorLine + " "

            // 來 starts 來電, 來人 and 來函: Tab cannot choose, so it lists them and keeps the line.
            try tmux.type("來")
            try tmux.waitUntil("來 typed") { $0.cursorLine == prompt + "來" }
            try tmux.press("Tab")
            let listed = try tmux.waitUntil("the candidates listed under the prompt") { screen in
                screen.lines.contains { !$0.contains("›") && $0.contains("來電") && $0.contains("來人") }
                    && screen.cursorLine == prompt + "來"
            }
            let listing = try #require(listed.lines.first { !$0.contains("›") && $0.contains("來電") })
            #expect(listing.contains("來函"))
            #expect(!listing.contains("其他"), "only the choices that start with 來")
            #expect(listed.cursorX == columns(prompt + "來"))

            // :he completes to :help.
            try tmux.press("BSpace")
            try tmux.type(":he")
            try tmux.press("Tab")
            try tmux.waitUntil(":he completed to :help") { $0.cursorLine == prompt + ":help" }
            try tmux.press("Enter")
            try tmux.waitFor("投訴方式: 1 來電 · 2 來人 · 3 來函 · 4 其他")
            try tmux.waitForPrompt(Label.channel)

            // A single candidate is completed outright.
            try tmux.type("其")
            try tmux.press("Tab")
            try tmux.waitUntil("其 completed to 其他") { $0.cursorLine == prompt + "其他" }
            try tmux.press("Enter")
            try tmux.waitForPrompt(Label.complainantName)
            #expect(try CoachDatabase(sandbox).column("SELECT channel FROM cases") == ["other"])
        }
    }
}
