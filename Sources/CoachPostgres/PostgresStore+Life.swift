import CaseEvents
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    public func file(_ number: CaseNumber) throws(StoreError) -> CaseFile? {
        try read { db in
            try db.row("SELECT * FROM cases WHERE case_number = \(number.description)").flatMap(Self.caseFile)
        }
    }

    /// Cases matching the filter, newest first.
    public func files(_ filter: CaseFilter) throws(StoreError) -> [CaseFile] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        func match(_ column: String, _ value: String) {
            binds.append(value)
            conditions.append("\(column) = $\(binds.count)")
        }
        if let stage = filter.stage { match("stage", stage.rawValue) }
        if let nature = filter.nature { match("nature", nature.rawValue) }
        if let building = filter.building { match("building", building) }
        if let staff = filter.receivedBy { match("received_by", staff) }
        if filter.openOnly, filter.stage == nil { conditions.append("stage NOT IN ('\(Stage.archived.rawValue)', '\(Stage.voided.rawValue)')") }
        if !filter.includeDrafts, filter.stage != .draft { conditions.append("stage <> '\(Stage.draft.rawValue)'") }
        if !filter.includeTraining { conditions.append("NOT is_training") }
        binds.append(Int64(clamping: filter.limit))
        let sql = "SELECT * FROM cases" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY received_at DESC, id DESC LIMIT $\(binds.count)"
        return try read { db in try db.rows(PostgresQuery(unsafeSQL: sql, binds: binds)).compactMap(Self.caseFile) }
    }

    /// Saves a step of a case's life with the events that say what happened, in one transaction.
    public func save(_ file: CaseFile, events: [TranscriptEvent]) throws(StoreError) {
        try write { db in
            try Self.lockLedger(db)
            try save(file, events: events, db)
        }
    }

    private func save(_ file: CaseFile, events: [TranscriptEvent], _ db: PostgresTransaction) throws {
        guard let id = try Self.caseID(file.record.caseNumber, db) else { throw StoreError.unknownCase(file.record.caseNumber.description) }
        let wasDraft = try Self.isDraft(caseID: id, db)
        try Self.update(file.record, caseID: id, db)
        try Self.saveLife(file.life, caseID: id, db)
        if wasDraft, file.record.stage != .draft { try Self.indexTranscript(caseID: id, db) }
        try append(events, caseID: id, number: file.record.caseNumber, db)
    }

    /// Reads the case with its row locked and saves what `decide` makes of it in the same
    /// transaction: a second desk acting at once waits for the first to commit, then decides on
    /// the first's result (and is refused if the case has moved on), so no update is lost.
    public func change<T>(_ number: CaseNumber, _ decide: (CaseFile) -> CaseChange<T>) throws(StoreError) -> T {
        try write { db in
            try Self.lockLedger(db)
            guard let row = try db.row("SELECT * FROM cases WHERE case_number = \(number.description) FOR UPDATE"),
                  let file = Self.caseFile(row)
            else { throw StoreError.unknownCase(number.description) }
            switch decide(file) {
            case .leave(let result):
                return result
            case .save(let changed, let events, let result):
                try save(changed, events: events, db)
                return result
            }
        }
    }
}
