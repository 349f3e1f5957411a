import Foundation
import Testing

/// `coach review` on what cannot be scored: a case that does not exist, an intake still a
/// draft, a call voided as a wrong number. Each reads with a clear outcome at the top; a
/// comment or an override is refused with a clear message, and nothing is written.
@Suite struct ReviewCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    /// An intake that stops where `ending` leaves it; the case number.
    static func unfinished(_ desk: Desk, ending: [String]) throws -> String {
        let result = try desk.coach([], stdin: (["The lift stopped last night", ""] + ending).joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(result.stdout.firstMatch(of: /(?:resume|Case) (\d{6}-\d{3})/).map { String($0.output.1) }, "\(result.stdout)")
    }

    @Test func aDraftAndAVoidedCallAreReadButNeitherScoredNorCommentedOn() throws {
        let desk = try Desk()
        let draft = try Self.unfinished(desk, ending: [":save"])
        let voided = try Self.unfinished(desk, ending: [":void wrong number"])
        #expect(try desk.value("SELECT group_concat(stage, ',') FROM (SELECT stage FROM cases ORDER BY case_number)") == "draft,voided")

        let read = try desk.coach(["review", draft])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("  Outcome  intake not finished (a draft): coach resume \(draft) continues it"), "\(read.stdout)")
        let gone = try desk.coach(["review", voided])
        #expect(gone.status == 0, "\(gone.stderr)")
        #expect(gone.stdout.contains("  Outcome  voided: wrong number (never counted)"), "\(gone.stdout)")

        for number in [draft, voided] {
            let before = try desk.transcriptCount(number)
            for words in [["--comment", "looks fine"], ["--override", "g5=met", "--reason", "heard the recording"]] {
                let refused = try desk.coach(["review", number] + words, staff: "cheung.wl")
                #expect(refused.status == 1, "\(number) \(words)")
                #expect(refused.stderr == (number == draft
                    ? "coach: Case \(draft) is a draft: its intake is not finished, so it cannot be commented on or scored yet; coach resume \(draft) continues it.\n"
                    : "coach: Case \(voided) was voided: it never counts, so it is not commented on or scored.\n"), "\(refused.stderr)")
            }
            #expect(try desk.transcriptCount(number) == before, "nothing written to \(number)")
        }
        #expect(try desk.value("SELECT count(*) FROM review_scores") == "0", "no reviewed score kept")
    }

    @Test func aCaseThatDoesNotExistIsSaidSoInTheReadersLanguage() throws {
        let desk = try Desk()
        _ = try desk.intake()
        let missing = try CoachProcess.run(["review", "261129-999", "--db", desk.db, "--guidance", desk.guidance.path, "--lang", "zh-Hant"],
                                           environment: desk.environment)
        #expect(missing.status == 1)
        #expect(missing.stderr == "coach: 沒有個案 261129-999。\n" && missing.stdout.isEmpty, "\(missing.stderr)")
    }
}
