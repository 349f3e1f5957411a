import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// Finding past cases by what was typed and said, in Traditional and Simplified Chinese and
/// English, at any length: one or two characters through the index of characters and pairs,
/// three or more through the trigram index.
@Suite("Search")
struct SearchTests {
    /// An instant given as Hong Kong wall-clock time.
    private static func hk(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        utc(year, month, day, hour, minute).addingTimeInterval(-8 * 3600)
    }

    private static func event(_ kind: TranscriptEvent.Kind, _ text: String, at: Date) -> TranscriptEvent {
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

    private static func item(_ number: String, day: Int, building: String?, stage: Stage = .received, training: Bool = false,
                             _ lines: [(TranscriptEvent.Kind, String)]) -> ImportedCase {
        let received = hk(2026, 3, day, 10, 0)
        let record = ComplaintRecord(caseNumber: CaseNumber(number)!, receivedAt: received, receivedBy: "chan.mw",
                                     nature: .ordinary, category: "water", building: building, unit: "12樓B室",
                                     stage: stage, isTraining: training)
        let events = [event(.prompt, "2/7 記錄", at: received)]
            + lines.enumerated().map { event($1.0, $1.1, at: received.addingTimeInterval(Double($0 + 1) * 20)) }
        return ImportedCase(record: record, life: CaseLife(deadline: hk(2026, 3, day, 23, 59)), events: events)
    }

    /// Imported oldest first, as they would have been taken.
    private static let cases: [ImportedCase] = [
        item("260302-001", day: 2, building: "A座", [(.input, "廚房天花漏水"), (.decision, "category: water 漏水")]),
        item("260303-001", day: 3, building: "B座", stage: .archived, [(.input, "B座電梯困人"), (.speech, "陳生，我明白，我哋即刻派人")]),
        item("260304-001", day: 4, building: "A座", stage: .inHandling, [(.note, "樓上爆水管")]),
        item("260305-001", day: 5, building: "C座", [(.input, "厨房天花漏水"), (.note, "电梯坏了")]),
        item("260306-001", day: 6, building: "B座", stage: .replied, [(.input, "The lift in Block B is noisy")]),
        item("260307-001", day: 7, building: "A座", [(.input, "ＬＩＦＴ壞咗，要行樓梯")]),
        // 漏水 only where nothing searchable is: a prompt, a cue, a decision, commands as typed.
        item("260308-001", day: 8, building: "A座", [(.prompt, "3/7 漏水位置"), (.cue, "漏水：問清楚位置"),
                                                     (.decision, "category: 漏水及水務"), (.input, ":note 漏水"),
                                                     (.input, "：note 漏水"), (.system, "漏水")]),
        // A training call: the simulated caller's words.
        item("260309-001", day: 9, building: "A座", training: true, [(.caller, "我屋企天花漏水呀")]),
        item("260310-001", day: 10, building: "B座", [(.input, "Lift B stopped at 12/F again")]),
        // An unfinished intake.
        item("260311-001", day: 11, building: "A座", stage: .draft, [(.input, "漏水")]),
    ]

    private static func store() throws -> CoachStore {
        let store = try memoryStore()
        try store.importCases(cases)
        return store
    }

    private static func numbers(_ hits: [SearchHit]) -> [String] {
        hits.map(\.file.record.caseNumber.description)
    }

    private static func find(_ store: CoachStore, _ text: String, building: String? = nil, from: Date? = nil, to: Date? = nil,
                             stage: Stage? = nil, training: Bool = false, limit: Int = 20) throws -> [String] {
        numbers(try store.search(SearchQuery(text: text, building: building, from: from, to: to, stage: stage,
                                             includeTraining: training, limit: limit)))
    }

    private static func searchable(_ event: TranscriptEvent) -> Bool {
        event.event.spokenOrTyped.map(CoachStore.isSearchable) ?? false
    }

    @Test func whatIsIndexed() {
        let at = Self.hk(2026, 3, 2, 10, 0)
        for kind: TranscriptEvent.Kind in [.input, .note, .speech, .caller] {
            #expect(Self.searchable(Self.event(kind, "廚房天花漏水", at: at)), "\(kind)")
        }
        for kind: TranscriptEvent.Kind in [.prompt, .cue, .decision, .transition, .system] {
            #expect(!Self.searchable(Self.event(kind, "廚房天花漏水", at: at)), "\(kind)")
        }
        // Commands are not what anyone said, with either colon.
        #expect(!Self.searchable(Self.event(.input, ":note 漏水", at: at)))
        #expect(!Self.searchable(Self.event(.input, "：note 漏水", at: at)))
        #expect(!Self.searchable(Self.event(.input, "  :done", at: at)))
        // A single Chinese character says something; a single letter (y, n, c) is an answer to a choice.
        #expect(Self.searchable(Self.event(.input, "漏", at: at)))
        #expect(!Self.searchable(Self.event(.input, "y", at: at)))
        #expect(!Self.searchable(Self.event(.input, "", at: at)))
        #expect(Self.searchable(Self.event(.input, "ok", at: at)))
    }

    @Test func oneCharacter() throws {
        let store = try Self.store()
        #expect(try Self.find(store, "漏") == ["260305-001", "260302-001"])
        #expect(try Self.find(store, "漏", training: true) == ["260309-001", "260305-001", "260302-001"])
        #expect(try Self.find(store, "电") == ["260305-001"])
        #expect(try Self.find(store, "電") == ["260303-001"])
        #expect(try Self.find(store, "爆") == ["260304-001"])
        // A letter standing alone: B座, Block B, Lift B.
        #expect(try Self.find(store, "B") == ["260310-001", "260306-001", "260303-001"])
        #expect(try Self.find(store, "b") == ["260310-001", "260306-001", "260303-001"])
        #expect(try Self.find(store, "Ｂ") == ["260310-001", "260306-001", "260303-001"], "full-width B")

        let hits = try store.search(SearchQuery(text: "电"))
        #expect(hits.first?.lines == ["电梯坏了"])
    }

    @Test func twoCharacters() throws {
        let store = try Self.store()
        let leak = try store.search(SearchQuery(text: "漏水"))
        #expect(Self.numbers(leak) == ["260305-001", "260302-001"], "not the prompt, cue, decision or commands of 260308-001")
        #expect(leak.map(\.lines) == [["厨房天花漏水"], ["廚房天花漏水"]])
        #expect(leak.first?.file.record.building == "C座")
        #expect(try Self.find(store, "漏水", training: true) == ["260309-001", "260305-001", "260302-001"])

        // Traditional and Simplified are different characters.
        let lift = try store.search(SearchQuery(text: "電梯"))
        #expect(Self.numbers(lift) == ["260303-001"])
        #expect(lift.first?.lines == ["B座電梯困人"])
        let simplified = try store.search(SearchQuery(text: "电梯"))
        #expect(Self.numbers(simplified) == ["260305-001"])
        #expect(simplified.first?.lines == ["电梯坏了"])

        #expect(try Self.find(store, "水管") == ["260304-001"])
        #expect(try Self.find(store, "困人") == ["260303-001"])
        #expect(try Self.find(store, "B座") == ["260303-001"])
        #expect(try Self.find(store, "b座") == ["260303-001"])
        // Both characters, but not side by side: not found.
        #expect(try Self.find(store, "廚水").isEmpty)
        #expect(try Self.find(store, "漏花").isEmpty)
    }

    @Test func threeCharactersOrMore() throws {
        let store = try Self.store()
        let pipe = try store.search(SearchQuery(text: "爆水管"))
        #expect(Self.numbers(pipe) == ["260304-001"])
        #expect(pipe.first?.lines == ["樓上爆水管"])

        let ceiling = try store.search(SearchQuery(text: "天花漏水"))
        #expect(Self.numbers(ceiling) == ["260305-001", "260302-001"])
        #expect(ceiling.map(\.lines) == [["厨房天花漏水"], ["廚房天花漏水"]])
        #expect(try Self.find(store, "天花漏水", training: true) == ["260309-001", "260305-001", "260302-001"])
        #expect(try Self.find(store, "廚房天花漏水") == ["260302-001"])
        #expect(try Self.find(store, "厨房天花漏水") == ["260305-001"])
        #expect(try Self.find(store, "电梯坏了") == ["260305-001"])
        #expect(try Self.find(store, "B座電梯") == ["260303-001"])

        let liftB = try store.search(SearchQuery(text: "lift b"))
        #expect(Self.numbers(liftB) == ["260310-001"])
        #expect(liftB.first?.lines == ["Lift B stopped at 12/F again"])
        #expect(try Self.find(store, "LIFT   B") == ["260310-001"], "runs of spaces count as one")
        let block = try store.search(SearchQuery(text: "Block"))
        #expect(Self.numbers(block) == ["260306-001"])
        #expect(block.first?.lines == ["The lift in Block B is noisy"])
        #expect(try Self.find(store, "bLoCk") == ["260306-001"])
    }

    /// The README: "ignoring case and full/half width" — whichever way either side was typed.
    @Test func caseAndWidthAreIgnored() throws {
        let store = try Self.store()
        let everyLift = ["260310-001", "260307-001", "260306-001"]
        for query in ["lift", "LIFT", "ＬＩＦＴ", "Lift"] {
            let found = try Self.find(store, query)
            #expect(found == everyLift, "\(query): the full-width ＬＩＦＴ of 260307-001 too")
        }
        let fullWidth = try store.search(SearchQuery(text: "ｌｉｆｔ"))
        #expect(fullWidth.first { $0.file.record.caseNumber.description == "260307-001" }?.lines == ["ＬＩＦＴ壞咗，要行樓梯"])
        // The half-width lines are found by a full-width query.
        #expect(try Self.find(store, "ＢＬＯＣＫ") == ["260306-001"])
    }

    @Test func filters() throws {
        let store = try Self.store()
        #expect(try Self.find(store, "漏水", building: "A座") == ["260302-001"])
        #expect(try Self.find(store, "漏水", building: "C座") == ["260305-001"])
        #expect(try Self.find(store, "漏水", building: "B座").isEmpty)
        #expect(try Self.find(store, "漏水", building: "A座", training: true) == ["260309-001", "260302-001"])

        // From a day's first moment in Hong Kong; to before the given moment.
        let fifth = Self.hk(2026, 3, 5, 0, 0)
        #expect(try Self.find(store, "天花漏水", from: fifth) == ["260305-001"])
        #expect(try Self.find(store, "天花漏水", to: fifth) == ["260302-001"])
        #expect(try Self.find(store, "天花漏水", from: Self.hk(2026, 3, 2, 10, 0), to: Self.hk(2026, 3, 5, 10, 0)) == ["260302-001"],
                "received at from is in, at to is out")
        #expect(try Self.find(store, "B", from: Self.hk(2026, 3, 4, 0, 0), to: Self.hk(2026, 3, 7, 0, 0)) == ["260306-001"])

        #expect(try Self.find(store, "電梯", stage: .archived) == ["260303-001"])
        #expect(try Self.find(store, "電梯", stage: .received).isEmpty)
        #expect(try Self.find(store, "B", stage: .received) == ["260310-001"])
        #expect(try Self.find(store, "漏水", stage: .draft).isEmpty, "unfinished intakes are never searched")

        #expect(try Self.find(store, "漏水", limit: 1) == ["260305-001"])
        #expect(try Self.find(store, "B", limit: 2) == ["260310-001", "260306-001"])
        #expect(try Self.find(store, "B", building: "B座", stage: .replied) == ["260306-001"])
    }

