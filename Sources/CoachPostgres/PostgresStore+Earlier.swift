import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    public func earlierCases(building: String?, unit: String?, contact: String?, since: Date, excluding: CaseNumber,
                             limit: Int) throws(StoreError) -> [ComplaintRecord] {
        throw Self.notYet("earlier cases", location)
    }
}
