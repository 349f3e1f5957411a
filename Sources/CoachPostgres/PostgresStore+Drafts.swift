import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Writes a turn in one transaction, committed before this returns: its events, the record
    /// and the draft state together, or nothing. When the connection is lost while committing,
    /// the server may have committed before the answer was lost: a turn whose events are found
    /// at the end of the case's transcript went in; any other is said to have failed (and the
    /// desk keeps it in the journal).
    public func commit(_ turn: IntakeTurn) throws(StoreError) {
        do {
            try write { db in
                try Self.lockLedger(db)
                try commit(turn, db)
            }
        } catch .cannotOpen(let path, let reason) {
            if (try? read({ db in try Self.isWritten(turn.events, of: turn.caseNumber, db) })) == true { return }
            throw .cannotOpen(path: path, reason: reason)
        }
    }

    /// Whether `events` are the last of the case's transcript: the same times, staff, kinds,
    /// steps and payloads, which no other turn repeats to the millisecond.
    static func isWritten(_ events: [TranscriptEvent], of number: CaseNumber, _ db: PostgresTransaction) throws -> Bool {
        guard !events.isEmpty, let id = try caseID(number, db) else { return false }
        let tail = try db.rows("""
            SELECT at, staff, kind, step, payload FROM transcript WHERE case_id = \(id) ORDER BY seq DESC LIMIT \(events.count)
            """).reversed()
        guard tail.count == events.count else { return false }
        for (row, event) in zip(tail, events) {
            guard try row.get("at", String.self) == Timestamp.storage(event.at), try row.get("staff", String.self) == event.staff,
                  try row.get("kind", String.self) == event.kind.rawValue, try row.get("step", String?.self) == event.step,
                  try row.get("payload", String.self) == StoredEvent.encode(event.event)
            else { return false }
        }
        return true
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
