import ComplaintDomain
import GRDB
import Training

// The domain's values as the columns hold them: each String-raw enum as its raw value, as the
// CHECK constraints of the schema spell them, and a case number as its text (`260310-001`).

extension Channel: DatabaseValueConvertible {}
extension ComplaintKind: DatabaseValueConvertible {}
extension Nature: DatabaseValueConvertible {}
extension Stage: DatabaseValueConvertible {}
extension Standing: DatabaseValueConvertible {}
extension Mood: DatabaseValueConvertible {}

extension CaseNumber: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue {
        description.databaseValue
    }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CaseNumber? {
        String.fromDatabaseValue(dbValue).flatMap(CaseNumber.init)
    }
}
