import CivilTime
import ComplaintDomain
import Foundation
import GRDB

extension CoachStore {
    /// The received cases of a unit (in a building, when given) or of a phone number since a
    /// moment, newest first: what a repeat complaint is measured against. Drafts, voided
    /// drafts and training calls do not count.
    public func earlierCases(building: String?, unit: String?, contact: String?, since: Date, excluding: CaseNumber,
                             limit: Int = 20) throws(StoreError) -> [ComplaintRecord] {
        guard unit != nil || contact != nil else { return [] }
        return try read { db in
            var request = CaseRow.filter { $0.receivedAt >= since }
            request = request.filter { $0.caseNumber != excluding }
            request = request.filter { $0.isTraining == false }
            request = request.filter { $0.stage != Stage.draft }
            request = request.filter { $0.stage != Stage.voided }
            if let unit {
                request = request.filter { $0.unit == unit }
                if let building { request = request.filter { $0.building == building || $0.building == nil } }
            } else if let contact {
                request = request.filter { $0.personContact == contact }
            }
            return try Row.fetchAll(db, request.order { $0.receivedAt.desc }.limit(limit)).compactMap(Self.caseFile).map(\.record)
        }
    }
}
