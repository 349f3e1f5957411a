import ComplaintDomain
import Foundation
import GRDB

extension CoachStore {
    /// Starts a case: takes the next number of the day and stores the draft record, in one
    /// transaction, so two desks never get the same number.
    public func openCase(receivedAt: Date, receivedBy: String, channel: Channel = .phone, isTraining: Bool = false,
                         calendar: WorkingCalendar) throws(StoreError) -> ComplaintRecord {
        let day = calendar.localDate(of: receivedAt)
        return try write { db in
            try db.execute(sql: """
                INSERT INTO case_sequence (day, last) VALUES (?, 1)
                ON CONFLICT(day) DO UPDATE SET last = last + 1
                """, arguments: [day.description])
            let sequence = try Int.fetchOne(db, sql: "SELECT last FROM case_sequence WHERE day = ?", arguments: [day.description])!
            let record = ComplaintRecord(caseNumber: CaseNumber(day: day, sequence: sequence), receivedAt: receivedAt,
                                         receivedBy: receivedBy, channel: channel, isTraining: isTraining)
            try CaseRow(record).insert(db)
            return record
        }
    }

    /// Saves every field of a record over the stored one.
    public func save(_ record: ComplaintRecord) throws(StoreError) {
        try write { db in
            var row = CaseRow(record)
            guard let id = try Self.caseID(record.caseNumber, db) else {
                throw StoreError.unknownCase(record.caseNumber.description)
            }
            row.id = id
            try row.update(db, columns: CaseRow.recordColumns)
        }
    }

    public func record(_ number: CaseNumber) throws(StoreError) -> ComplaintRecord? {
        try read { db in
            try CaseRow.filter(Column("case_number") == number.description).fetchOne(db)?.record()
        }
    }

    /// Cases in a stage (all when nil), newest first.
    public func records(stage: Stage? = nil) throws(StoreError) -> [ComplaintRecord] {
        try read { db in
            var request = CaseRow.order(Column("received_at").desc, Column("id").desc)
            if let stage { request = request.filter(Column("stage") == stage.rawValue) }
            return try request.fetchAll(db).compactMap { $0.record() }
        }
    }

    static func caseID(_ number: CaseNumber, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM cases WHERE case_number = ?", arguments: [number.description])
    }
}
