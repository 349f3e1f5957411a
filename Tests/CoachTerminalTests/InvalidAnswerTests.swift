import Foundation
import Testing

/// An answer that is not one of the choices is explained, asked again, and kept — whether it
/// is typed at the choice's own question or set from another prompt with `:standing`.
@Suite struct InvalidAnswerTests {
    @Test func anInvalidChoiceNamesTheValidOnesAsksAgainAndIsKeptInTheTranscript() throws {
        try withTerminal { tmux, sandbox in
            try tmux.start("coach", arguments: sandbox.arguments())
            try tmux.waitForPrompt(Label.account)
            let db = CoachDatabase(sandbox)

            // Set from the listening prompt: refused, the call stays where it was, and what was
            // typed goes back on the line to correct.
            try tmux.enter(":standing abc")
            try tmux.waitFor("「abc」不是可選的答案")
            let typedAgain = Label.account + " › :standing abc"
            try tmux.waitUntil("“:standing abc” back on the listening prompt") {
                $0.cursorLine == typedAgain && $0.cursorX == columns(typedAgain)
            }
            #expect(try db.column("SELECT text FROM transcript WHERE kind = 'input' AND step = 'account'") == [":standing abc"])

            // Corrected to `:standing` alone, which goes to its own question.
            try tmux.press("BSpace", "BSpace", "BSpace", "BSpace")
            try tmux.waitUntil("“:standing” left on the line") { $0.cursorLine == Label.account + " › :standing" }
            try tmux.press("Enter")
            try tmux.waitForPrompt(Label.standing)
            try tmux.enter("xyz")
            try tmux.waitFor("「xyz」不是可選的答案")
            // The same prompt again: empty, or with the rejected answer put back to edit.
            let prompt = Label.standing + " (o)業主 (u)住戶 ›"
            let again = try tmux.waitUntil("the same prompt again") { screen in
                (screen.cursorLine == prompt || screen.cursorLine == prompt + " xyz")
                    && screen.cursorX == columns(screen.cursorLine) + (screen.cursorLine == prompt ? 1 : 0)
            }
            if again.cursorLine.hasSuffix("xyz") {
                try tmux.press("BSpace", "BSpace", "BSpace")
                try tmux.waitForPrompt(Label.standing)
            }
            let error = try #require(again.lines.first { $0.contains("「xyz」不是可選的答案") })
            #expect(error.contains("1 業主"))
            #expect(error.contains("2 住戶"))
            #expect(again.cursorY > 0 && again.lines[again.cursorY - 1].contains("「xyz」"), "the error is just above the prompt again")

            let inputs = try db.column("SELECT text FROM transcript WHERE kind = 'input' AND step = 'standing'")
            #expect(inputs == ["xyz"])
            let errors = try db.column("SELECT text FROM transcript WHERE kind = 'system'")
            #expect(errors.contains { $0?.contains("「xyz」") == true }, "the explanation is in the transcript: \(errors)")
            #expect(try db.rows("SELECT person_standing FROM cases").first?["person_standing"] == nil)

            // A valid answer then goes back to listening.
            try tmux.answer("u", then: Label.account)
            #expect(try db.column("SELECT person_standing FROM cases") == ["occupant"])
        }
    }
}
