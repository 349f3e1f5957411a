import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    public func save(_ result: TrainingResult) throws(StoreError) {
        throw Self.notYet("training results", location)
    }

    public func trainingResults(staff: String?) throws(StoreError) -> [TrainingResult] {
        throw Self.notYet("training results", location)
    }
}
