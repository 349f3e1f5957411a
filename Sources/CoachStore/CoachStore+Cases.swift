import CaseEvents
import CivilTime
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
            try db.execute(literal: """
                INSERT INTO case_sequence (day, last) VALUES (\(day.description), 1)
                ON CONFLICT(day) DO UPDATE SET last = last + 1
                """)
            let sequence = try SQLRequest<Int>("SELECT last FROM case_sequence WHERE day = \(day.description)").fetchOne(db)!
            let record = ComplaintRecord(caseNumber: CaseNumber(day: day, sequence: sequence), receivedAt: receivedAt,
                                         receivedBy: receivedBy, channel: channel, isTraining: isTraining)
            var row = CaseRow(record)
            try row.insert(db)
            try Self.append([TranscriptEvent(at: receivedAt, staff: receivedBy, .opened(CaseOpening(record)))],
                            caseID: row.id!, number: record.caseNumber, seal: seal, db)
            return record
        }
    }

    /// Saves every field of a record over the stored one (as a turn with no events).
    public func save(_ record: ComplaintRecord) throws(StoreError) {
        try commit(IntakeTurn(caseNumber: record.caseNumber, events: [], record: record, draft: .unchanged))
    }

    public func record(_ number: CaseNumber) throws(StoreError) -> ComplaintRecord? {
        try file(number)?.record
    }

    /// Every case in a stage (all when nil), drafts and training calls included, newest first.
    public func records(stage: Stage? = nil) throws(StoreError) -> [ComplaintRecord] {
        try files(CaseFilter(stage: stage, includeDrafts: true, includeTraining: true, limit: Int.max)).map(\.record)
    }

    /// The row id of a case: once per written turn, so its statement is cached.
    static func caseID(_ number: CaseNumber, _ db: Database) throws -> Int64? {
        try SQLRequest<Int64>(literal: "SELECT id FROM cases WHERE case_number = \(number)", cached: true).fetchOne(db)
    }
}
