import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// Supervisors' calibration cards: kept item by item, a second card from the same supervisor
/// replacing the first in one transaction, read back by the month the call was received in.
@Suite struct CalibrationStoreTests {
    static func card(_ number: CaseNumber, _ reviewer: String, at: Date, _ results: [ScoreResult]) -> CalibrationCard {
        CalibrationCard(caseNumber: number, reviewer: reviewer, at: at, marks: zip([ScoreItem.g1, .g2, .g3], results).map { item, result in
            CalibrationCard.Mark(item: item, result: result, reason: result == .missed ? "沒有道歉" : nil)
        })
    }

    @Test func aCardIsKeptReplacedAndReadByMonth() throws {
        let store = try memoryStore()
        // 30 November 23:30 and 1 December 00:30 in Hong Kong: one month each.
        let november = try store.openCase(receivedAt: utc(2026, 11, 30, 15, 30), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        let december = try store.openCase(receivedAt: utc(2026, 11, 30, 16, 30), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        let first = utc(2026, 12, 2, 2, 0), second = utc(2026, 12, 3, 2, 0)

        #expect(try store.saveCalibration(Self.card(november, "cheung.wl", at: first, [.met, .partly, .missed])) == nil)
        #expect(try store.saveCalibration(Self.card(november, "lam.kf", at: first, [.met, .met, .met])) == nil)
        #expect(try store.saveCalibration(Self.card(december, "lam.kf", at: first, [.notApplicable, .met, .met])) == nil)
        #expect(try store.calibrationScored(november, reviewer: "cheung.wl") == first)
        #expect(try store.calibrationScored(december, reviewer: "cheung.wl") == nil)

        // The same supervisor again: the earlier card's time comes back, and only the new card stays.
        #expect(try store.saveCalibration(Self.card(november, "cheung.wl", at: second, [.met, .met])) == first)
        let all = try store.calibrationCards()
        #expect(all.map { "\($0.caseNumber) \($0.reviewer)" } == ["\(november) cheung.wl", "\(november) lam.kf", "\(december) lam.kf"])
        #expect(all[0].marks.map(\.result) == [.met, .met] && all[0].at == second, "the second card, whole")
        #expect(all[1].marks == Self.card(november, "lam.kf", at: first, [.met, .met, .met]).marks)

        let start = hongKong.moment(LocalDate(year: 2026, month: 11, day: 1), ClockTime(hour: 0, minute: 0))
        let end = hongKong.moment(LocalDate(year: 2026, month: 12, day: 1), ClockTime(hour: 0, minute: 0))
        #expect(try store.calibrationCards(from: start, to: end).map(\.caseNumber) == [november, november])
        #expect(try store.calibrationCards(from: end).map(\.caseNumber) == [december])
    }

    @Test func aCardForNoCaseIsRefusedAndKeepsNothing() throws {
        let store = try memoryStore()
        let missing = CaseNumber(day: LocalDate(year: 2026, month: 12, day: 1), sequence: 99)
        #expect(throws: StoreError.unknownCase(missing.description)) {
            try store.saveCalibration(Self.card(missing, "cheung.wl", at: utc(2026, 12, 2, 2, 0), [.met]))
        }
        #expect(try store.calibrationCards().isEmpty)
    }
}
