import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Writes a turn in one transaction, committed before this returns: its events, the record
    /// and the draft state together, or nothing.
    public func commit(_ turn: IntakeTurn) throws(StoreError) {
        try write { db in
            try Self.lockLedger(db)
            try commit(turn, db)
        }
    }

    func commit(_ turn: IntakeTurn, _ db: PostgresTransaction) throws {
        guard let id = try Self.caseID(turn.caseNumber, db) else { throw StoreError.unknownCase(turn.caseNumber.description) }
        try append(turn.events, caseID: id, number: turn.caseNumber, db)
        if let record = turn.record {
            let wasDraft = try Self.isDraft(caseID: id, db)
            try Self.update(record, caseID: id, db)
            if wasDraft, record.stage != .draft, record.stage != .voided { try Self.indexTranscript(caseID: id, db) }
        }
        for event in turn.events {
            if case .received(let life) = event.event { try Self.saveLife(life, caseID: id, db) }
        }
        switch turn.draft {
        case .keep(let state):
            try db.run("""
                INSERT INTO drafts (case_id, state, updated_at)
                VALUES (\(id), \(String(decoding: state, as: UTF8.self)), \(Timestamp.storage(Date())))
                ON CONFLICT (case_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
                """)
        case .clear:
            try db.run("DELETE FROM drafts WHERE case_id = \(id)")
        case .unchanged:
            break
        }
    }

    /// Unfinished intakes (live and training), the most recently touched first.
    public func drafts() throws(StoreError) -> [Draft] {
        try read { db in
            try db.rows("""
                SELECT cases.*, drafts.state AS draft_state, coalesce(drafts.updated_at, cases.received_at) AS draft_updated_at
                FROM cases LEFT JOIN drafts ON cases.id = drafts.case_id
                WHERE cases.stage = \(Stage.draft.rawValue)
                ORDER BY draft_updated_at DESC, cases.id DESC
                """).compactMap { row in
                guard let file = Self.caseFile(row) else { return nil }
                let state = try row.get("draft_state", String?.self)
                return Draft(record: file.record, state: state.map { Data($0.utf8) },
                             updatedAt: Timestamp.parse(try row.get("draft_updated_at", String.self)) ?? file.record.receivedAt)
            }
        }
    }
}
