import ComplaintDomain
import Foundation
import GRDB

/// A `cases` row: the record spread into columns that reports and searches can use.
struct CaseRow: Codable, FetchableRecord, PersistableRecord {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, case_number, received_at, received_by, channel, kind, nature, category, building, unit, person_name,
             person_standing, person_contact, account, location, since, real_cause, wants, coordinate_with,
             beyond_manager_authority, notes, stage, is_training, updated_at
    }

    static let databaseTableName = "cases"

    var id: Int64?
    var case_number: String
    var received_at: String
    var received_by: String
    var channel: String
    var kind: String
    var nature: String?
    var category: String?
    var building: String?
    var unit: String?
    var person_name: String?
    var person_standing: String?
    var person_contact: String?
    var account: String
    var location: String?
    var since: String?
    var real_cause: String?
    var wants: String?
    var coordinate_with: String
    var beyond_manager_authority: Bool
    var notes: String
    var stage: String
    var is_training: Bool
    var updated_at: String

    /// The columns a record fills: everything but the id and the transcript's chain head.
    static let recordColumns: [String] = CodingKeys.allCases.map(\.stringValue).filter { $0 != "id" }

    init(_ record: ComplaintRecord) {
        id = nil
        case_number = record.caseNumber.description
        received_at = Timestamp.storage(record.receivedAt)
        received_by = record.receivedBy
        channel = record.channel.rawValue
        kind = record.kind.rawValue
        nature = record.nature?.rawValue
        category = record.category
        building = record.building
        unit = record.unit
        person_name = record.person.name
        person_standing = record.person.standing?.rawValue
        person_contact = record.person.contact
        account = record.account
        location = record.location
        since = record.since
        real_cause = record.realCause
        wants = record.wants
        coordinate_with = Self.json(record.coordinateWith)
        notes = Self.json(record.notes)
        beyond_manager_authority = record.beyondManagerAuthority
        stage = record.stage.rawValue
        is_training = record.isTraining
        updated_at = Timestamp.storage(Date())
    }

    /// Nil only for a row no Coach could have written (the CHECK constraints forbid it).
    func record() -> ComplaintRecord? {
        guard let number = CaseNumber(case_number), let receivedAt = Timestamp.parse(received_at),
              let channel = Channel(rawValue: channel),
              let kind = ComplaintKind(rawValue: kind), let stage = Stage(rawValue: stage)
        else { return nil }
        return ComplaintRecord(
            caseNumber: number, receivedAt: receivedAt, receivedBy: received_by, channel: channel, kind: kind,
            nature: nature.flatMap(Nature.init(rawValue:)), category: category, building: building, unit: unit,
            person: Person(name: person_name, standing: person_standing.flatMap(Standing.init(rawValue:)), contact: person_contact),
            account: account, location: location, since: since, realCause: real_cause, wants: wants,
            coordinateWith: Self.list(coordinate_with), beyondManagerAuthority: beyond_manager_authority,
            notes: Self.list(notes), stage: stage, isTraining: is_training)
    }

    /// Lists are kept as JSON arrays of strings.
    private static func json(_ list: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(list)) ?? Data("[]".utf8), as: UTF8.self)
    }

    private static func list(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
