import CaseEvents
import ComplaintDomain
import Foundation
import GRDB

/// A whole case brought in at once: from another system, or made up for a benchmark.
public struct ImportedCase: Sendable {
    public var record: ComplaintRecord
    public var life: CaseLife
    public var events: [TranscriptEvent]

    public init(record: ComplaintRecord, life: CaseLife, events: [TranscriptEvent]) {
        self.record = record
        self.life = life
        self.events = events
    }
}

extension CoachStore {
    /// Writes many cases in one transaction, through the same paths as live ones: the record,
    /// its life, the chained transcript and the search index. Case numbers come with the cases;
    /// each day's sequence is moved past them.
    public func importCases(_ cases: [ImportedCase]) throws(StoreError) {
        try write { db in
            var lastOfDay: [String: Int] = [:]
            for item in cases {
                var row = CaseRow(item.record)
                try row.insert(db)
                let id = row.id!
                try Self.saveLife(item.life, caseID: id, db)
                // The record as it was brought in closes its events, so it is what they project to.
                let brought = TranscriptEvent(at: item.record.receivedAt, staff: item.record.receivedBy,
                                              .snapshot(record: item.record, life: item.life))
                try Self.append(item.events + [brought], caseID: id, number: item.record.caseNumber, seal: seal, db)
                let day = item.record.caseNumber.day.description
                lastOfDay[day] = max(lastOfDay[day] ?? 0, item.record.caseNumber.sequence)
            }
            for (day, last) in lastOfDay {
                try db.execute(literal: """
                    INSERT INTO case_sequence (day, last) VALUES (\(day), \(last))
                    ON CONFLICT(day) DO UPDATE SET last = max(last, excluded.last)
                    """)
            }
        }
    }
}
