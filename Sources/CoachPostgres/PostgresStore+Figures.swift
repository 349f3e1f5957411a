import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    public func figures(from: Date, to: Date, building: String?, now: Date) throws(StoreError) -> (PeriodFigures, reviewCards: [Data]) {
        throw Self.notYet("the month's figures", location)
    }

    public func onTimeRate(from: Date, to: Date, building: String?, now: Date) throws(StoreError) -> Double? {
        throw Self.notYet("the on-time rate", location)
    }

    public func saveReviewScore(_ number: CaseNumber, staff: String, total: Int, scorecard: Data, at: Date) throws(StoreError) {
        throw Self.notYet("review scores", location)
    }
}
