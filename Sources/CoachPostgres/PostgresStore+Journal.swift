import CivilTime
import CoachStore
import Foundation

extension PostgresStore {
    /// Writes every turn kept in the journal into the database, in order, each exactly once (its
    /// id is recorded in the same transaction, so a replay cut short writes nothing twice), then
    /// removes the journal. Turns of a case the database does not have stay in the journal.
    @discardableResult
    public func replayJournal() throws(StoreError) -> Int {
        let entries = journal.entries()
        guard !entries.isEmpty else { return 0 }
        var written = 0
        var foreign: [TurnJournal.Entry] = []
        for entry in entries {
            do {
                try write { db in
                    try Self.lockLedger(db)
                    guard try db.row("SELECT 1 AS seen FROM journal_applied WHERE id = \(entry.id)") == nil else { return }
                    try commit(entry.turn, db)
                    try db.run("INSERT INTO journal_applied (id, applied_at) VALUES (\(entry.id), \(Timestamp.storage(Date())))")
                    written += 1
                }
            } catch .unknownCase {
                foreign.append(entry)
            }
        }
        if foreign.isEmpty {
            journal.remove()
        } else {
            try journal.keep(only: foreign)
        }
        return written
    }
}