    @Test func nothingFoundAndOddQueries() throws {
        let store = try Self.store()
        #expect(try Self.find(store, "冷氣").isEmpty)
        #expect(try Self.find(store, "冷").isEmpty)
        #expect(try Self.find(store, "escalator").isEmpty)
        #expect(try Self.find(store, "x").isEmpty)
        #expect(try Self.find(store, "").isEmpty)
        #expect(try Self.find(store, "   ").isEmpty)
        // Text only in prompts, cues, decisions and commands.
        #expect(try Self.find(store, "位置").isEmpty)
        #expect(try Self.find(store, "note").isEmpty)
        #expect(try Self.find(store, "category").isEmpty)
        // Double quotes and FTS5 syntax are text, never a crash or an error.
        for query in ["\"", "\"\"", "漏\"水", "\"漏水\"", "lift\"", "\"lift b", "a\"", "漏水 OR 電梯", "lift*", "NEAR(lift b)", "-", "()", "^漏"] {
            #expect(throws: Never.self, "\(query)") { _ = try store.search(SearchQuery(text: query)) }
        }
        #expect(try Self.find(store, "lift\"").isEmpty)
    }

    /// Controls (a NUL among them) can be in no indexed line: a query is searched without them,
    /// and each line shown contains what is left.
    @Test func controlsAreLeftOutOfTheQuery() throws {
        let store = try Self.store()
        let leak = try Self.find(store, "漏水")
        #expect(!leak.isEmpty)
        for query in ["漏水\u{0}", "\u{0}漏水", "漏\u{0}\u{0}水", "漏水\u{7F}", "\u{14}漏\u{1}水\u{0}"] {
            let hits = try store.search(SearchQuery(text: query))
            #expect(Self.numbers(hits) == leak, "\(query.debugDescription)")
            #expect(hits.allSatisfy { $0.lines.allSatisfy { $0.contains("漏水") } }, "\(query.debugDescription)")
        }
        #expect(try Self.find(store, "li\u{0}ft b") == Self.find(store, "lift b"))
        #expect(try Self.find(store, "\u{0}\u{0}\u{0}").isEmpty)
    }

