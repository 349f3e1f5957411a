import Foundation
import Testing

/// Up recalls earlier lines, at any prompt, and the history outlives the session
/// (XDG_STATE_HOME/coach/history).
@Suite struct HistoryTests {
    @Test func upRecallsEarlierLinesAtAnotherPromptAndAfterARestart() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("first", arguments: sandbox.arguments(), recordingExitStatus: true)
            try tmux.waitForPrompt(Label.channel)
            try tmux.answer("", then: Label.callerName)
            try tmux.answer("陳大文", then: Label.standing)
            try tmux.answer("業主", then: Label.building)
            try tmux.answer("A座", then: Label.unit)

            // At 單位, Up walks back through the lines typed at the earlier prompts.
            let unit = Label.unit + " › "
            for (presses, expected) in [(1, "A座"), (2, "業主"), (3, "陳大文")] {
                try tmux.press("Up")
                let screen = try tmux.waitUntil("“\(expected)” after \(presses) × Up") { $0.cursorLine == unit + expected }
                #expect(screen.cursorX == columns(unit + expected))
            }
            // Down walks forward again, back to the empty line being typed.
            try tmux.press("Down", "Down", "Down")
            try tmux.waitForPrompt(Label.unit)
            try tmux.answer("12樓B室", then: Label.contact)

            let db = CoachDatabase(sandbox)
            #expect(try db.column("SELECT unit FROM cases") == ["12樓B室"])
            #expect(FileManager.default.fileExists(atPath: sandbox.historyFile))
            let mode = try FileManager.default.attributesOfItem(atPath: sandbox.historyFile)[.posixPermissions] as? Int
            #expect(mode == 0o600, "the history is readable only by its owner")

            try tmux.press("C-d")
            try tmux.waitForPrompt(Label.leave)
            try tmux.press("Enter")
            #expect(try tmux.exitStatus() == 0)

            // A new run (a new case) starts with the old history.
            try tmux.start("second", arguments: sandbox.arguments())
            try tmux.waitForPrompt(Label.channel)
            try tmux.answer("", then: Label.callerName)
            let name = Label.callerName + " › "
            try tmux.press("Up")
            try tmux.waitUntil("the last line of the previous run") { $0.cursorLine == name + "12樓B室" }
            try tmux.press("Up")
            try tmux.waitUntil("the line before it") { $0.cursorLine == name + "A座" }
            try tmux.press("Enter")
            try tmux.waitForPrompt(Label.standing)
            #expect(try db.column("SELECT person_name FROM cases ORDER BY id") == ["陳大文", "A座"])
        }
    }
}
