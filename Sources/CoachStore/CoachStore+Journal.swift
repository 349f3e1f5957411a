import CivilTime
import Foundation
import GRDB

extension CoachStore {
    /// The journal beside this database.
    public var journal: TurnJournal { TurnJournal(path: path + ".journal") }

    /// Runs `body` with writes waiting at most `seconds` for another program's lock, then waits as
    /// configured again: while lines are going to the journal, each new line tries the database
    /// briefly instead of freezing the desk for the full wait.
    public func waitingBriefly<T>(_ seconds: TimeInterval, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        guard let lockWait else { return try body() }
        return try lockWait.waiting(atMost: seconds, body)
    }

    /// Writes every turn kept in the journal into the database, in order, each exactly once (a
    /// replay cut short and started again skips what it already wrote), then removes the
    /// journal. Returns how many turns went in.
    @discardableResult
    public func replayJournal() throws(StoreError) -> Int {
        let entries = journal.entries()
        guard !entries.isEmpty else { return 0 }
        var written = 0
        /// Turns of a case this database does not have (a journal moved beside another database):
        /// kept in the journal, never dropped, and never in the way of the others.
        var foreign: [TurnJournal.Entry] = []
        for entry in entries {
            do {
                try write { db in
                    let seen = try SQLRequest<Bool>("SELECT EXISTS (SELECT 1 FROM journal_applied WHERE id = \(entry.id))").fetchOne(db) ?? false
                    guard !seen else { return }
                    try commit(entry.turn, db)
                    try db.execute(literal: "INSERT INTO journal_applied (id, applied_at) VALUES (\(entry.id), \(Timestamp.storage(Date())))")
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