    /// Punctuation alone is nothing to look for: no hits, no error, whichever index it would go to.
    @Test(arguments: ["-", "--", "---", "()", "\"\"", "***", "：", "，。", "- / -", "^", "\"*\"", "....."])
    func punctuationOnlyFindsNothing(query: String) throws {
        let store = try Self.store()
        #expect(SearchMatch(TermMatch.fold(query)) == nil)
        #expect(try Self.find(store, query).isEmpty)
    }

    /// FTS5 syntax typed as text is text: a leading minus, a star, quotes, a caret, NEAR, OR.
    @Test func ftsSyntaxIsSearchedAsText() throws {
        let store = try memoryStore()
        try store.importCases([
            Self.item("260302-001", day: 2, building: "A座", [(.input, "按錯咗 -minus 掣")]),
            Self.item("260303-001", day: 3, building: "A座", [(.input, "minus 掣冇反應")]),
            Self.item("260304-001", day: 4, building: "B座", [(.input, "Lift B stopped at 12/F again")]),
            Self.item("260305-001", day: 5, building: "B座", [(.input, "lift-b 又壞")]),
            Self.item("260306-001", day: 6, building: "C座", [(.input, "門牌寫住 lift* 同 \"NEAR(a b)\" 同 漏水 OR 電梯")]),
        ])
        #expect(try Self.find(store, "-minus") == ["260302-001"], "the minus is part of the text, not FTS5's NOT")
        #expect(try Self.find(store, "minus") == ["260303-001", "260302-001"])
        #expect(try Self.find(store, "12/F") == ["260304-001"])
        #expect(try Self.find(store, "12/f again") == ["260304-001"])
        #expect(try Self.find(store, "12 f").isEmpty, "the slash is part of what was typed")
        #expect(try Self.find(store, "lift-b") == ["260305-001"])
        #expect(try Self.find(store, "lift b") == ["260304-001"])
        #expect(try Self.find(store, "lift*") == ["260306-001"])
        #expect(try Self.find(store, "\"NEAR(a b)\"") == ["260306-001"])
        #expect(try Self.find(store, "漏水 OR 電梯") == ["260306-001"])
        #expect(try Self.find(store, "漏水 or 電梯") == ["260306-001"], "OR is a word, in either case")
        #expect(try Self.find(store, "-漏水").isEmpty)
        #expect(try Self.find(store, "^漏").isEmpty)
    }

