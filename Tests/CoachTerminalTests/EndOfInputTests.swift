import Foundation
import Testing

/// Ctrl-D at an empty prompt offers to keep the draft; Enter leaves with it kept.
@Suite struct EndOfInputTests {
    @Test func ctrlDAtAnEmptyPromptKeepsTheDraftAndLeaves() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("coach", arguments: sandbox.arguments(), recordingExitStatus: true)
            try tmux.waitForPrompt(Label.account)
            try tmux.say("電梯由昨晚開始停咗", at: Label.account)
            try tmux.say(":name 陳大文", at: Label.account)

            try tmux.press("C-d")
            let asked = try tmux.waitForPrompt(Label.leave)
            #expect(asked.cursorLine.contains("[Y/n]"))
            #expect(try !tmux.pane().dead)
            try tmux.press("Enter")
            #expect(try tmux.exitStatus() == 0)
            try tmux.waitFor("草稿已保留")

            let db = CoachDatabase(sandbox)
            let caseNumber = try #require(try db.value("SELECT case_number FROM cases"))
            #expect(try tmux.scrollback().contains("coach resume \(caseNumber)"))
            #expect(try db.column("SELECT stage FROM cases") == ["draft"])
            #expect(try db.value("SELECT count(*) FROM drafts") == "1")
            #expect(try db.column("SELECT id FROM transcript WHERE json_extract(payload, '$.event.draftKept') IS NOT NULL").count == 1)

            // `coach resume` lists it (with nothing to read it then leaves the draft as it was).
            let resumed = try runCoachPiped(sandbox, "resume", script: "")
            #expect(resumed.status == 0, "\(resumed.stderr)")
            let listing = resumed.stdout.components(separatedBy: "\n").first { $0.hasPrefix("1. \(caseNumber)") }
            #expect(listing != nil, "resume lists \(caseNumber):\n\(resumed.stdout)")
            #expect(listing?.contains("陳大文") == true)
            #expect(try db.value("SELECT count(*) FROM drafts") == "1")
        }
    }
}
