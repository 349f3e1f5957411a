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
    /// What staff and callers said is searchable; prompts, cues, decisions and commands are not.
    static func isSearchable(_ event: TranscriptEvent) -> Bool {
        guard [.input, .note, .speech, .caller].contains(event.kind) else { return false }
        let text = event.text.trimmingCharacters(in: .whitespaces)
        guard let first = text.first, first != ":", first != "：" else { return false }
        return text.count >= 2 || text.contains(where: SearchGrams.isCJK)
    }

    static func index(_ text: String, caseID: Int64, _ db: Database) throws {
        let clean = SafeText.line(text)
        try db.execute(sql: "INSERT INTO search_docs (case_id, text) VALUES (?, ?)", arguments: [caseID, clean])
        let id = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO search_trigram (rowid, text) VALUES (?, ?)", arguments: [id, clean])
        try db.execute(sql: "INSERT INTO search_grams (rowid, grams) VALUES (?, ?)", arguments: [id, SearchGrams.words(clean)])
    }

    /// Cases whose records or transcripts contain the text, newest first. Three characters or
    /// more go to the trigram index; one or two (漏水, 電梯, B座) to the index of characters and
    /// pairs; either way the text must appear as typed (ignoring case and width).
    public func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        let folded = TermMatch.fold(query.text)
        guard !folded.isEmpty else { return [] }
        return try read { db in
            let (table, match) = Self.match(folded)
            var clauses = ["\(table) MATCH ?"]
            var arguments: [any DatabaseValueConvertible] = [match]
            if !query.includeTraining { clauses.append("c.is_training = 0") }
            clauses.append("c.stage <> 'draft'")
            if let building = query.building { clauses.append("c.building = ?"); arguments.append(building) }
            if let from = query.from { clauses.append("c.received_at >= ?"); arguments.append(Timestamp.storage(from)) }
            if let to = query.to { clauses.append("c.received_at < ?"); arguments.append(Timestamp.storage(to)) }
            if let stage = query.stage { clauses.append("c.stage = ?"); arguments.append(stage.rawValue) }
            arguments.append(query.limit)
            let sql = """
                SELECT c.*, group_concat(d.text, char(10)) AS hits FROM \(table)
                JOIN search_docs d ON d.id = \(table).rowid
                JOIN cases c ON c.id = d.case_id
                WHERE \(clauses.joined(separator: " AND "))
                GROUP BY c.id ORDER BY c.received_at DESC, c.id DESC LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).compactMap { row -> SearchHit? in
                guard let file = Self.caseFile(row) else { return nil }
                let hits: String = row["hits"] ?? ""
                // The grams index finds the characters; keep only lines where the text really appears.
                let lines = hits.split(separator: "\n").map(String.init).filter { TermMatch.fold($0).contains(folded) }
                return lines.isEmpty ? nil : SearchHit(file: file, lines: Array(lines.prefix(3)))
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
