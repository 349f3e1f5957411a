import CivilTime
import ComplaintDomain
import Foundation
import GRDB

/// An unfinished intake: its record and the state to continue from.
public struct Draft: Sendable {
    public var record: ComplaintRecord
    /// Nil when the intake never got past its opening (a crash between taking the number and
    /// the first line written): it continues from the first question.
    public var state: Data?
    public var updatedAt: Date

    package init(record: ComplaintRecord, state: Data?, updatedAt: Date) {
        self.record = record
        self.state = state
        self.updatedAt = updatedAt
    }
}

extension CoachStore {
    /// Writes a turn durably: transcript events, record and draft state together.
    public func commit(_ turn: IntakeTurn) throws(StoreError) {
        try write { db in try commit(turn, db) }
    }

    func commit(_ turn: IntakeTurn, _ db: Database) throws {
        guard let id = try Self.caseID(turn.caseNumber, db) else { throw StoreError.unknownCase(turn.caseNumber.description) }
        try Self.append(turn.events, caseID: id, number: turn.caseNumber, seal: seal, db)
        if let record = turn.record {
            let wasDraft = try Self.isDraft(caseID: id, db)
            var row = CaseRow(record)
            row.id = id
            try row.update(db, columns: CaseRow.recordColumns)
            if wasDraft, record.stage != .draft, record.stage != .voided { try Self.indexTranscript(caseID: id, db) }
        }
        for event in turn.events {
            if case .received(let life) = event.event { try Self.saveLife(life, caseID: id, db) }
        }
        switch turn.draft {
        case .keep(let state):
            // Most typed lines change the draft: the statement is cached.
            try db.cachedStatement(literal: """
                INSERT INTO drafts (case_id, state, updated_at)
                VALUES (\(id), \(String(decoding: state, as: UTF8.self)), \(Timestamp.storage(Date())))
                ON CONFLICT(case_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
                """).execute()
        case .clear:
            try db.execute(literal: "DELETE FROM drafts WHERE case_id = \(id)")
        case .unchanged:
            break
        }
    }

    /// Whether a case is still a draft (once per written turn, so its statement is cached).
    static func isDraft(caseID: Int64, _ db: Database) throws -> Bool {
        try SQLRequest<Bool>(literal: "SELECT stage = \(Stage.draft) FROM cases WHERE id = \(caseID)", cached: true).fetchOne(db) ?? false
    }

    /// Unfinished intakes (live and training), the most recently touched first.
    public func drafts() throws(StoreError) -> [Draft] {
        try read { db in
            // Every case still in intake, with or without a saved state: none is left behind.
            let rows = try SQLRequest<Row>("""
                SELECT cases.*, drafts.state AS draft_state, coalesce(drafts.updated_at, cases.received_at) AS draft_updated_at
                FROM cases LEFT JOIN drafts ON cases.id = drafts.case_id
                WHERE cases.stage = \(Stage.draft)
                ORDER BY draft_updated_at DESC
                """).fetchAll(db)
            return rows.compactMap { row in
                guard let record = try? CaseRow(row: row).record else { return nil }
                let state: String? = row["draft_state"]
                return Draft(record: record, state: state.map { Data($0.utf8) },
                             updatedAt: Timestamp.parse(row["draft_updated_at"]) ?? record.receivedAt)
            }
        }
    }
}
