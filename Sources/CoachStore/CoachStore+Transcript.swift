import ComplaintDomain
import Foundation
import GRDB

extension CoachStore {
    /// Appends one event to a case's transcript; when this returns the event is on disk.
    public func append(_ event: TranscriptEvent, to number: CaseNumber) throws(StoreError) {
        try write { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            try Self.append([event], caseID: id, number: number, db)
        }
    }

    /// Numbers and chains `events` after the case's last one (see `TranscriptChain`).
    static func append(_ events: [TranscriptEvent], caseID: Int64, number: CaseNumber, _ db: Database) throws {
        guard !events.isEmpty else { return }
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT transcript_count, transcript_head, stage FROM cases WHERE id = ?"),
                                   arguments: [caseID])!
        var seq: Int = row["transcript_count"]
        var head: String = row["transcript_head"]
        // A draft is not searched: its lines are indexed when it is received, keeping the
        // search index's writes out of every typed line.
        let searchable = (row["stage"] as String) != Stage.draft.rawValue
        let insert = try db.cachedStatement(sql: """
            INSERT INTO transcript (case_id, seq, at, staff, kind, step, text, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for event in events {
            seq += 1
            let at = Timestamp.storage(event.at)
            head = TranscriptChain.hash(previous: head, caseNumber: number, seq: seq, at: at, staff: event.staff,
                                        kind: event.kind.rawValue, step: event.step, text: event.text)
            try insert.execute(arguments: [caseID, seq, at, event.staff, event.kind.rawValue, event.step, event.text, head])
            if searchable, Self.isSearchable(event) { try Self.index(event.text, caseID: caseID, db) }
        }
        try db.cachedStatement(sql: "UPDATE cases SET transcript_count = ?, transcript_head = ? WHERE id = ?")
            .execute(arguments: [seq, head, caseID])
    }

    /// Indexes what was typed and said in a case's transcript so far, once it leaves draft.
    static func indexTranscript(caseID: Int64, _ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT kind, text FROM transcript WHERE case_id = ? ORDER BY seq", arguments: [caseID])
        for row in rows {
            let kind = TranscriptEvent.Kind(rawValue: row["kind"]) ?? .system
            let event = TranscriptEvent(at: Date(), staff: "", kind: kind, text: row["text"])
            if isSearchable(event) { try index(event.text, caseID: caseID, db) }
        }
    }

    /// A case's transcript in the order it was written.
    public func transcript(of number: CaseNumber) throws(StoreError) -> [TranscriptEvent] {
        try read { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            return try Row.fetchAll(db, sql: "SELECT at, staff, kind, step, text FROM transcript WHERE case_id = ? ORDER BY id",
                                    arguments: [id]).map { row in
                TranscriptEvent(at: Timestamp.parse(row["at"]) ?? .distantPast, staff: row["staff"],
                                kind: TranscriptEvent.Kind(rawValue: row["kind"]) ?? .system, step: row["step"], text: row["text"])
            }
        }
    }

    /// Checks a case's transcript against its hash chain.
    public func verify(_ number: CaseNumber) throws(StoreError) -> [TranscriptChain.Problem] {
        try read { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            let count = try Int.fetchOne(db, sql: "SELECT transcript_count FROM cases WHERE id = ?", arguments: [id]) ?? 0
            let links = try Row.fetchAll(db, sql: """
                SELECT seq, hash, at, staff, kind, step, text FROM transcript WHERE case_id = ? ORDER BY seq, id
                """, arguments: [id]).map { row in
                TranscriptChain.Link(seq: row["seq"], hash: row["hash"], at: row["at"], staff: row["staff"], kind: row["kind"],
                                     step: row["step"], text: row["text"])
            }
            return TranscriptChain.verify(links, caseNumber: number, count: count)
        }
    }

    /// Every case number, oldest first, for verifying them all.
    public func caseNumbers() throws(StoreError) -> [CaseNumber] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT case_number FROM cases ORDER BY received_at, id").compactMap(CaseNumber.init)
        }
    }
}
