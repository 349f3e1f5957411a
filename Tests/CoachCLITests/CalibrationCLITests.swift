import Foundation
import Testing

/// Calibration through the real binary: supervisors score the same call on their own from a
/// pipe (`coach review N --score`), each seeing nobody else's card and not Coach's, their
/// cards kept apart from the case's transcript; `coach calibration` compares them; and every
/// bad request is refused with one line, changing nothing.
@Suite struct CalibrationCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    /// Fifteen answers, one per item of a live call's card, then `y` to save.
    static func answers(_ marks: [String]) -> String {
        (marks + ["y"]).joined(separator: "\n") + "\n"
    }

    static let allMet = Array(repeating: "m", count: 15)

    func rows(_ desk: Desk) throws -> Int { Int(try desk.value("SELECT count(*) FROM calibration_scores")) ?? -1 }

    @Test func supervisorsScoreACallApartAndCalibrationComparesThem() throws {
        let desk = try Desk()
        let number = try desk.intake()
        let before = try desk.transcriptCount(number)

        var first = Self.allMet
        first[2] = "p the cause was only half asked"
        first[14] = "x promise too vague"
        let one = try desk.coach(["review", number, "--score"], staff: "cheung.wl", stdin: Self.answers(first))
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("Your card for case \(number) is saved (15 items)."))
        #expect(one.stdout.contains("── The call ──") && one.stdout.contains("The lift stopped last night"), "the call is shown")
        #expect(!one.stdout.contains("Scorecard") && !one.stdout.contains("/100"), "Coach's card is not shown")

        let two = try desk.coach(["review", number, "--score"], staff: "lam.kf", stdin: Self.answers(Self.allMet))
        #expect(two.status == 0, "\(two.stderr)")
        #expect(!two.stdout.contains("half asked") && !two.stdout.contains("cheung.wl"), "nobody else's card is shown")
        #expect(try rows(desk) == 30)
        #expect(try desk.transcriptCount(number) == before, "nothing is added to the case's transcript")
        #expect(try desk.value("SELECT reason FROM calibration_scores WHERE reviewer = 'cheung.wl' AND item = 'g3'") == "the cause was only half asked")

        // Two supervisors, one call, 15 items: they differ on g3 and the deadline only.
        let report = try desk.coach(["calibration"])
        #expect(report.status == 0, "\(report.stderr)")
        let text = report.stdout
        #expect(text.contains("── Calibration · all calls · 2 supervisors · 1 call ──"))
        #expect(text.contains("Only 1 call:"), "few calls: kappa is not to be trusted")
        // On g3, partly against met on the one call: p_o = 0, p_e = 1·0 + 0·1 = 0, κ = 0.
        #expect(text.contains("3. Empathise and find the real cause     0%     0.00  slight"))
        #expect(text.contains("cheung.wl–lam.kf 0% 0.00 (1)"))
        // Where both said met: p_e = 1, kappa cannot be told.
        #expect(text.contains("1. Stay calm                             100%   —     one result from all  cheung.wl–lam.kf 100% — (1)"))
        #expect(text.contains("\(number)  13% of marks differ"), "2 of 15 items differ: 13%")
        #expect(text.contains("3. Empathise and find the real cause: cheung.wl ◐ partly (the cause was only half asked) · lam.kf ✓ met"),
                "each split with the reason given")
        // Each against the other: 13 of 15 alike (87%); lam.kf said met throughout, so
        // p_e = 13/15 · 15/15 = p_o and κ = 0: high agreement, nothing beyond chance.
        #expect(text.contains("張偉倫 (cheung.wl)  1      15     87%            0.00  slight"))

        // A second card from the same supervisor replaces the first, and says so.
        let again = try desk.coach(["review", number, "--score"], staff: "cheung.wl", stdin: Self.answers(Self.allMet))
        #expect(again.status == 0)
        #expect(again.stdout.contains("You scored this call on ") && again.stdout.contains("this card will replace that one."))
        #expect(again.stdout.contains("replacing the one you gave on "))
        #expect(try rows(desk) == 30)
        let agreed = try desk.coach(["calibration"])
        #expect(agreed.stdout.contains("Every call was scored alike on every item."))

        // The month the call was received in, and one with no cards.
        let month = "20" + number.prefix(2) + "-" + number.dropFirst(2).prefix(2)
        #expect(try desk.coach(["calibration", "--month", month]).stdout.contains("── Calibration · \(month) · 2 supervisors"))
        let empty = try desk.coach(["calibration", "--month", "2020-01"])
        #expect(empty.status == 1)
        #expect(empty.stderr == "coach: 2020-01: no supervisor has scored a call with coach review N --score; calibration needs two or more scoring the same call.\n")
    }

    @Test func badRequestsAreRefusedAndChangeNothing() throws {
        let desk = try Desk()
        let number = try desk.intake()
        let own = try desk.coach([], staff: "cheung.wl", stdin: CaseLifeCLITests.intakeScript(name: "何生", building: "B座"))
        let ownNumber = try #require(own.stdout.firstMatch(of: /Saved: case (\d{6}-\d{3})/).map { String($0.output.1) })
        let draft = try desk.coach([], stdin: "The lift stopped\n:save\n")
        let draftNumber = try #require(draft.stdout.firstMatch(of: /coach resume (\d{6}-\d{3})/).map { String($0.output.1) })

        func refused(_ arguments: [String], staff: String, status: Int32 = 1, _ message: String) throws {
            let result = try desk.coach(arguments, staff: staff, stdin: Self.answers(Self.allMet))
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("coach: " + message), "\(arguments): \(result.stderr)")
            #expect(try rows(desk) == 0, "\(arguments) changed nothing")
        }
        try refused(["review", "261231-999", "--score"], staff: "cheung.wl", "There is no case 261231-999.")
        try refused(["review", draftNumber, "--score"], staff: "cheung.wl", "Case \(draftNumber) is a draft")
        try refused(["review", ownNumber, "--score"], staff: "cheung.wl", "You took case \(ownNumber) yourself: a supervisor may not score their own call.")
        try refused(["review", number, "--score"], staff: "chan.mw", "Only a supervisor, department manager or the general manager may score a call")
        try refused(["review", number, "--score", "--comment", "fine"], staff: "cheung.wl", status: 2, "--score is used on its own.")

        // Input that ends before the card is complete keeps nothing.
        let short = try desk.coach(["review", number, "--score"], staff: "cheung.wl", stdin: "m\nm\n")
        #expect(short.status == 1 && short.stdout.contains("Nothing was saved."))
        let quit = try desk.coach(["review", number, "--score"], staff: "cheung.wl", stdin: "m\n\nzz\n:back\n:quit\n")
        #expect(quit.status == 0 && quit.stdout.contains("Enter alone is not an answer") && quit.stdout.contains("Not understood: \"zz\""))
        #expect(quit.stdout.contains("Nothing was saved."))
        #expect(try rows(desk) == 0)

        // One supervisor's card is nothing to compare.
        let alone = try desk.coach(["review", number, "--score"], staff: "cheung.wl", stdin: Self.answers(Self.allMet))
        #expect(alone.status == 0)
        let report = try desk.coach(["calibration"])
        #expect(report.status == 1)
        #expect(report.stderr == "coach: all calls: only 張偉倫 (cheung.wl) has scored calls; calibration needs two or more supervisors scoring the same call.\n")
        // At the desk, scoring is sent to the command line.
        let atDesk = try desk.coach(["desk"], staff: "cheung.wl", stdin: "review \(number) --score\n")
        #expect(atDesk.status == 1 && atDesk.stderr.contains("Score a call at the command line: coach review \(number) --score."))
        #expect(try rows(desk) == 15)
    }
}
