import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// The month's figures on PostgreSQL equal SQLite's for the same cases: every count, grouping,
/// timing, reply hours to the last bit, satisfaction, follow-ups, repeat units in order and the
/// review scorecards, month by month in Hong Kong time, for the office and for one building,
/// for periods over and not yet over.
@Suite("Month figures on both engines")
struct FiguresParityTests {
    static func hk(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        utc(year, month, day, hour, minute).addingTimeInterval(-8 * 3600)
    }

    static let buildings = ["A座", "B座", "C座", "海濱1座"]
    static let categories = ["water", "lift", "cleaning", "security", "noise", "fees"]
    static let departments = ["engineering", "cleaning", "security", "accounts"]

    /// About 400 cases from September to mid-December 2026, times to the millisecond, some on
    /// a month's first and last half hour in Hong Kong (the day before, or the same, in UTC).
    static var cases: [ImportedCase] {
        var random = SplitMix(seed: 2026)
        var sequence: [LocalDate: Int] = [:]
        var cases: [ImportedCase] = []
        let start = hk(2026, 9, 1), end = hk(2026, 12, 15)
        var moments = (0..<400).map { start.addingTimeInterval(end.timeIntervalSince(start) * Double($0) / 400 + Double(random.int(0..<3_600_000)) / 1000) }
        for month in [9, 10, 11, 12] {
            moments.append(hk(2026, month, 1, 0, 30).addingTimeInterval(0.123))
            moments.append(hk(2026, month, 1).addingTimeInterval(-1800.457))
        }
        for received in moments.sorted() {
            let day = hongKong.localDate(of: received)
            sequence[day, default: 0] += 1
            let suggestion = random.chance(0.08)
            let stage: Stage = random.chance(0.04) ? .draft : random.chance(0.03) ? .voided
                : random.pick([.received, .inHandling, .handled, .replied, .followedUp, .archived])
            let record = ComplaintRecord(
                caseNumber: CaseNumber(day: day, sequence: sequence[day]!), receivedAt: received, receivedBy: random.pick(["chan.mw", "lee.ch"]),
                channel: random.pick(Channel.allCases), kind: suggestion ? .suggestion : .complaint,
                nature: suggestion || random.chance(0.05) ? nil : random.chance(0.1) ? .urgent : .ordinary,
                category: random.chance(0.05) ? nil : random.pick(categories), building: random.chance(0.04) ? nil : random.pick(buildings),
                unit: random.chance(0.04) ? nil : "\(random.int(1..<6))樓\(random.pick(["A", "B"]))室",
                person: Person(name: "陳大文", standing: .owner, contact: "9123 45\(random.int(10..<20))"), account: "廚房天花漏水",
                stage: stage, isTraining: random.chance(0.07))
            var life = CaseLife()
            if !suggestion, random.chance(0.9) {
                life.deadline = received.addingTimeInterval(Double(random.int(3600..<4 * 86_400)) + 0.999)
            }
            life.departments = random.chance(0.2) ? [] : [random.pick(departments)] + (random.chance(0.2) ? [random.pick(departments)] : [])
            if random.chance(0.75) {
                life.handledAt = received.addingTimeInterval(Double(random.int(600_000..<5 * 86_400_000)) / 1000)
                if random.chance(0.05), let deadline = life.deadline { life.handledAt = deadline }
            }
            if random.chance(0.7) { life.repliedAt = received.addingTimeInterval(Double(random.int(60_000..<3 * 86_400_000)) / 1000) }
            if let replied = life.repliedAt, random.chance(0.6) {
                life.followedUpAt = replied.addingTimeInterval(86_400.5)
                life.satisfaction = random.chance(0.8) ? random.int(1..<6) : nil
            }
            let events = [
                TranscriptEvent(at: received, staff: record.receivedBy, step: "listen", .prompt(question: "listen", text: "2/7 記錄")),
                TranscriptEvent(at: received.addingTimeInterval(30), staff: record.receivedBy, step: "listen",
                                .typed(question: "listen", text: record.account)),
            ]
            cases.append(ImportedCase(record: record, life: life, events: events))
        }
        return cases
    }