    /// The patterns come from GRDB's `FTS5Pattern`: a phrase for the trigram index, the word or
    /// words for the index of characters and pairs.
    @Test func patternsAreGRDBs() throws {
        let phrase = try #require(SearchMatch("天花漏水"))
        #expect(phrase.index.tableName == "search_trigram")
        #expect(phrase.pattern.rawPattern == FTS5Pattern(matchingPhrase: "天花漏水")?.rawPattern)
        #expect(SearchMatch("lift b")?.pattern.rawPattern == FTS5Pattern(matchingPhrase: "lift b")?.rawPattern)
        #expect(SearchMatch("漏水 or 電梯")?.pattern.rawPattern == FTS5Pattern(matchingPhrase: "漏水 or 電梯")?.rawPattern)

        let pair = try #require(SearchMatch("漏水"))
        #expect(pair.index.tableName == "search_grams")
        #expect(pair.pattern.rawPattern == FTS5Pattern(matchingPhrase: "漏水")?.rawPattern)
        #expect(SearchMatch("漏")?.pattern.rawPattern == FTS5Pattern(matchingPhrase: "漏")?.rawPattern)
        let mixed = try #require(SearchMatch("b座"))
        #expect(mixed.index.tableName == "search_grams")
        #expect(mixed.pattern.rawPattern == FTS5Pattern(matchingAllTokensIn: "b 座")?.rawPattern)

        // ASCII punctuation, which GRDB's phrase would drop, stays in the trigram phrase.
        #expect(SearchMatch("-minus")?.index.tableName == "search_trigram")
        #expect(SearchMatch("-minus")?.pattern.rawPattern == #""-minus""#)
        #expect(SearchMatch("lift\"")?.pattern.rawPattern == #""lift""""#)
    }

