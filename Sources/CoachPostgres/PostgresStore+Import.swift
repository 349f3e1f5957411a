import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    public func importCases(_ cases: [ImportedCase]) throws(StoreError) {
        throw Self.notYet("import", location)
    }
}
