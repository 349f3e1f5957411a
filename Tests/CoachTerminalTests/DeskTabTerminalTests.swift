import Foundation
import Testing

/// Tab at the desk offers only what applies where the case stands: after a case number the
/// actions its stage allows, after an action and a case what that action takes.
@Suite struct DeskTabTerminalTests {
    @Test func tabAfterACaseOffersOnlyTheActionsItsStageAllows() throws {
        try withTerminal { tmux, sandbox in
            let number = try ReviewTerminalTests.takeCase(sandbox)
            let handler = try CoachDatabase(sandbox).value("SELECT json_extract(life, '$.handler') FROM cases") ?? ""
            // In working hours the group lead proposes; after hours the security supervisor dispatches.
            let first = handler == "property_group_lead" ? "propose" : "dispatch"
            try tmux.start("desk", arguments: ReviewTerminalTests.arguments(sandbox, ["desk"], staff: "lee.ch"))
            try tmux.waitForPrompt("個案台")

            // Its one allowed action is completed outright (any action would be listed before).
            try tmux.type(number + " ")
            try tmux.press("Tab")
            try tmux.waitUntil("\(number) completed to its only action") { $0.cursorLine.hasSuffix("› \(number) \(first)") }
            try tmux.press("C-u")

            // Move it on to "replied" by the command line, as other desks would.
            let steps: [([String], String)] = first == "propose"
                ? [(["propose", "派工程部"], "lee.ch"), (["approve"], "cheung.wl"), (["assign", "engineering"], "lee.ch")]
                : [(["dispatch", "engineering"], "yip.mk")]
            for (words, staff) in steps + [(["feedback", "已修好"], "siu.kc"), (["reply"], "lee.ch")] {
                let result = try runProcess(CoachBinary.url.path, ReviewTerminalTests.arguments(sandbox, ["case", number] + words, staff: staff),
                                            environment: sandbox.environment(), in: sandbox.root)
                #expect(result.status == 0, "\(words[0]): \(result.stderr)")
            }

            // What Tab offers is read at each prompt: an empty line gives a new one.
            try tmux.press("Enter")
            try tmux.waitForPrompt("個案台")
            // Replied: the follow-up is all that applies; after it, its flag and the scores 1–5.
            try tmux.type("case \(number) ")
            try tmux.press("Tab")
            try tmux.waitUntil("completed to follow-up") { $0.cursorLine.hasSuffix("› case \(number) follow-up") }
            try tmux.type(" ")
            try tmux.press("Tab")
            let listed = try tmux.waitUntil("the follow-up's arguments listed") { screen in
                screen.lines.contains { $0.contains("--not-reached") && $0.contains("1") && !$0.contains("›") }
            }
            #expect(!listed.lines.contains { $0.contains("engineering") && !$0.contains("›") }, "no departments for a follow-up")
            // (tmux would read "--n" as its own flag: the space before it is typed again with it.)
            try tmux.press("BSpace")
            try tmux.type(" --n")
            try tmux.press("Tab")
            try tmux.waitUntil("--n completed") { $0.cursorLine.hasSuffix("follow-up --not-reached") }
            try tmux.type(" 無人接聽")
            try tmux.press("Enter")
            try tmux.waitFor("記錄未能聯絡的回訪")
            try tmux.waitForPrompt("個案台")
            #expect(try CoachDatabase(sandbox).value("SELECT stage FROM cases") == "replied")

            try tmux.enter("quit")
            try tmux.waitForExit()
        }
    }
}
