import CaseEvents
import ComplaintDomain
import Foundation
import GRDB

/// Schema v5: every transcript line gets its typed payload, every case a seal over its event
/// count and chain head (`TranscriptChain.headSeal`), and the database a ledger of every event. Older lines are parsed once
/// (`LegacyEvent`) and keep their hashes (version 1: `verify` checks the payload against the
/// hashed words); then each case gets a closing snapshot of its record and life as the database
/// held them, since older transcripts did not say every field, so the record stays the
/// projection of its events from here on.
enum TypedEventsMigration {
    static func run(_ db: Database, seal: ChainSeal?) throws {
        try db.execute(sql: """
            ALTER TABLE transcript ADD COLUMN payload TEXT NOT NULL DEFAULT '';
            ALTER TABLE transcript ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE cases ADD COLUMN head_seal TEXT;
            DROP TRIGGER transcript_is_append_only_update;
            """)
        let update = try db.makeStatement(sql: "UPDATE transcript SET payload = ? WHERE id = ?")
        var after: Int64 = 0
        // In batches, so a large transcript is never held in memory whole.
        while true {
            let rows = try Row.fetchAll(db, sql: "SELECT id, kind, step, text FROM transcript WHERE id > ? ORDER BY id LIMIT 5000",
                                        arguments: [after])
            guard let last = rows.last else { break }
            for row in rows {
                let event = LegacyEvent.parse(kind: row["kind"], step: row["step"], text: row["text"])
                try update.execute(arguments: [try StoredEvent.encode(event), row["id"] as Int64])
            }
            after = last["id"]
        }
        try db.execute(sql: """
            CREATE TRIGGER transcript_is_append_only_update BEFORE UPDATE ON transcript
            BEGIN SELECT RAISE(ABORT, 'the transcript is append-only'); END;
            CREATE TABLE ledger (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                watermark INTEGER NOT NULL,
                hash TEXT NOT NULL
            );
            PRAGMA user_version = 5;
            """)
        // The ledger: every event ever written chained into one hash, kept with each write.
        let digest = try CoachStore.ledger(upTo: nil, seal: seal, db)
        try db.execute(literal: "INSERT INTO ledger (id, watermark, hash) VALUES (1, \(digest.watermark), \(digest.hex))")
        let now = Date()
        let cases = try Row.fetchCursor(db, sql: "SELECT * FROM cases ORDER BY id")
        var snapshots: [(Int64, CaseFile)] = []
        while let row = try cases.next() {
            if let file = CoachStore.caseFile(row) { snapshots.append((row["id"], file)) }
        }
        for (id, file) in snapshots {
            let event = TranscriptEvent(at: now, staff: "coach", step: "migration", .snapshot(record: file.record, life: file.life))
            try CoachStore.append([event], caseID: id, number: file.record.caseNumber, seal: seal, db)
        }
    }
}
