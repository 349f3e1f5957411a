import Foundation
import Testing

/// kill -9 while the caller is talking loses nothing that was on the screen: `coach resume`
/// continues at the same prompt with every line of the account — on a SQLite file and on a
/// PostgreSQL server alike.
@Suite struct CrashRecoveryTests {
    @Test(arguments: Engine.allCases)
    func killNineWhileListeningThenResumeContinuesWithEveryLine(_ engine: Engine) throws {
        try withTerminal(on: engine) { tmux, sandbox in
            try tmux.start("coach", arguments: sandbox.arguments())
            try tmux.waitForPrompt(Label.account)

            // What they say, a line at a time; facts heard in it are shown between the lines.
            let lines = ["我係A座12樓B室陳大文", "電梯由昨晚開始停咗，住戶要行樓梯", "管理處電話一直冇人聽"]
            for line in lines {
                try tmux.say(line, at: Label.account)
            }

            let victim = try tmux.pane()
            #expect(!victim.dead)
            let command = (try? String(contentsOfFile: "/proc/\(victim.pid)/comm", encoding: .utf8)) ?? ""
            // On PostgreSQL, coach has become coach-postgres (exec, the same process).
            #expect(command.trimmingCharacters(in: .whitespacesAndNewlines) == (engine == .postgres ? "coach-postgres" : "coach"),
                    "the pane runs coach itself")
            #expect(kill(victim.pid, SIGKILL) == 0)
            try tmux.waitForExit()
            let gone = Date().addingTimeInterval(5)
            while !hasEnded(victim.pid) && Date() < gone { Thread.sleep(forTimeInterval: 0.05) }
            #expect(hasEnded(victim.pid))
            let signal = try tmux.pane().signal
            #expect(signal == nil || signal == SIGKILL, "tmux may not say, but if it does it is SIGKILL")

            // What was on the screen is on disk.
            let db = CoachDatabase(sandbox)
            #expect(try db.column("SELECT account FROM cases") == [lines.joined(separator: "\n")])
            #expect(try db.column("SELECT stage FROM cases") == ["draft"])

            try tmux.start("resume", arguments: sandbox.arguments("resume"))
            try tmux.waitFor("繼續個案")
            try tmux.waitForPrompt(Label.account)
            try tmux.enter(":show")
            try tmux.waitFor("發生了甚麼")
            try tmux.waitForPrompt(Label.account)
            let shown = try tmux.scrollback()
            let afterShow = shown.components(separatedBy: Label.account + " › :show").last ?? ""
            for line in lines {
                #expect(afterShow.contains(line), "“\(line)” in :show\n\(shown)")
            }

            // The account goes on where it stopped.
            try tmux.say("住戶好嬲", at: Label.account)
            #expect(try db.column("SELECT account FROM cases") == [(lines + ["住戶好嬲"]).joined(separator: "\n")])
            #expect(try db.value("SELECT count(*) FROM cases") == "1", "the same case, not a new one")
        }
    }
}
