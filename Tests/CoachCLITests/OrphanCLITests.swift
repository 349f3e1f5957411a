import Foundation
import Testing

/// A case whose intake stopped before its first line was saved (killed between taking the number
/// and writing the first turn) is still listed by `coach resume` and continues from the start.
@Suite struct OrphanCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    @Test func anIntakeWithNoSavedStateIsListedAndContinues() throws {
        let desk = try Desk()
        let begun = try desk.coach([], stdin: "The lift stopped\n")
        let number = try #require(begun.stdout.firstMatch(of: /\d{6}-\d{3}/).map { String($0.output) })
        // As a kill -9 right after the number was taken would leave it: no draft state.
        #expect(try desk.sqlite("DELETE FROM drafts").status == 0)

        let listed = try desk.coach(["resume"], stdin: "")
        #expect(listed.stdout.contains(number), "\(listed.stdout)\(listed.stderr)")
        let resumed = try desk.coach(["resume", number], stdin: ":name 陳大文\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("1/6 Caller says › :name 陳大文"), "it starts again at the first question: \(resumed.stdout)")
        #expect(try desk.value("SELECT person_name FROM cases WHERE case_number = '\(number)'") == "陳大文")
        #expect(try desk.coach(["verify"]).status == 0)
    }
}
