import CaseEvents
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Writes many cases in one transaction, through the same paths as live ones: the record,
    /// its life, the chained transcript and the search index. Case numbers come with the cases;
    /// each day's sequence is moved past them.
    public func importCases(_ cases: [ImportedCase]) throws(StoreError) {
        try write { db in
            try Self.lockLedger(db)
            var lastOfDay: [String: Int] = [:]
            for item in cases {
                let id = try Self.insert(item.record, db)
                try Self.saveLife(item.life, caseID: id, db)
                // The record as it was brought in closes its events, so it is what they project to.
                let brought = TranscriptEvent(at: item.record.receivedAt, staff: item.record.receivedBy,
                                              .snapshot(record: item.record, life: item.life))
                try append(item.events + [brought], caseID: id, number: item.record.caseNumber, db)
                let day = item.record.caseNumber.day.description
                lastOfDay[day] = max(lastOfDay[day] ?? 0, item.record.caseNumber.sequence)
            }
            for (day, last) in lastOfDay.sorted(by: { $0.key < $1.key }) {
                try db.run("""
                    INSERT INTO case_sequence (day, last) VALUES (\(day), \(last))
                    ON CONFLICT (day) DO UPDATE SET last = greatest(case_sequence.last, excluded.last)
                    """)
            }
        }
    }
}
