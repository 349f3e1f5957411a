import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// `search` on PostgreSQL gives SQLite's answers for the same data: the same cases in the same
/// order, the same lines of each, for queries of one, two, three and more characters in
/// Traditional and Simplified Chinese, English, full-width letters and mixed scripts, with every
/// filter, over cases brought in, taken live (drafts indexed once received, notes added later)
/// and older history imported after newer cases.
@Suite("Search on both engines")
struct SearchParityTests {
    /// An instant given as Hong Kong wall-clock time.
    static func hk(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        utc(year, month, day, hour, minute).addingTimeInterval(-8 * 3600)
    }

    static func event(_ kind: TranscriptEvent.Kind, _ text: String, at: Date) -> TranscriptEvent {
        let event: CaseEvent = switch kind {
        case .input: .typed(question: "account", text: text)
        case .prompt: .prompt(question: "account", text: text)
        case .cue: .cue(guideline: nil, text: text)
        case .note: .note(text)
        case .speech: .saidToCaller(text)
        case .caller: .callerSaid(text)
        case .decision, .transition, .system: .legacy(kind: kind.rawValue, text: text)
        }
        return TranscriptEvent(at: at, staff: "chan.mw", step: "account", event)
    }

    static func item(_ number: String, received: Date, building: String?, stage: Stage = .received, training: Bool = false,
                     _ lines: [(TranscriptEvent.Kind, String)]) -> ImportedCase {
        let record = ComplaintRecord(caseNumber: CaseNumber(number)!, receivedAt: received, receivedBy: "chan.mw",
                                     nature: .ordinary, category: "water", building: building, unit: "12樓B室",
                                     stage: stage, isTraining: training)
        let events = [event(.prompt, "2/7 記錄", at: received)]
            + lines.enumerated().map { event($1.0, $1.1, at: received.addingTimeInterval(Double($0 + 1) * 20)) }
        return ImportedCase(record: record, life: CaseLife(), events: events)
    }

    /// What callers say and staff type, in the three written languages the desk hears.
    static let said = [
        "廚房天花漏水", "厨房天花漏水", "浴室牆身滲水", "樓上爆水管", "B座電梯困人", "电梯坏了", "The lift in Block B is noisy",
        "Lift B stopped at 12/F again", "ＬＩＦＴ壞咗，要行樓梯", "垃圾房好臭", "走廊燈壞咗", "冷氣機噪音", "管理費重複扣數",
        "A座 lift B 又壞", "座B入口", "100% 唔滿意", "a_b 門牌", "back\\slash 寫錯", "水", "漏", "ok", "門口有水漬，漏咗成晚",
        "我哋會跟進漏水", "lift-b 又壞", "按錯咗 -minus 掣", "門牌寫住 lift* 同 \"NEAR(a b)\" 同 漏水 OR 電梯",
        "停車場閘口壞咗", "Water is leaking from the ceiling", "热水炉漏水", "升降機門開唔到",
    ]
    static let buildings: [String?] = ["A座", "B座", "C座", nil]
    static let stages: [Stage] = [.received, .inHandling, .handled, .replied, .followedUp, .archived]

    /// Cases over four months, three to five lines each, with prompts, cues and commands that
    /// are never searched, training calls and drafts among them; imported in two batches, the
    /// older history after the newer cases.
    static var history: [ImportedCase] {
        var random = SplitMix(seed: 14)
        var cases: [ImportedCase] = []
        for n in 0..<160 {
            let received = hk(2026, 8, 1, 9, 0).addingTimeInterval(Double(n) * 65_000 + Double(random.int(0..<600)))
            let day = hongKong.localDate(of: received)
            let lines: [(TranscriptEvent.Kind, String)] = (0..<random.int(3..<6)).map { _ in
                (random.pick([.input, .input, .note, .speech, .caller, .prompt, .cue, .decision]), random.pick(said))
            } + [(.input, ":note \(random.pick(said))")]
            let draft = random.chance(0.05)
            cases.append(item(CaseNumber(day: day, sequence: 1 + n % 3).description, received: received, building: random.pick(buildings),
                              stage: draft ? .draft : random.pick(stages), training: random.chance(0.08), lines))
        }
        // The newer half first, then the older history "from another system".
        return Array(cases[80...]) + Array(cases[..<80])
    }

