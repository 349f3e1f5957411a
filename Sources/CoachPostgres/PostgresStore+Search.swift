import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    /// The search index's tables and indexes, made with the rest of the schema.
    static var searchSchema: [String] { [] }

    /// Keeps what was typed or said in a received case where search finds it.
    static func index(_ words: String, caseID: Int64, _ db: PostgresTransaction) throws {
        try db.run("INSERT INTO search_docs (case_id, text) VALUES (\(caseID), \(words))")
    }

    public func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        throw Self.notYet("search", location)
    }
}
