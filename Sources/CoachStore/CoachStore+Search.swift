import CivilTime
import ComplaintDomain
import Foundation
import GRDB
import TextSafety

/// One case found by a search, with the lines that matched.
public struct SearchHit: Sendable, Equatable {
    public var file: CaseFile
    public var lines: [String]

    package init(file: CaseFile, lines: [String]) {
        self.file = file
        self.lines = lines
    }
}

/// What to search and where.
public struct SearchQuery: Sendable {
    public var text: String
    public var building: String?
    public var from: Date?
    public var to: Date?
    public var stage: Stage?
    public var includeTraining: Bool
    public var limit: Int

    public init(text: String, building: String? = nil, from: Date? = nil, to: Date? = nil, stage: Stage? = nil,
                includeTraining: Bool = false, limit: Int = 20) {
        self.text = text
        self.building = building
        self.from = from
        self.to = to
        self.stage = stage
        self.includeTraining = includeTraining
        self.limit = limit
    }
}

extension CoachStore {
    /// What staff and callers typed or said (`CaseEvent.spokenOrTyped`) is searchable when it has
    /// two characters or one Chinese one; prompts, cues, decisions and commands are not.
    package static func isSearchable(_ words: String) -> Bool {
        let text = words.trimmingCharacters(in: .whitespaces)
        return text.count >= 2 || text.contains(where: SearchGrams.isCJK)
    }

    static func index(_ text: String, caseID: Int64, _ db: Database) throws {
        let clean = SafeText.line(text)
        try db.cachedStatement(literal: "INSERT INTO search_docs (case_id, text) VALUES (\(caseID), \(clean))").execute()
        let id = db.lastInsertedRowID
        // The trigram tokenizer folds case but not width: index the folded text, as queries are.
        try db.cachedStatement(literal: "INSERT INTO search_trigram (rowid, text) VALUES (\(id), \(TermMatch.fold(clean)))").execute()
        try db.cachedStatement(literal: "INSERT INTO search_grams (rowid, grams) VALUES (\(id), \(SearchGrams.words(clean)))").execute()
    }

    /// Cases whose records or transcripts contain the text, newest first. Three characters or
    /// more go to the trigram index; one or two (漏水, 電梯, B座) to the index of characters and
    /// pairs; either way the text must appear as typed (ignoring case and width).
    public func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        // Controls (a NUL among them) can be in no indexed line: they are not searched for.
        let folded = TermMatch.fold(SafeText.line(query.text))
        guard let match = SearchMatch(folded) else { return [] }
        return try read { db in
            var filters: [SQL] = ["c.stage <> \(Stage.draft)"]
            if !query.includeTraining { filters.append("c.is_training = 0") }
            if let building = query.building { filters.append("c.building = \(building)") }
            if let from = query.from { filters.append("c.received_at >= \(Timestamp.storage(from))") }
            if let to = query.to { filters.append("c.received_at < \(Timestamp.storage(to))") }
            if let stage = query.stage { filters.append("c.stage = \(stage)") }
            // The most recently written matching lines, straight from the index (rowids grow
            // with time), widened until enough cases pass the filters or the index has no more;
            // those cases are then shown newest received first.
            var window = max(200, query.limit * 20)
            while true {
                let rows = try SQLRequest<Row>("""
                    WITH hits AS (
                      SELECT rowid AS id FROM \(match.index) WHERE \(match.index) MATCH \(match.pattern) ORDER BY rowid DESC LIMIT \(window)
                    )
                    SELECT c.*, group_concat(d.text, char(10)) AS hits FROM hits
                    JOIN search_docs d ON d.id = hits.id
                    JOIN cases c ON c.id = d.case_id
                    WHERE \(filters.joined(operator: .and))
                    GROUP BY c.id ORDER BY c.received_at DESC, c.id DESC LIMIT \(query.limit)
                    """).fetchAll(db)
                let hits = rows.compactMap { row -> SearchHit? in
                    guard let file = Self.caseFile(row) else { return nil }
                    let text: String = row["hits"] ?? ""
                    // The index finds candidates; keep only lines where the text really appears.
                    let lines = text.split(separator: "\n").map(String.init).filter { TermMatch.fold($0).contains(folded) }
                    return lines.isEmpty ? nil : SearchHit(file: file, lines: Array(lines.prefix(3)))
                }
                let available = try SQLRequest<Int>("""
                    SELECT count(*) FROM (SELECT rowid FROM \(match.index) WHERE \(match.index) MATCH \(match.pattern) LIMIT \(window + 1))
                    """).fetchOne(db) ?? 0
                if hits.count >= query.limit || available <= window { return hits }
                window *= 8
            }
        }
    }
}

/// Which full-text index a folded query goes to, and the FTS5 pattern to match there, made by
/// GRDB's `FTS5Pattern` (see `phrase` for the one case it is only checked by it), so nothing typed
/// is ever read as FTS5 syntax: `-minus`, `lift*`, `OR`, quotes and `NEAR(…)` are text.
struct SearchMatch {
    /// `search_trigram` (three characters or more) or `search_grams` (one or two).
    var index: Table<Row>
    var pattern: FTS5Pattern

    static let trigram = Table<Row>("search_trigram")
    static let grams = Table<Row>("search_grams")

    /// Nil when the query has nothing to look for (empty, or punctuation only).
    init?(_ folded: String) {
        let words = SearchGrams.words(folded)
        guard !words.isEmpty else { return nil }
        if folded.count >= 3 {
            // The trigram index matches the folded text as one phrase, a substring of a line.
            guard let pattern = Self.phrase(folded) else { return nil }
            (index, self.pattern) = (Self.trigram, pattern)
        } else if folded.allSatisfy(SearchGrams.isCJK) {
            // A one- or two-character Chinese query is its own word in the grams index.
            guard let pattern = FTS5Pattern(matchingPhrase: folded) else { return nil }
            (index, self.pattern) = (Self.grams, pattern)
        } else {
            // Otherwise every word of it (B座: `b` and `座`); the lines are then checked for the text itself.
            guard let pattern = FTS5Pattern(matchingAllTokensIn: words) else { return nil }
            (index, self.pattern) = (Self.grams, pattern)
        }
    }

    /// The folded text as one FTS5 phrase. GRDB's `FTS5Pattern(matchingPhrase:)` splits its input
    /// with the `ascii` tokenizer, which drops ASCII punctuation (`12/f` would become `12 f`, a
    /// different substring for the trigram index): it is taken when it keeps the text whole, and
    /// otherwise the text is given to FTS5 as one string, its quotes doubled, and GRDB checks it.
    static func phrase(_ folded: String) -> FTS5Pattern? {
        let string = "\"" + folded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        if let pattern = FTS5Pattern(matchingPhrase: folded), pattern.rawPattern == string { return pattern }
        return try? FTS5Pattern(rawPattern: string)
    }
}
