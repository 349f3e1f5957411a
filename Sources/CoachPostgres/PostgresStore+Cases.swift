import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Takes the next number of the day from the day's counter row and stores the draft record
    /// with its opening event, in one transaction: the counter row is held until it commits, so
    /// desks opening cases at once get consecutive numbers, and a transaction that fails gives
    /// its number back (no gap).
    public func openCase(receivedAt: Date, receivedBy: String, channel: ComplaintDomain.Channel, isTraining: Bool,
                         calendar: WorkingCalendar) throws(StoreError) -> ComplaintRecord {
        let day = calendar.localDate(of: receivedAt).description
        return try write { db in
            try Self.lockLedger(db)
            let sequence = try db.row("""
                INSERT INTO case_sequence (day, last) VALUES (\(day), 1)
                ON CONFLICT (day) DO UPDATE SET last = case_sequence.last + 1
                RETURNING last
                """)!.get("last", Int.self)
            let record = ComplaintRecord(caseNumber: CaseNumber(day: calendar.localDate(of: receivedAt), sequence: sequence),
                                         receivedAt: receivedAt, receivedBy: receivedBy, channel: channel, isTraining: isTraining)
            let id = try Self.insert(record, db)
            try append([TranscriptEvent(at: receivedAt, staff: receivedBy, .opened(CaseOpening(record)))], caseID: id,
                       number: record.caseNumber, db)
            return record
        }
    }

    public func save(_ record: ComplaintRecord) throws(StoreError) {
        try commit(IntakeTurn(caseNumber: record.caseNumber, events: [], record: record, draft: .unchanged))
    }

    public func record(_ number: CaseNumber) throws(StoreError) -> ComplaintRecord? {
        try file(number)?.record
    }

    public func records(stage: Stage? = nil) throws(StoreError) -> [ComplaintRecord] {
        try files(CaseFilter(stage: stage, includeDrafts: true, includeTraining: true, limit: Int.max)).map(\.record)
    }

    /// Every case number, oldest first.
    public func caseNumbers() throws(StoreError) -> [CaseNumber] {
        try read { db in
            try db.rows("SELECT case_number FROM cases ORDER BY received_at, id").compactMap { row in
                CaseNumber(try row.get("case_number", String.self))
            }
        }
    }

    // MARK: Shared by the write path

    /// Holds the ledger's row until the transaction ends. Every write that adds events takes it
    /// first, so events are numbered and committed in one order across all desks (the ledger
    /// chains them by row id), and writers always take rows in the same order (no deadlock).
    static func lockLedger(_ db: PostgresTransaction) throws {
        try db.run("SELECT 1 FROM ledger WHERE id = 1 FOR UPDATE")
    }

    /// The row id of a case.
    static func caseID(_ number: CaseNumber, _ db: PostgresTransaction) throws -> Int64? {
        try db.row("SELECT id FROM cases WHERE case_number = \(number.description)")?.get("id", Int64.self)
    }

    static func isDraft(caseID: Int64, _ db: PostgresTransaction) throws -> Bool {
        try db.row("SELECT stage = \(Stage.draft.rawValue) AS is_draft FROM cases WHERE id = \(caseID)")?.get("is_draft", Bool.self) ?? false
    }

    /// A new `cases` row for the record; returns its id.
    static func insert(_ record: ComplaintRecord, _ db: PostgresTransaction) throws -> Int64 {
        let values = CaseColumns.values(of: record)
        let names = CaseColumns.recordNames
        var binds = PostgresBindings()
        for name in names { bind(values[name] ?? .null, column: name, &binds) }
        let sql = "INSERT INTO cases (\(names.joined(separator: ", "))) VALUES (\((1...names.count).map { "$\($0)" }.joined(separator: ", "))) RETURNING id"
        return try db.row(PostgresQuery(unsafeSQL: sql, binds: binds))!.get("id", Int64.self)
    }

    /// Writes every column of the record over the case's row.
    static func update(_ record: ComplaintRecord, caseID: Int64, _ db: PostgresTransaction) throws {
        try update(CaseColumns.values(of: record), caseID: caseID, db)
    }

    /// Saves the case's life: its JSON and the parts the month's figures count.
    static func saveLife(_ life: CaseLife, caseID: Int64, _ db: PostgresTransaction) throws {
        try update(CaseColumns.values(of: life), caseID: caseID, db)
    }

    private static func update(_ values: [String: ColumnValue], caseID: Int64, _ db: PostgresTransaction) throws {
        let names = values.keys.sorted()
        var binds = PostgresBindings()
        for name in names { bind(values[name]!, column: name, &binds) }
        binds.append(caseID)
        let assignments = names.enumerated().map { "\($1) = $\($0 + 1)" }.joined(separator: ", ")
        try db.run(PostgresQuery(unsafeSQL: "UPDATE cases SET \(assignments) WHERE id = $\(names.count + 1)", binds: binds))
    }

    /// Binds a column's value as the column takes it (a flag as a boolean).
    static func bind(_ value: ColumnValue, column name: String, _ binds: inout PostgresBindings) {
        switch value {
        case .null: binds.appendNull()
        case .integer(let number) where CaseColumns.flagNames.contains(name): binds.append(number != 0)
        case .integer(let number): binds.append(number)
        case .real(let number): binds.append(number)
        case .text(let text): binds.append(text)
        }
    }

    /// A case read back from its row (`SELECT *`); nil when the row does not make a record.
    static func caseFile(_ row: FetchedRow) -> CaseFile? {
        guard let record = CaseColumns.record(from: row.values(CaseColumns.recordNames)) else { return nil }
        return CaseFile(record: record, life: CaseColumns.life(json: row.value("life").text))
    }
}
