import CoachStore
import Foundation
import PostgresNIO

/// The role desks connect as, set up once by the database's owner (`coach db init`): it may read
/// every Coach table and write what a desk writes, and it may add events to a transcript but
/// never change or remove one. A trigger refuses that to every role (the owner included); the
/// privileges keep the desk role from disabling it.
public struct DeskRole: Sendable, Equatable {
    public var name: String
    /// Made now (it did not exist before); it has no password until the owner gives it one.
    public var created: Bool

    /// Tables a desk adds rows to.
    static let inserts = ["case_sequence", "cases", "transcript", "drafts", "training_results", "search_docs", "review_scores",
                          "journal_applied", "calibration_scores"]
    /// Tables whose rows a desk changes (the ledger's one row, the day's counter, the case's
    /// cached record and life, its draft, scores given again).
    static let updates = ["case_sequence", "cases", "drafts", "ledger", "review_scores", "calibration_scores"]
    /// Tables a desk removes rows from: a finished intake's draft, a supervisor's card replaced.
    static let deletes = ["drafts", "calibration_scores"]

    /// A role name as PostgreSQL writes one unquoted: lower-case letters, digits and `_`.
    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.utf8.count <= 63 else { return false }
        return ("a"..."z").contains(first) || first == "_"
            ? name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            : false
    }
}

extension PostgresStore {
    /// Makes the desks' role if it does not exist (LOGIN, no password) and gives it exactly what a
    /// desk needs, taking away anything more it had on Coach's tables. Run by the owner, after
    /// opening the store has made the tables; one transaction, so a refusal changes nothing.
    public func setUpDeskRole(_ name: String) throws(StoreError) -> DeskRole {
        guard DeskRole.isPlainName(name) else {
            throw .cannotOpen(path: path, reason: "'\(name)' is not a role name Coach sets up: use lower-case letters, digits and _ (e.g. coach_desk)")
        }
        return try write { db in
            let me = try db.row("SELECT current_user AS me")!.get("me", String.self)
            guard name != me else {
                throw StoreError.cannotOpen(path: path, reason: "the desks' role must not be the owner \(me), who may change anything")
            }
            let existing = try db.row("SELECT rolsuper OR rolbypassrls AS mighty FROM pg_catalog.pg_roles WHERE rolname = \(name)")
            if try existing?.get("mighty", Bool.self) == true {
                throw StoreError.cannotOpen(path: path, reason: "the role \(name) is a superuser, who could change the transcript; give desks an ordinary role")
            }
            if existing == nil { try db.run(PostgresQuery(unsafeSQL: "CREATE ROLE \(name) LOGIN")) }
            let database = try db.row("SELECT current_database() AS name, current_schema() AS schema")!
            let quotedDatabase = "\"" + (try database.get("name", String.self)).replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let quotedSchema = "\"" + (try database.get("schema", String.self)).replacingOccurrences(of: "\"", with: "\"\"") + "\""
            var statements = [
                "GRANT CONNECT ON DATABASE \(quotedDatabase) TO \(name)",
                "GRANT USAGE ON SCHEMA \(quotedSchema) TO \(name)",
                "REVOKE ALL ON ALL TABLES IN SCHEMA \(quotedSchema) FROM \(name)",
                "GRANT SELECT ON ALL TABLES IN SCHEMA \(quotedSchema) TO \(name)",
                "GRANT USAGE ON ALL SEQUENCES IN SCHEMA \(quotedSchema) TO \(name)",
            ]
            statements += DeskRole.inserts.map { "GRANT INSERT ON \($0) TO \(name)" }
            statements += DeskRole.updates.map { "GRANT UPDATE ON \($0) TO \(name)" }
            statements += DeskRole.deletes.map { "GRANT DELETE ON \($0) TO \(name)" }
            for statement in statements { try db.run(PostgresQuery(unsafeSQL: statement)) }
            return DeskRole(name: name, created: existing == nil)
        }
    }
}
