import ComplaintDomain
import Foundation
import GRDB

extension CoachStore {
    /// Appends one event to a case's transcript; when this returns the event is on disk.
    public func append(_ event: TranscriptEvent, to number: CaseNumber) throws(StoreError) {
        try write { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            try db.execute(sql: "INSERT INTO transcript (case_id, at, staff, kind, step, text) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [id, Timestamp.storage(event.at), event.staff, event.kind.rawValue, event.step, event.text])
        }
    }

    /// A case's transcript in the order it was written.
    public func transcript(of number: CaseNumber) throws(StoreError) -> [TranscriptEvent] {
        try read { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            return try Row.fetchAll(db, sql: "SELECT at, staff, kind, step, text FROM transcript WHERE case_id = ? ORDER BY id",
                                    arguments: [id]).map { row in
                TranscriptEvent(at: Timestamp.parse(row["at"]) ?? .distantPast, staff: row["staff"], kind: TranscriptEvent.Kind(rawValue: row["kind"]) ?? .system,
                                step: row["step"], text: row["text"])
            }
        }
    }
}
