import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// What a desk and a supervisor read back of earlier work is the same on both engines: a unit's
/// or a number's earlier cases, trainees' results, and the supervisors' calibration cards.
@Suite("Earlier cases, training and calibration on both engines")
struct CaseHistoryParityTests {
    /// A case received at `at` for a unit, building and number, in a stage, taken live.
    static func take(_ store: any CaseStore, at: Date, building: String?, unit: String?, contact: String?, stage: Stage = .received,
                     training: Bool = false) throws -> ComplaintRecord {
        var record = try store.openCase(receivedAt: at, receivedBy: "chan.mw", isTraining: training, calendar: hongKong)
        record.building = building
        record.unit = unit
        record.person = Person(name: "陳太", contact: contact)
        record.account = "廚房天花漏水"
        record.stage = stage == .voided ? .draft : stage
        let events = stage == .draft || stage == .voided ? [] : [TranscriptEvent(at: at, staff: "chan.mw", .received(CaseLife()))]
        let draft: IntakeTurn.Draft = stage == .draft || stage == .voided ? .keep(Data("{}".utf8)) : .clear
        try store.commit(IntakeTurn(caseNumber: record.caseNumber, events: events, record: record, draft: draft))
        if stage == .voided {
            record.stage = .voided
            try store.commit(IntakeTurn(caseNumber: record.caseNumber, events: [TranscriptEvent(at: at, staff: "chan.mw", .voided(reason: "打錯電話"))],
                                        record: record, draft: .clear))
        }
        return record
    }

