import ComplaintDomain
import Foundation
import GRDB

/// One case found by a search, with the lines that matched.
public struct SearchHit: Sendable, Equatable {
    public var file: CaseFile
    public var lines: [String]
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
    static func isSearchable(_ words: String) -> Bool {
        let text = words.trimmingCharacters(in: .whitespaces)
        return text.count >= 2 || text.contains(where: SearchGrams.isCJK)
    }

    static func index(_ text: String, caseID: Int64, _ db: Database) throws {
        let clean = SafeText.line(text)
        try db.cachedStatement(sql: "INSERT INTO search_docs (case_id, text) VALUES (?, ?)").execute(arguments: [caseID, clean])
        let id = db.lastInsertedRowID
        // The trigram tokenizer folds case but not width: index the folded text, as queries are.
        try db.cachedStatement(sql: "INSERT INTO search_trigram (rowid, text) VALUES (?, ?)").execute(arguments: [id, TermMatch.fold(clean)])
        try db.cachedStatement(sql: "INSERT INTO search_grams (rowid, grams) VALUES (?, ?)").execute(arguments: [id, SearchGrams.words(clean)])
    }

    /// Cases whose records or transcripts contain the text, newest first. Three characters or
    /// more go to the trigram index; one or two (漏水, 電梯, B座) to the index of characters and
    /// pairs; either way the text must appear as typed (ignoring case and width).
    public func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        let folded = TermMatch.fold(query.text)
        guard !folded.isEmpty, !SearchGrams.words(folded).isEmpty else { return [] }
        return try read { db in
            let (table, match) = Self.match(folded)
            var clauses: [String] = []
            var filters: [any DatabaseValueConvertible] = []
            if !query.includeTraining { clauses.append("c.is_training = 0") }
            clauses.append("c.stage <> 'draft'")
            if let building = query.building { clauses.append("c.building = ?"); filters.append(building) }
            if let from = query.from { clauses.append("c.received_at >= ?"); filters.append(Timestamp.storage(from)) }
            if let to = query.to { clauses.append("c.received_at < ?"); filters.append(Timestamp.storage(to)) }
            if let stage = query.stage { clauses.append("c.stage = ?"); filters.append(stage.rawValue) }
            // The most recently written matching lines, straight from the index (rowids grow
            // with time), widened until enough cases pass the filters or the index has no more;
            // those cases are then shown newest received first.
            var window = max(200, query.limit * 20)
            while true {
                let sql = """
                    WITH hits AS (SELECT rowid AS id FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT ?)
                    SELECT c.*, group_concat(d.text, char(10)) AS hits FROM hits
                    JOIN search_docs d ON d.id = hits.id
                    JOIN cases c ON c.id = d.case_id
                    WHERE \(clauses.joined(separator: " AND "))
                    GROUP BY c.id ORDER BY c.received_at DESC, c.id DESC LIMIT ?
                    """
                let arguments: [any DatabaseValueConvertible] = [match, window] + filters + [query.limit]
                let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments.map { $0.databaseValue }))
                let hits = rows.compactMap { row -> SearchHit? in
                    guard let file = Self.caseFile(row) else { return nil }
                    let text: String = row["hits"] ?? ""
                    // The grams index finds the characters; keep only lines where the text really appears.
                    let lines = text.split(separator: "\n").map(String.init).filter { TermMatch.fold($0).contains(folded) }
                    return lines.isEmpty ? nil : SearchHit(file: file, lines: Array(lines.prefix(3)))
                }
                let available = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT rowid FROM \(table) WHERE \(table) MATCH ? LIMIT ?)",
                                                 arguments: [match, window + 1]) ?? 0
                if hits.count >= query.limit || available <= window { return hits }
                window *= 8
            }
        }
    }

    /// The FTS table and MATCH expression for a folded query.
    static func match(_ folded: String) -> (String, String) {
        if folded.count >= 3 {
            return ("search_trigram", "\"" + folded.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        }
        let words = SearchGrams.words(folded).split(separator: " ")
        // A one- or two-character Chinese query is its own word in the grams index.
        let wanted = folded.allSatisfy(SearchGrams.isCJK) ? [folded] : words.map(String.init)
        return ("search_grams", wanted.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND "))
    }
}
