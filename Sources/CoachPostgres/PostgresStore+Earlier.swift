import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    /// The received cases of a unit (in a building, when given) or of a phone number since a
    /// moment, newest first: what a repeat complaint is measured against. Drafts, voided
    /// drafts and training calls do not count. Cases received at the same moment come newest
    /// row first, as SQLite's walk back along its index gives them.
    public func earlierCases(building: String?, unit: String?, contact: String?, since: Date, excluding: CaseNumber,
                             limit: Int) throws(StoreError) -> [ComplaintRecord] {
        guard unit != nil || contact != nil else { return [] }
        var binds = PostgresBindings()
        binds.append(Timestamp.storage(since))
        binds.append(excluding.description)
        var conditions = [
            "received_at >= $1", "case_number <> $2", "NOT is_training",
            "stage <> '\(Stage.draft.rawValue)'", "stage <> '\(Stage.voided.rawValue)'",
        ]
        if let unit {
            binds.append(unit)
            conditions.append("unit = $\(binds.count)")
            if let building {
                binds.append(building)
                conditions.append("(building = $\(binds.count) OR building IS NULL)")
            }
        } else if let contact {
            binds.append(contact)
            conditions.append("person_contact = $\(binds.count)")
        }
        binds.append(Int64(limit))
        let sql = "SELECT * FROM cases WHERE \(conditions.joined(separator: " AND ")) ORDER BY received_at DESC, id DESC LIMIT $\(binds.count)"
        return try read { db in
            try db.rows(PostgresQuery(unsafeSQL: sql, binds: binds)).compactMap(Self.caseFile).map(\.record)
        }
    }
}