    /// A review scorecard as the engine writes it: JSON the store keeps without reading.
    static func scorecard(_ number: CaseNumber, total: Int) -> Data {
        Data(#"{"case":"\#(number)","total":\#(total)}"#.utf8)
    }

    static func pair(sourceLocation: SourceLocation = #_sourceLocation) throws -> EnginePair? {
        guard let pair = try EnginePair(sourceLocation: sourceLocation) else { return nil }
        let cases = Self.cases
        try pair.fill { store in
            try store.importCases(cases)
            // Reviews of every fifth case, one of them reviewed twice (the latest card stays).
            for (index, item) in cases.enumerated() where index % 5 == 0 && item.record.stage != .draft && item.record.stage != .voided {
                let number = item.record.caseNumber
                try store.saveReviewScore(number, staff: "cheung.wl", total: 40 + index % 60, scorecard: Self.scorecard(number, total: index),
                                          at: item.record.receivedAt.addingTimeInterval(86_400))
                if index % 25 == 0 {
                    try store.saveReviewScore(number, staff: "lam.kf", total: 99, scorecard: Self.scorecard(number, total: 99),
                                              at: item.record.receivedAt.addingTimeInterval(2 * 86_400))
                }
            }
        }
        return pair
    }

    static let months = (8...12).map { (label: "2026-\($0)", from: hk(2026, $0, 1), to: $0 == 12 ? hk(2027, 1, 1) : hk(2026, $0 + 1, 1)) }

    @Test func everyMonthAndBuildingAgrees() throws {
        guard let pair = try Self.pair() else { return }
        var complaints = 0
        for month in Self.months {
            for building in [nil, "A座", "海濱1座", "無此座"] {
                // Long after, and on 10 December, when December is not over.
                for now in [Self.hk(2027, 2, 1), Self.hk(2026, 12, 10, 15, 30)] {
                    let label = "\(month.label) \(building ?? "all buildings") at \(now)"
                    let (figures, cards) = try pair.agree(label) { try Figures($0.figures(from: month.from, to: month.to, building: building, now: now)) }.tuple
                    complaints += figures.complaints
                    if building == nil, now == Self.hk(2027, 2, 1), ["2026-9", "2026-10", "2026-11"].contains(month.label) {
                        #expect(figures.complaints > 50 && figures.replied > 20 && !figures.repeatUnits.isEmpty && !cards.isEmpty, "\(label)")
                        #expect(figures.medianReplyHours != nil && figures.onTime > 0 && figures.late > 0, "\(label)")
                    }
                    try pair.agree("on-time rate, \(label)") { try $0.onTimeRate(from: month.from, to: month.to, building: building, now: now) }
                }
            }
        }
        #expect(complaints > 300)
    }

    /// A period that is not a month (`coach report --from --to`), and one with nothing in it.
    @Test func otherPeriodsAgree() throws {
        guard let pair = try Self.pair() else { return }
        for (from, to) in [(Self.hk(2026, 10, 15), Self.hk(2026, 11, 16)), (Self.hk(2026, 9, 1, 0, 30), Self.hk(2026, 9, 1, 0, 31)),
                           (Self.hk(2025, 1, 1), Self.hk(2025, 2, 1))] {
            try pair.agree("[\(from), \(to))") { try Figures($0.figures(from: from, to: to, building: nil, now: Self.hk(2027, 1, 1))) }
            try pair.agree("on-time rate [\(from), \(to))") { try $0.onTimeRate(from: from, to: to, building: nil, now: Self.hk(2027, 1, 1)) }
        }
    }
}

/// `figures`' answer, comparable: the figures and the scorecards in the order given.
struct Figures: Equatable {
    var figures: PeriodFigures
    var cards: [String]

    init(_ answer: (PeriodFigures, reviewCards: [Data])) {
        figures = answer.0
        cards = answer.reviewCards.map { String(decoding: $0, as: UTF8.self) }
    }

    var tuple: (PeriodFigures, [String]) { (figures, cards) }
}
