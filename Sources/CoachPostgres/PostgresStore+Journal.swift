import CivilTime
import CoachStore
import Foundation

extension PostgresStore {
    /// Writes every turn kept in the journal into the database, in order, each exactly once (its
    /// id is recorded in the same transaction, so a replay cut short writes nothing twice), then
    /// removes the journal. A turn whose commit lost its answer with the connection, and which
    /// did go in (its events end the case's transcript), is not written again. Turns of a case
    /// the database does not have stay in the journal.
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
                    try commit(Self.unwritten(entry.turn, db), db)
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

    /// The turn as it still needs writing: whole, or — when the desk's commit went in but its
    /// answer was lost with the connection — only the note the desk added when it kept the
    /// turn in the journal (the record and draft are written again, which changes nothing).
    static func unwritten(_ turn: IntakeTurn, _ db: PostgresTransaction) throws -> IntakeTurn {
        let typed = turn.events.reversed().drop { if case .journaled = $0.event { true } else { false } }.reversed()
        guard try isWritten(Array(typed), of: turn.caseNumber, db) else { return turn }
        var rest = turn
        rest.events = Array(turn.events.dropFirst(typed.count))
        return rest
    }
}