    /// Intakes taken live on 1 December: typed while a draft (not yet searched), received (its
    /// lines indexed then), a note added afterwards; one left a draft, one voided.
    static func takeLive(_ store: any CaseStore) throws {
        for (index, lines) in [["廚房天花漏水", "成晚滴水"], ["B座電梯困人", "lift B again"], ["垃圾房好臭"], ["漏水又嚟"]].enumerated() {
            let at = hk(2026, 12, 1, 10, 0).addingTimeInterval(Double(index) * 600)
            var record = try store.openCase(receivedAt: at, receivedBy: "chan.mw", calendar: hongKong)
            record.building = buildings[index % 3]
            record.unit = "\(index + 3)樓A室"
            let typed = lines.enumerated().map { event(.input, $1, at: at.addingTimeInterval(Double($0 + 1) * 15)) }
            try store.commit(IntakeTurn(caseNumber: record.caseNumber, events: typed, record: record, draft: .keep(Data("{}".utf8))))
            switch index {
            case 3:
                continue
            case 2:
                record.stage = .voided
                try store.commit(IntakeTurn(caseNumber: record.caseNumber, events: [TranscriptEvent(at: at.addingTimeInterval(60), staff: "chan.mw", .voided(reason: "打錯電話"))],
                                            record: record, draft: .clear))
            default:
                record.stage = .received
                try store.commit(IntakeTurn(caseNumber: record.caseNumber, events: [TranscriptEvent(at: at.addingTimeInterval(60), staff: "chan.mw", .received(CaseLife()))],
                                            record: record, draft: .clear))
                try store.append(TranscriptEvent(at: at.addingTimeInterval(3600), staff: "lee.ch", .note("已通知工程部，漏水位置在廚房")),
                                 to: record.caseNumber)
            }
        }
    }

    static let queries = [
        // One character: Chinese, a letter, a full-width letter, a digit.
        "漏", "水", "电", "電", "爆", "梯", "臭", "B", "b", "Ｂ", "x", "1", "a",
        // Two: pairs side by side or not, Traditional against Simplified, mixed scripts, English.
        "漏水", "電梯", "电梯", "B座", "b座", "水管", "困人", "廚水", "漏花", "ok", "12", "座b", "a_", "%", "lf",
        // Three and more.
        "爆水管", "天花漏水", "廚房天花漏水", "厨房天花漏水", "lift b", "LIFT   B", "Block", "bLoCk", "ＢＬＯＣＫ", "ｌｉｆｔ", "12/F",
        "12/f again", "12 f", "-minus", "minus", "lift*", "lift-b", "\"NEAR(a b)\"", "漏水 OR 電梯", "漏水 or 電梯", "100%", "a_b",
        "back\\slash", "ＬＩＦＴ壞", "lift壞咗", "工程部", "lift B again", "滴水", "水漬，漏", "leaking from", "the",
        // Nothing to find, punctuation, controls, FTS5 syntax typed as text.
        "冷氣機壞", "escalator", "", "   ", "-", "---", "()", "\"", "：", "，。", "漏水\u{0}", "\u{14}漏\u{1}水\u{0}", "li\u{0}ft b",
        "^漏", "-漏水", "lift\"", "位置", "note", "category", "記錄",
    ]

    static func pair(sourceLocation: SourceLocation = #_sourceLocation) throws -> EnginePair? {
        guard let pair = try EnginePair(sourceLocation: sourceLocation) else { return nil }
        let history = Self.history
        try pair.fill { store in
            try store.importCases(Array(history[..<80]))
            try takeLive(store)
            try store.importCases(Array(history[80...]))
        }
        return pair
    }

    @Test func everyQueryFindsTheSameCasesAndLines() throws {
        guard let pair = try Self.pair() else { return }
        var found = 0
        for text in Self.queries {
            for training in [false, true] {
                let hits = try pair.agree("\(text.debugDescription) training \(training)") {
                    try $0.search(SearchQuery(text: text, includeTraining: training, limit: 1000))
                }
                found += hits.count
            }
        }
        #expect(found > 500, "the queries find something to compare")
    }