    /// A case with many matching lines shows three of them, each one that matches.
    @Test func atMostThreeLinesACase() throws {
        let store = try memoryStore()
        try store.importCases([
            Self.item("260302-001", day: 2, building: "A座", [(.input, "廚房漏水"), (.input, "浴室漏水"), (.note, "露台漏水"),
                                                            (.speech, "我哋會跟進漏水"), (.input, "電梯壞咗"), (.caller, "天花漏水")]),
        ])
        let hits = try store.search(SearchQuery(text: "漏水"))
        #expect(hits.count == 1)
        let lines = hits.first?.lines ?? []
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains("漏水") })
        #expect(Set(lines).isSubset(of: ["廚房漏水", "浴室漏水", "露台漏水", "我哋會跟進漏水", "天花漏水"]))
    }

    /// "Newest first" is by when the case was received, also when older cases are brought in
    /// (`importCases`, "from another system") after newer ones were taken.
    @Test func newestFirstByReceiptWhenHistoryIsImportedLater() throws {
        let store = try memoryStore()
        try store.importCases([Self.item("260310-001", day: 10, building: "A座", [(.input, "廚房天花漏水")])])
        try store.importCases([
            Self.item("260302-001", day: 2, building: "A座", [(.input, "浴室天花漏水")]),
            Self.item("260305-001", day: 5, building: "A座", [(.input, "露台天花漏水")]),
        ])
        for query in ["漏水", "天花漏水"] {
            let found = try Self.find(store, query)
            #expect(found == ["260310-001", "260305-001", "260302-001"], "\(query)")
        }
    }

    /// More matching lines than the first window of the index (at least 200): the window widens
    /// until the oldest match that passes the filters is found.
    @Test func theWindowWidensForAnOldMatch() throws {
        let store = try memoryStore()
        let start = Self.hk(2026, 1, 1, 10, 0)
        func make(_ index: Int, building: String) -> ImportedCase {
            let received = start.addingTimeInterval(Double(index) * 3600)
            let day = hongKong.localDate(of: received)
            let record = ComplaintRecord(caseNumber: CaseNumber(day: day, sequence: index % 24 + 1), receivedAt: received,
                                         receivedBy: "chan.mw", nature: .ordinary, category: "water", building: building,
                                         unit: "\(index % 30 + 1)樓A室", stage: .received)
            return ImportedCase(record: record, life: CaseLife(),
                                events: [Self.event(.input, "第\(index)宗：浴室天花漏水", at: received)])
        }
        try store.importCases([make(0, building: "C座")] + (1...500).map { make($0, building: "A座") })

        let oldest = try store.search(SearchQuery(text: "漏水", building: "C座"))
        #expect(oldest.count == 1)
        #expect(oldest.first?.file.record.building == "C座")
        #expect(oldest.first?.lines == ["第0宗：浴室天花漏水"])
        #expect(try store.search(SearchQuery(text: "天花漏水", building: "C座")).count == 1, "the trigram index widens too")
        #expect(try store.search(SearchQuery(text: "漏", building: "C座")).count == 1)

        // Without a filter: the newest 20, newest first.
        let newest = try store.search(SearchQuery(text: "漏水"))
        #expect(newest.count == 20)
        #expect(newest.first?.lines == ["第500宗：浴室天花漏水"])
        #expect(newest.last?.lines == ["第481宗：浴室天花漏水"])
        let dates = newest.map(\.file.record.receivedAt)
        #expect(dates == dates.sorted(by: >))

        // More than the window asked for at once.
        #expect(try store.search(SearchQuery(text: "漏水", limit: 450)).count == 450)
        #expect(try store.search(SearchQuery(text: "漏水", limit: 1000)).count == 501)
        #expect(try store.search(SearchQuery(text: "漏水", building: "A座", limit: 1000)).count == 500)
        #expect(try store.search(SearchQuery(text: "漏水", building: "B座")).isEmpty)
    }
}
