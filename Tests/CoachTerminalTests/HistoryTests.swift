import Foundation
import Testing

/// Up recalls commands and choice answers, at any prompt and after a restart
/// (XDG_STATE_HOME/coach/answers), but never what the caller said: the history is shared by
/// everyone at the desk.
@Suite struct HistoryTests {
    @Test func upRecallsCommandsAndChoicesButNoFreeTextAndTheOldHistoryIsRemoved() throws {
        try withTerminal { tmux, sandbox in
            // The file of an earlier version, which kept every line typed.
            try FileManager.default.createDirectory(atPath: (sandbox.oldHistoryFile as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try "陳大文\n9123 4567\n".write(toFile: sandbox.oldHistoryFile, atomically: true, encoding: .utf8)

            try tmux.start("first", arguments: sandbox.arguments(), recordingExitStatus: true)
            try tmux.waitForPrompt(Label.account)
            #expect(!FileManager.default.fileExists(atPath: sandbox.oldHistoryFile), "the old history is removed on first use")
            try tmux.say("我係陳大文，電話9123 4567，A座電梯又壞咗", at: Label.account)
            try tmux.say(":rule 13", at: Label.account)
            try tmux.say(":unit 12樓B室", at: Label.account)
            try tmux.say(":note 住戶好嬲", at: Label.account)
            try tmux.answer("", then: Label.anythingElse)
            try tmux.answer("", then: Label.heard)
            try tmux.answer("y", then: Label.standing)

            // At 業主定住戶, Up walks back through the commands (a choice's argument kept, free
            // text dropped) and the choice answered, never through the caller's words.
            let standing = try tmux.screen().cursorLine + " "
            #expect(try tmux.recallAll(at: standing) == ["y", ":note", ":unit", ":rule 13"])
            // Down walks forward again, back to the empty line being typed.
            try tmux.press("Down", "Down", "Down", "Down")
            try tmux.waitForPrompt(Label.standing)
            try tmux.answer("o", then: "2/6 由何時開始")

            let db = CoachDatabase(sandbox)
            #expect(try db.column("SELECT person_standing FROM cases") == ["owner"])
            #expect(FileManager.default.fileExists(atPath: sandbox.historyFile))
            let mode = try FileManager.default.attributesOfItem(atPath: sandbox.historyFile)[.posixPermissions] as? Int
            #expect(mode == 0o600, "the history is readable only by its owner")
            let kept = try String(contentsOfFile: sandbox.historyFile, encoding: .utf8)
            for said in ["陳大文", "9123", "12樓B室", "電梯", "住戶好嬲"] {
                #expect(!kept.contains(said), "“\(said)” is not in the history file:\n\(kept)")
            }

            try tmux.press("C-d")
            try tmux.waitForPrompt(Label.leave)
            try tmux.press("Enter")
            #expect(try tmux.exitStatus() == 0)

            // A new run (a new case) starts with the old history, and a recalled command works.
            try tmux.start("second", arguments: sandbox.arguments())
            try tmux.waitForPrompt(Label.account)
            let account = Label.account + " › "
            try tmux.press("Up")
            try tmux.waitUntil("the last line of the previous run") { $0.cursorLine == account + "o" }
            try tmux.press("Up")
            try tmux.waitUntil("the one before it") { $0.cursorLine == account + "y" }
            try tmux.press("Up")
            try tmux.waitUntil("and the command before that") { $0.cursorLine == account + ":note" }
            try tmux.press("Up", "Up")
            try tmux.waitUntil("back to :rule 13") { $0.cursorLine == account + ":rule 13" }
            try tmux.press("Enter")
            try tmux.waitFor("13. 單位之間滲水")
            try tmux.waitForPrompt(Label.account)
            #expect(try db.column("SELECT text FROM transcript WHERE kind = 'input' ORDER BY id").last == ":rule 13")
        }
    }
}