    @Test func filtersAndLimitsAgree() throws {
        guard let pair = try Self.pair() else { return }
        let months = [(Self.hk(2026, 8, 1, 0, 0), Self.hk(2026, 9, 1, 0, 0)), (Self.hk(2026, 9, 15, 0, 0), Self.hk(2026, 11, 1, 0, 0)),
                      (Self.hk(2026, 12, 1, 0, 0), Self.hk(2027, 1, 1, 0, 0))]
        for text in ["漏", "漏水", "天花漏水", "b", "B座", "lift b", "水", "壞"] {
            for building in Self.buildings {
                try pair.agree("\(text) in \(building ?? "any building")") { try $0.search(SearchQuery(text: text, building: building)) }
            }
            for (from, to) in months {
                try pair.agree("\(text) from \(from)") { try $0.search(SearchQuery(text: text, from: from)) }
                try pair.agree("\(text) to \(to)") { try $0.search(SearchQuery(text: text, to: to)) }
                try pair.agree("\(text) in [\(from), \(to))") { try $0.search(SearchQuery(text: text, from: from, to: to)) }
            }
            for stage in Self.stages + [.draft, .voided] {
                try pair.agree("\(text) at \(stage)") { try $0.search(SearchQuery(text: text, stage: stage, includeTraining: true)) }
            }
            for limit in [1, 2, 3, 7, 20] {
                try pair.agree("\(text) limit \(limit)") { try $0.search(SearchQuery(text: text, limit: limit)) }
            }
            try pair.agree("\(text) in B座, handled, training too, limit 2") {
                try $0.search(SearchQuery(text: text, building: "B座", stage: .handled, includeTraining: true, limit: 2))
            }
        }
    }

    /// A database whose character type is `C`, where pg_trgm finds no trigrams in Chinese: the
    /// index narrows nothing for a Chinese query, and the answers stay SQLite's.
    @Test func aDatabaseWithoutUTF8CharacterTypeFindsTheSame() throws {
        guard let pair = try EnginePair(options: "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'") else { return }
        let history = Self.history
        try pair.fill { try $0.importCases(history) }
        for text in ["漏", "漏水", "天花漏水", "電梯困人", "lift b", "ＬＩＦＴ壞", "B座", "100%"] {
            try pair.agree(text) { try $0.search(SearchQuery(text: text, includeTraining: true, limit: 1000)) }
        }
    }

    /// A case with many matching lines shows the same three on both: the most recently written.
    @Test func theSameThreeLinesOfMany() throws {
        guard let pair = try EnginePair() else { return }
        let lines: [(TranscriptEvent.Kind, String)] = [(.input, "廚房漏水"), (.input, "浴室漏水"), (.note, "露台漏水"),
                                                       (.speech, "我哋會跟進漏水"), (.input, "電梯壞咗"), (.caller, "天花漏水")]
        try pair.fill { try $0.importCases([Self.item("260302-001", received: Self.hk(2026, 3, 2, 10, 0), building: "A座", lines)]) }
        for text in ["漏水", "漏", "天花漏水", "水"] {
            let hits = try pair.agree(text) { try $0.search(SearchQuery(text: text)) }
            #expect(hits.first?.lines.count == min(3, lines.filter { $0.1.contains(text) }.count))
        }
    }

    /// More matching lines than the index's first window: both widen it alike, for the oldest
    /// match of a building and for more cases than the window holds.
    @Test func theWindowWidensAlike() throws {
        guard let pair = try EnginePair() else { return }
        let start = Self.hk(2026, 1, 1, 10, 0)
        func make(_ index: Int, building: String, said: String) -> ImportedCase {
            let received = start.addingTimeInterval(Double(index) * 3600)
            return Self.item(CaseNumber(day: hongKong.localDate(of: received), sequence: index % 24 + 1).description, received: received,
                             building: building, [(.input, "第\(index)宗：\(said)")])
        }
        // Lines with `b` and `座` apart are candidates of `b座` that the text check drops.
        let cases = [make(0, building: "C座", said: "B座浴室天花漏水")]
            + (1...500).map { make($0, building: "A座", said: $0 % 3 == 0 ? "座 b 浴室天花漏水" : "浴室天花漏水") }
        try pair.fill { try $0.importCases(cases) }
        for text in ["漏水", "天花漏水", "漏", "b座", "b"] {
            for building in ["A座", "B座", "C座", nil] {
                for limit in [1, 20, 450, 1000] {
                    try pair.agree("\(text) in \(building ?? "any") limit \(limit)") {
                        try $0.search(SearchQuery(text: text, building: building, limit: limit))
                    }
                }
            }
        }
    }
}

/// SplitMix64: the same seed makes the same data on both engines, run after run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) < p * 1_000_000 }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
}
