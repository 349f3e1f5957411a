import Foundation
import Testing

/// Ctrl-C clears the line being typed; the session, the process and the case go on.
@Suite struct InterruptTests {
    @Test func ctrlCMidLineClearsTheLineAndTheSessionGoesOn() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("coach", arguments: sandbox.arguments())
            try tmux.waitForPrompt(Label.account)
            let pid = try tmux.pane().pid

            try tmux.type("陳半")
            try tmux.waitUntil("the half-typed line") { $0.cursorLine == Label.account + " › 陳半" }
            try tmux.press("C-c")
            try tmux.waitFor("已清除該行（Ctrl-C）。")
            let again = try tmux.waitForPrompt(Label.account)
            #expect(again.cursorLine == Label.account + " ›", "the same prompt, empty")
            #expect(again.cursorX == columns(Label.account + " › "))

            let pane = try tmux.pane()
            #expect(!pane.dead)
            #expect(pane.pid == pid)
            #expect(kill(pid, 0) == 0 && !hasEnded(pid), "coach is still running")

            // The line typed next is the account; the dropped text went nowhere.
            try tmux.say("李四話電梯壞咗", at: Label.account)
            let db = CoachDatabase(sandbox)
            let system = try db.rows("SELECT step, text FROM transcript WHERE kind = 'system'")
            #expect(system.contains { $0["text"] == "Ctrl-C" }, "the transcript notes the Ctrl-C: \(system)")
            #expect(try db.column("SELECT account FROM cases") == ["李四話電梯壞咗"])
            let cases = try db.rows("SELECT * FROM cases")
            #expect(cases.count == 1)
            #expect(!cases.description.contains("陳半"), "the half-typed text is not in the case: \(cases)")
            #expect(try db.column("SELECT text FROM transcript WHERE kind = 'input' AND step = 'account'") == ["李四話電梯壞咗"])
        }
    }
}
