import CaseEvents
import CivilTime
import CoachEngine
import ComplaintDomain
import Foundation
import Testing

/// Calibration's figures against a small example worked out by hand.
///
/// Three supervisors, A, B and C, score four calls. On g1 (all four calls):
///
///     call   A       B       C
///     1      met     met     met
///     2      met     partly  met
///     3      missed  missed  partly
///     4      partly  partly  partly
///
/// On g2 (calls 1 and 2 only) all three say met.
@Suite struct CalibrationFiguresTests {
    static func number(_ n: Int) -> CaseNumber { CaseNumber(day: LocalDate(year: 2026, month: 11, day: 25), sequence: n) }

    static let g1: [[ScoreResult]] = [[.met, .met, .met], [.met, .partly, .met], [.missed, .missed, .partly], [.partly, .partly, .partly]]

    static var cards: [CalibrationCard] {
        (0..<4).flatMap { call in
            ["A", "B", "C"].enumerated().map { r, reviewer in
                var marks = [CalibrationCard.Mark(item: .g1, result: g1[call][r])]
                if call < 2 { marks.append(.init(item: .g2, result: .met)) }
                return CalibrationCard(caseNumber: number(call + 1), reviewer: reviewer, at: Date(timeIntervalSince1970: 0), marks: marks)
            }
        }
    }

    static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    @Test func eachPairsAgreementAndKappaOnACriterion() throws {
        let figures = CalibrationFigures(cards: Self.cards)
        #expect(figures.reviewers == ["A", "B", "C"] && figures.calls.count == 4)
        let g1 = try #require(figures.criteria.first { $0.item == .g1 })
        let pairs = Dictionary(uniqueKeysWithValues: g1.pairs.map { ($0.first + $0.second, $0) })
        // A–B agree on calls 1, 3, 4: p_o = 3/4. A gave met 2, partly 1, missed 1; B met 1,
        // partly 2, missed 1: p_e = 2/4·1/4 + 1/4·2/4 + 1/4·1/4 = 5/16.
        // κ = (3/4 − 5/16) / (1 − 5/16) = (7/16) / (11/16) = 7/11 ≈ 0.636.
        #expect(pairs["AB"]?.calls == 4 && Self.close(pairs["AB"]?.agreement, 0.75) && Self.close(pairs["AB"]?.kappa, 7.0 / 11))
        // A–C agree on 1, 2, 4: p_o = 3/4. C gave met 2, partly 2: p_e = 2/4·2/4 + 1/4·2/4 + 1/4·0 = 6/16.
        // κ = (3/4 − 3/8) / (5/8) = 3/5.
        #expect(Self.close(pairs["AC"]?.agreement, 0.75) && Self.close(pairs["AC"]?.kappa, 0.6))
        // B–C agree on 1, 4: p_o = 1/2. p_e = 1/4·2/4 + 2/4·2/4 + 1/4·0 = 6/16.
        // κ = (1/2 − 3/8) / (5/8) = 1/5.
        #expect(Self.close(pairs["BC"]?.agreement, 0.5) && Self.close(pairs["BC"]?.kappa, 0.2))
        // Across all three: 3 + 3 + 2 = 8 agreeing pairs of marks out of 12 (2/3); the mean
        // kappa (7/11 + 3/5 + 1/5) / 3 = (35 + 33 + 11) / 55 / 3 = 79/165 ≈ 0.479.
        #expect(Self.close(g1.agreement, 8.0 / 12) && Self.close(g1.meanKappa, 79.0 / 165))
    }

    @Test func kappaCannotBeToldWhenEveryoneGaveOneResult() throws {
        let g2 = try #require(CalibrationFigures(cards: Self.cards).criteria.first { $0.item == .g2 })
        // All met: p_o = 1, p_e = 1·1 = 1, so κ = 0/0: agreement is complete, kappa unknown.
        #expect(g2.pairs.count == 3 && g2.pairs.allSatisfy { $0.agreement == 1 && $0.kappa == nil && $0.calls == 2 })
        #expect(g2.agreement == 1 && g2.meanKappa == nil)
    }

    @Test func theWidestDisagreementsComeFirst() {
        let widest = CalibrationFigures(cards: Self.cards).widest
        // Call 3: on g1 A–C and B–C differ, 2 of 3 pairs. Call 2: on g1 A–B and B–C differ, on
        // g2 none: 2 of 6. Calls 1 and 4: nobody differs, so they are not listed.
        #expect(widest.map(\.caseNumber) == [Self.number(3), Self.number(2)])
        #expect(Self.close(widest.first?.share, 2.0 / 3) && Self.close(widest.last?.share, 1.0 / 3))
        #expect(widest.last?.splits.map(\.item) == [.g1])
        #expect(widest.last?.splits.first?.results.map(\.result) == [.met, .partly, .met])
    }

    @Test func eachSupervisorAgainstTheOthersMajority() {
        let group = Dictionary(uniqueKeysWithValues: CalibrationFigures(cards: Self.cards).againstGroup.map { ($0.id, $0) })
        // A: g1 call 1 (others met, met → met ✓), call 2 (partly, met: a tie, left out), call 3
        // (missed, partly: tie), call 4 (partly ✓); g2 calls 1, 2 (met ✓ ✓). 4 of 4.
        // A's results met, partly, met, met against the same: p_o = 1, p_e = (3/4)² + (1/4)² = 10/16, κ = 1.
        #expect(group["A"]?.compared == 4 && group["A"]?.withMajority == 1 && Self.close(group["A"]?.kappa, 1))
        // B: g1 call 1 ✓, call 2 (met, met → met; B partly ✗), call 3 tie, call 4 ✓; g2 ✓ ✓. 4 of 5.
        // B met, partly, partly, met, met against met, met, partly, met, met: p_o = 4/5,
        // p_e = 3/5·4/5 + 2/5·1/5 = 14/25, κ = (4/5 − 14/25) / (11/25) = 6/11 ≈ 0.545.
        #expect(group["B"]?.compared == 5 && Self.close(group["B"]?.withMajority, 0.8) && Self.close(group["B"]?.kappa, 6.0 / 11))
        // C: g1 call 1 ✓, call 2 tie, call 3 (missed, missed → missed; C partly ✗), call 4 ✓; g2 ✓ ✓.
        // C met, partly, partly, met, met against met, missed, partly, met, met: p_o = 4/5,
        // p_e = 3/5·3/5 + 2/5·1/5 = 11/25, κ = (4/5 − 11/25) / (14/25) = 9/14 ≈ 0.643.
        #expect(group["C"]?.compared == 5 && Self.close(group["C"]?.withMajority, 0.8) && Self.close(group["C"]?.kappa, 9.0 / 14))
        #expect(group.values.allSatisfy { $0.calls == 4 })
    }

    /// A call only one supervisor scored is nobody's to compare with; nor is any call when one
    /// supervisor scored them all.
    @Test func aCallScoredOnceCountsForNothing() {
        var cards = Self.cards
        cards.append(CalibrationCard(caseNumber: Self.number(9), reviewer: "D", at: Date(timeIntervalSince1970: 0),
                                     marks: [.init(item: .g1, result: .missed)]))
        let figures = CalibrationFigures(cards: cards)
        #expect(figures.reviewers == ["A", "B", "C"] && figures.calls.count == 4)
        let alone = CalibrationFigures(cards: cards.filter { $0.reviewer == "A" })
        #expect(alone.reviewers.isEmpty && alone.criteria.isEmpty && alone.widest.isEmpty)
    }
}
