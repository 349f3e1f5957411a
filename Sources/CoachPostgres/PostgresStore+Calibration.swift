import CaseEvents
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    @discardableResult
    public func saveCalibration(_ card: CalibrationCard) throws(StoreError) -> Date? {
        throw Self.notYet("calibration", location)
    }

    public func calibrationCards(from: Date?, to: Date?) throws(StoreError) -> [CalibrationCard] {
        throw Self.notYet("calibration", location)
    }

    public func calibrationScored(_ number: CaseNumber, reviewer: String) throws(StoreError) -> Date? {
        throw Self.notYet("calibration", location)
    }
}
