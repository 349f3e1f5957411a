import Foundation
import Testing

/// A supervisor scoring a call at a real terminal (libedit): each item asked in turn in
/// Traditional Chinese, Enter refused, `:back` bringing the answer already given back onto the
/// line to edit, Tab completing the answers, and the card kept once confirmed.
@Suite struct ScoreTerminalTests {
    @Test func aSupervisorScoresACallItemByItemAtTheTerminal() throws {
        try withTerminal { tmux, sandbox in
            let number = try ReviewTerminalTests.takeCase(sandbox)
            try tmux.start("score", arguments: ReviewTerminalTests.arguments(sandbox, ["review", number, "--score"], staff: "cheung.wl"))
            try tmux.waitFor("── 為個案 \(number) 評分 ──")
            try tmux.waitForPrompt("評分")
            let first = try tmux.scrollback()
            #expect(first.contains("── 來電經過 ──") && first.contains("[1/15] 指引 1 "))
            #expect(!first.contains("評分卡") && !first.contains("/100"), "Coach's card is not on screen")

            // Enter alone is no answer: the same item is asked again.
            try tmux.enter("")
            try tmux.waitFor("只按 Enter 不算回答")
            try tmux.waitForPrompt("評分")
            try tmux.enter("p 語氣稍急")
            try tmux.waitFor("[2/15] 指引 2 ")
            try tmux.waitForPrompt("評分")
            // Back to the first: what was given is on the line, to edit or keep with Enter.
            try tmux.enter(":back")
            try tmux.waitUntil("the first answer back on the line") { $0.cursorLine.hasSuffix("› p 語氣稍急") }
            try tmux.press("Enter")
            try tmux.waitForPrompt("評分")
            // Tab completes an answer: 不適 → 不適用.
            try tmux.type("不適")
            try tmux.press("Tab")
            try tmux.waitUntil("不適用 completed") { $0.cursorLine.hasSuffix("› 不適用") }
            try tmux.press("Enter")
            for _ in 3...15 {
                try tmux.waitForPrompt("評分")
                try tmux.enter("m")
            }
            try tmux.waitForPrompt("儲存")
            try tmux.enter("y")
            try tmux.waitFor("已儲存你對個案 \(number) 的評分（15 項）。")
            try tmux.waitForExit()
            let db = CoachDatabase(sandbox)
            #expect(try db.value("SELECT result || ' ' || coalesce(reason, '') FROM calibration_scores WHERE item = 'g1'") == "partly 語氣稍急")
            #expect(try db.value("SELECT result FROM calibration_scores WHERE item = 'g2'") == "not_applicable")
            #expect(try db.value("SELECT count(*) FROM calibration_scores WHERE reviewer = 'cheung.wl'") == "15")
        }
    }
}