    @Test func earlierCasesOfAUnitOrANumber() throws {
        guard let pair = try EnginePair() else { return }
        var random = SplitMix(seed: 7)
        let units = ["12樓C室", "3樓A室", "20樓B室"], contacts = ["9123 4567", "6123 0000", nil]
        var numbers: [CaseNumber] = []
        var plan: [(at: Date, building: String?, unit: String?, contact: String?, stage: Stage, training: Bool)] = []
        for n in 0..<120 {
            // Some at the very same moment: the same tie order on both.
            let at = utc(2025, 9, 1, 4, 0).addingTimeInterval(Double(n / 2) * 3 * 86_400 + Double(random.int(0..<1000)) / 1000 * Double(n % 2))
            plan.append((at, random.pick(["A座", "B座", nil]), random.chance(0.1) ? nil : random.pick(units), random.pick(contacts),
                         random.pick([.received, .received, .handled, .archived, .draft, .voided]), random.chance(0.1)))
        }
        try pair.fill { store in
            numbers = try plan.map { try Self.take(store, at: $0.at, building: $0.building, unit: $0.unit, contact: $0.contact, stage: $0.stage,
                                                   training: $0.training).caseNumber }
        }
        let now = utc(2026, 9, 1, 4, 0)
        for excluding in [numbers.last!, numbers[60]] {
            for since in [now.addingTimeInterval(-365 * 86_400), utc(2025, 1, 1, 0, 0), now] {
                for unit in units + [nil] {
                    for building in ["A座", "B座", nil] {
                        for limit in [3, 20] {
                            try pair.agree("\(building ?? "-") \(unit ?? "-") since \(since) limit \(limit)") {
                                try $0.earlierCases(building: building, unit: unit, contact: nil, since: since, excluding: excluding, limit: limit)
                            }
                        }
                    }
                }
                for contact in contacts {
                    let found = try pair.agree("\(contact ?? "-") since \(since)") {
                        try $0.earlierCases(building: nil, unit: nil, contact: contact, since: since, excluding: excluding, limit: 20)
                    }
                    if contact != nil, since < now { #expect(!found.isEmpty) }
                }
            }
        }
    }

    @Test func trainingResults() throws {
        guard let pair = try EnginePair() else { return }
        try pair.fill { store in
            var random = SplitMix(seed: 12)
            for n in 0..<30 {
                let at = utc(2026, 10, 1, 2, 0).addingTimeInterval(Double(n) * 7200)
                let number = try Self.take(store, at: at, building: "A座", unit: "1樓A室", contact: nil, training: true).caseNumber
                let staff = random.pick(["chan.mw", "lee.ch", "ho.sy"])
                // Two results finished at the same moment: the one saved first comes first.
                let finished = n == 7 || n == 8 ? utc(2026, 10, 2, 0, 0) : at.addingTimeInterval(Double(random.int(60_000..<900_000)) / 1000)
                try store.save(TrainingResult(caseNumber: number, staff: staff, scenario: random.pick(["leak", "lift", "noise"]),
                                              exam: random.chance(0.3), finishedAt: finished, total: random.int(20..<100),
                                              failed: random.chance(0.2), moodStart: random.pick([.calm, .upset, .angry, .furious]),
                                              moodEnd: random.pick([.calm, .upset, .angry, .furious]),
                                              scorecard: Data(#"{"items":[\#(n)]}"#.utf8)))
            }
        }
        let all = try pair.agree("everyone's") { try $0.trainingResults(staff: nil) }
        #expect(all.count == 30)
        for staff in ["chan.mw", "lee.ch", "ho.sy", "nobody"] {
            try pair.agree(staff) { try $0.trainingResults(staff: staff) }
        }
    }

    @Test func calibrationCards() throws {
        guard let pair = try EnginePair() else { return }
        let results: [ScoreResult] = [.met, .partly, .missed, .notApplicable]
        var numbers: [CaseNumber] = []
        try pair.fill { store in
            var random = SplitMix(seed: 3)
            // Around the end of November in Hong Kong: some calls in November, some in December.
            numbers = try (0..<12).map { n in
                try Self.take(store, at: utc(2026, 11, 30, 12, 0).addingTimeInterval(Double(n) * 1200), building: "A座", unit: "2樓B室",
                              contact: nil).caseNumber
            }
            for (n, number) in numbers.enumerated() {
                for reviewer in ["lam.kf", "cheung.wl", "Au.yk"] where random.chance(0.7) {
                    // Marks in no particular order of items: kept in the order given.
                    let items = ScoreItem.allCases.shuffled(using: &random).prefix(random.int(1..<6))
                    let card = CalibrationCard(caseNumber: number, reviewer: reviewer, at: utc(2026, 12, 2, 2, n), marks: items.map {
                        CalibrationCard.Mark(item: $0, result: random.pick(results), reason: random.chance(0.3) ? "沒有道歉" : nil)
                    })
                    try store.saveCalibration(card)
                }
            }
            // Supervisors scoring again: the earlier card's time comes back, and only the new card stays.
            for number in numbers.prefix(4) {
                try store.saveCalibration(CalibrationCard(caseNumber: number, reviewer: "lam.kf", at: utc(2026, 12, 3, 2, 0), marks: [
                    CalibrationCard.Mark(item: .g2, result: .met), CalibrationCard.Mark(item: .g1, result: .partly, reason: "語氣急"),
                ]))
            }
        }
        let all = try pair.agree("every card") { try $0.calibrationCards(from: nil, to: nil) }
        #expect(all.count > 15)
        let december = hongKong.moment(LocalDate(year: 2026, month: 12, day: 1), ClockTime(hour: 0, minute: 0))
        let november = hongKong.moment(LocalDate(year: 2026, month: 11, day: 1), ClockTime(hour: 0, minute: 0))
        try pair.agree("November's") { try $0.calibrationCards(from: november, to: december) }
        try pair.agree("from December") { try $0.calibrationCards(from: december, to: nil) }
        try pair.agree("before December") { try $0.calibrationCards(from: nil, to: december) }
        for number in numbers {
            for reviewer in ["lam.kf", "cheung.wl", "Au.yk", "nobody"] {
                try pair.agree("\(number) \(reviewer)") { try $0.calibrationScored(number, reviewer: reviewer) }
            }
        }
        let again = CalibrationCard(caseNumber: numbers[0], reviewer: "lam.kf", at: utc(2026, 12, 4, 2, 0), marks: [])
        try pair.agree("scoring again returns the earlier card's time") { try $0.saveCalibration(again) }
        let missing = CaseNumber(day: LocalDate(year: 2026, month: 12, day: 1), sequence: 99)
        for store in pair.stores {
            #expect(throws: StoreError.unknownCase(missing.description)) {
                try store.saveCalibration(CalibrationCard(caseNumber: missing, reviewer: "lam.kf", at: utc(2026, 12, 2, 2, 0), marks: []))
            }
        }
    }
}

extension SplitMix: RandomNumberGenerator {}
