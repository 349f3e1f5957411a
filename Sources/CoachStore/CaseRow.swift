import CivilTime
import ComplaintDomain
import Foundation
import GRDB

/// A `cases` row: the record spread into columns that reports and searches can use. Swift names
/// here, the schema's snake_case names in `CodingKeys`; what the columns hold is typed (the
/// domain's enums, case numbers, times and lists), converted as every Coach has written them.
struct CaseRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "cases"

    var id: Int64?
    var caseNumber: CaseNumber
    var receivedAt: Date
    var receivedBy: String
    var channel: Channel
    var kind: ComplaintKind
    var nature: Nature?
    var category: String?
    var building: String?
    var unit: String?
    var personName: String?
    var personStanding: Standing?
    var personContact: String?
    var account: String
    var location: String?
    var since: String?
    var realCause: String?
    var wants: String?
    var coordinateWith: [String]
    var beyondManagerAuthority: Bool
    var notes: [String]
    var stage: Stage
    var isTraining: Bool
    /// When the row was last written (not part of the record).
    var updatedAt: Date

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case caseNumber = "case_number"
        case receivedAt = "received_at"
        case receivedBy = "received_by"
        case channel, kind, nature, category, building, unit
        case personName = "person_name"
        case personStanding = "person_standing"
        case personContact = "person_contact"
        case account, location, since
        case realCause = "real_cause"
        case wants
        case coordinateWith = "coordinate_with"
        case beyondManagerAuthority = "beyond_manager_authority"
        case notes, stage
        case isTraining = "is_training"
        case updatedAt = "updated_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let caseNumber = Column(CodingKeys.caseNumber)
        static let receivedAt = Column(CodingKeys.receivedAt)
        static let receivedBy = Column(CodingKeys.receivedBy)
        static let channel = Column(CodingKeys.channel)
        static let kind = Column(CodingKeys.kind)
        static let nature = Column(CodingKeys.nature)
        static let category = Column(CodingKeys.category)
        static let building = Column(CodingKeys.building)
        static let unit = Column(CodingKeys.unit)
        static let personContact = Column(CodingKeys.personContact)
        static let stage = Column(CodingKeys.stage)
        static let isTraining = Column(CodingKeys.isTraining)

        // Kept by the store beside the record: the case's life as JSON, the parts of it the
        // month's figures count, and the transcript's length and chain head.
        static let life = Column("life")
        static let deadline = Column("deadline")
        static let handledAt = Column("handled_at")
        static let repliedAt = Column("replied_at")
        static let satisfaction = Column("satisfaction")
        static let department = Column("department")
        static let transcriptCount = Column("transcript_count")
        static let transcriptHead = Column("transcript_head")
    }

    /// The columns a record fills: everything but the id (the life and the transcript's chain
    /// head are written on their own).
    static let recordColumns: [String] = CodingKeys.allCases.filter { $0 != .id }.map(\.stringValue)

    /// Times are text, `Timestamp.storage` (UTC, milliseconds), which sorts as it reads.
    static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .custom { Timestamp.storage($0) }
    }

    static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy {
        .custom { String.fromDatabaseValue($0).flatMap(Timestamp.parse) }
    }

    /// Lists are JSON arrays of strings in `JSONEncoder`'s default form: the bytes every Coach
    /// has written, which `verify` compares as text.
    static func databaseJSONEncoder(for column: String) -> JSONEncoder {
        JSONEncoder()
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    init(_ record: ComplaintRecord, updatedAt: Date = Date()) {
        id = nil
        caseNumber = record.caseNumber
        receivedAt = record.receivedAt
        receivedBy = record.receivedBy
        channel = record.channel
        kind = record.kind
        nature = record.nature
        category = record.category
        building = record.building
        unit = record.unit
        personName = record.person.name
        personStanding = record.person.standing
        personContact = record.person.contact
        account = record.account
        location = record.location
        since = record.since
        realCause = record.realCause
        wants = record.wants
        coordinateWith = record.coordinateWith
        beyondManagerAuthority = record.beyondManagerAuthority
        notes = record.notes
        stage = record.stage
        isTraining = record.isTraining
        self.updatedAt = updatedAt
    }

    var record: ComplaintRecord {
        ComplaintRecord(
            caseNumber: caseNumber, receivedAt: receivedAt, receivedBy: receivedBy, channel: channel, kind: kind,
            nature: nature, category: category, building: building, unit: unit,
            person: Person(name: personName, standing: personStanding, contact: personContact),
            account: account, location: location, since: since, realCause: realCause, wants: wants,
            coordinateWith: coordinateWith, beyondManagerAuthority: beyondManagerAuthority,
            notes: notes, stage: stage, isTraining: isTraining)
    }
}
