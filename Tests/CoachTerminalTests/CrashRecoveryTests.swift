import Foundation
import Testing

/// kill -9 while the caller is talking loses nothing that was on the screen: `coach resume`
/// continues at the same prompt with every line of the notes.
@Suite struct CrashRecoveryTests {
    @Test func killNineDuringTheNotesThenResumeContinuesWithEveryLine() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("coach", arguments: sandbox.arguments())
            try tmux.waitForPrompt(Label.channel)
            try tmux.answer("", then: Label.callerName)
            try tmux.answer("陳大文", then: Label.standing)
            try tmux.answer("業主", then: Label.building)
            try tmux.answer("A座", then: Label.unit)
            try tmux.answer("12樓B室", then: Label.contact)
            try tmux.answer("9123 4567", then: Label.account)

            let notes = ["電梯由昨晚開始停咗，住戶要行樓梯", "二十樓有老人家落唔到街", "管理處電話一直冇人聽"]
            for (index, note) in notes.enumerated() {
                try tmux.enter(note)
                // Echoed on its prompt line, and the next empty 記錄 prompt is up.
                try tmux.waitUntil("note \(index + 1) echoed and the next prompt") { screen in
                    guard let row = screen.cursorY > 0 ? screen.lines[screen.cursorY - 1] : nil else { return false }
                    return trimmedRight(row) == Label.account + " › " + note
                        && screen.cursorLine == Label.account + " ›"
                }
            }

            let victim = try tmux.pane()
            #expect(!victim.dead)
            let command = (try? String(contentsOfFile: "/proc/\(victim.pid)/comm", encoding: .utf8)) ?? ""
            #expect(command.trimmingCharacters(in: .whitespacesAndNewlines) == "coach", "the pane runs coach itself")
            #expect(kill(victim.pid, SIGKILL) == 0)
            try tmux.waitForExit()
            let gone = Date().addingTimeInterval(5)
            while !hasEnded(victim.pid) && Date() < gone { Thread.sleep(forTimeInterval: 0.05) }
            #expect(hasEnded(victim.pid))
            let signal = try tmux.pane().signal
            #expect(signal == nil || signal == SIGKILL, "tmux may not say, but if it does it is SIGKILL")

            // What was on the screen is on disk.
            let db = CoachDatabase(sandbox)
            #expect(try db.column("SELECT account FROM cases") == [notes.joined(separator: "\n")])
            #expect(try db.column("SELECT stage FROM cases") == ["draft"])

            try tmux.start("resume", arguments: sandbox.arguments("resume"))
            try tmux.waitFor("繼續個案")
            try tmux.waitForPrompt(Label.account)
            try tmux.enter(":show")
            try tmux.waitFor("發生了甚麼")
            try tmux.waitForPrompt(Label.account)
            let shown = try tmux.scrollback()
            let afterShow = shown.components(separatedBy: Label.account + " › :show").last ?? ""
            for note in notes {
                #expect(afterShow.contains(note), "“\(note)” in :show\n\(shown)")
            }

            // The notes go on where they stopped.
            try tmux.enter("住戶好嬲")
            try tmux.waitUntil("the fourth line taken") { screen in
                screen.cursorY > 0 && trimmedRight(screen.lines[screen.cursorY - 1]).hasSuffix("住戶好嬲")
                    && screen.cursorLine == Label.account + " ›"
            }
            #expect(try db.column("SELECT account FROM cases") == [(notes + ["住戶好嬲"]).joined(separator: "\n")])
            #expect(try db.value("SELECT count(*) FROM cases") == "1", "the same case, not a new one")
        }
    }
}
