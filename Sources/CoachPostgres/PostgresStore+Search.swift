import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO
import TextSafety

extension PostgresStore {
    /// What reading adds to the tables, made with the rest of the schema (`PostgresReadSchema`).
    static var searchSchema: [String] { PostgresReadSchema.statements }

    /// Keeps what was typed or said in a received case where search finds it: the line as
    /// shown, folded (case and width, as queries are) for the trigram index, and as its words
    /// with every Chinese character and adjacent pair (`SearchGrams`) for the index of words.
    static func index(_ words: String, caseID: Int64, _ db: PostgresTransaction) throws {
        let clean = SafeText.line(words)
        let grams = SearchGrams.words(clean).split(separator: " ").map(String.init)
        try db.run("""
            INSERT INTO search_docs (case_id, text, folded, grams) VALUES (\(caseID), \(clean), \(TermMatch.fold(clean)), \(grams))
            """)
    }

    /// Cases whose transcripts contain the text, newest received first, exactly as SQLite finds
    /// them: three characters or more through the trigram index, one or two (漏水, 電梯, B座)
    /// through the index of words; either way a line must contain the text as typed (ignoring
    /// case and width). The most recently written matching lines are taken first, the window
    /// widening until enough cases pass the filters or no line is left — SQLite's own order, so
    /// the two engines give the same cases and lines for the same data.
    public func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        // Controls (a NUL among them) can be in no indexed line: they are not searched for.
        let folded = TermMatch.fold(SafeText.line(query.text))
        guard let match = SearchCondition(folded) else { return [] }
        var filters = ["c.stage <> '\(Stage.draft.rawValue)'"]
        var values = PostgresBindings()
        match.bind(&values)
        if !query.includeTraining { filters.append("NOT c.is_training") }
        /// `c.column operator value`, the value bound as the next `$n`.
        func filter(_ column: String, _ comparison: String, _ value: String) {
            values.append(value)
            filters.append("c.\(column) \(comparison) $\(values.count)")
        }
        if let building = query.building { filter("building", "=", building) }
        if let from = query.from { filter("received_at", ">=", Timestamp.storage(from)) }
        if let to = query.to { filter("received_at", "<", Timestamp.storage(to)) }
        if let stage = query.stage { filter("stage", "=", stage.rawValue) }
        values.append(Int64(query.limit))
        let limit = "$\(values.count)", window = "$\(values.count + 1)"
        let cases = """
            WITH hits AS (
              SELECT id, case_id, text FROM search_docs WHERE \(match.sql) ORDER BY id DESC LIMIT \(window)
            )
            SELECT c.*, string_agg(hits.text, E'\\n' ORDER BY hits.id DESC) AS hits FROM hits
            JOIN cases c ON c.id = hits.case_id
            WHERE \(filters.joined(separator: " AND "))
            GROUP BY c.id ORDER BY c.received_at DESC, c.id DESC LIMIT \(limit)
            """
        let candidates = "SELECT count(*) AS n FROM (SELECT 1 FROM search_docs WHERE \(match.sql) LIMIT $2) AS found"
        return try read { db in
            var size = max(200, query.limit * 20)
            while true {
                var binds = values
                binds.append(Int64(size))
                let hits = try db.rows(PostgresQuery(unsafeSQL: cases, binds: binds)).compactMap { row -> SearchHit? in
                    guard let file = Self.caseFile(row) else { return nil }
                    let text = try row.get("hits", String.self)
                    // The index finds candidates; keep only lines where the text really appears.
                    let lines = text.split(separator: "\n").map(String.init).filter { TermMatch.fold($0).contains(folded) }
                    return lines.isEmpty ? nil : SearchHit(file: file, lines: Array(lines.prefix(3)))
                }
                var count = PostgresBindings()
                match.bind(&count)
                count.append(Int64(size + 1))
                let available = try db.row(PostgresQuery(unsafeSQL: candidates, binds: count))?.get("n", Int64.self) ?? 0
                if hits.count >= query.limit || available <= size { return hits }
                size *= 8
            }
        }
    }
}

/// Which index a folded query goes to, as SQLite's `SearchMatch` chooses: three characters or
/// more are a substring of the folded line (`LIKE`, which the trigram index serves; `%`, `_` and
/// `\` typed are text); one or two Chinese characters are one word of the line's words; any
/// other short query, every word of it (B座: `b` and `座`), the lines then checked for the text.
/// The condition's one value is `$1`.
enum SearchCondition {
    case substring(String)
    case words([String])

    /// Nil when the query has nothing to look for (empty, or punctuation only).
    init?(_ folded: String) {
        let words = SearchGrams.words(folded)
        guard !words.isEmpty else { return nil }
        if folded.count >= 3 {
            self = .substring(folded)
        } else if folded.allSatisfy(SearchGrams.isCJK) {
            self = .words([folded])
        } else {
            self = .words(words.split(separator: " ").map(String.init))
        }
    }

    var sql: String {
        switch self {
        case .substring: "folded LIKE $1"
        case .words: "grams @> $1"
        }
    }

    func bind(_ binds: inout PostgresBindings) {
        switch self {
        case .substring(let text):
            var pattern = ""
            for character in text {
                if character == "%" || character == "_" || character == "\\" { pattern.append("\\") }
                pattern.append(character)
            }
            binds.append("%" + pattern + "%")
        case .words(let words):
            binds.append(words)
        }
    }
}
