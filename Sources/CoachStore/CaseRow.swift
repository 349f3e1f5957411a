import ComplaintDomain
import Foundation
import GRDB

/// A `cases` row: the record spread into columns that reports and searches can use.
struct CaseRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "cases"

    var id: Int64?
    var case_number: String
    var received_at: Date
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
    var real_cause: String?
    var wants: String?
    var coordinate_with: String
    var beyond_manager_authority: Bool
    var stage: String
    var is_training: Bool
    var updated_at: Date

    init(_ record: ComplaintRecord) {
        id = nil
        case_number = record.caseNumber.description
        received_at = record.receivedAt
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
        real_cause = record.realCause
        wants = record.wants
        let list = (try? JSONEncoder().encode(record.coordinateWith)) ?? Data("[]".utf8)
        coordinate_with = String(decoding: list, as: UTF8.self)
        beyond_manager_authority = record.beyondManagerAuthority
        stage = record.stage.rawValue
        is_training = record.isTraining
        updated_at = Date()
    }

    /// Nil only for a row no Coach could have written (the CHECK constraints forbid it).
    func record() -> ComplaintRecord? {
        guard let number = CaseNumber(case_number), let channel = Channel(rawValue: channel),
              let kind = ComplaintKind(rawValue: kind), let stage = Stage(rawValue: stage)
        else { return nil }
        let coordinate = (try? JSONDecoder().decode([String].self, from: Data(coordinate_with.utf8))) ?? []
        return ComplaintRecord(
            caseNumber: number, receivedAt: received_at, receivedBy: received_by, channel: channel, kind: kind,
            nature: nature.flatMap(Nature.init(rawValue:)), category: category, building: building, unit: unit,
            person: Person(name: person_name, standing: person_standing.flatMap(Standing.init(rawValue:)), contact: person_contact),
            account: account, realCause: real_cause, wants: wants, coordinateWith: coordinate,
            beyondManagerAuthority: beyond_manager_authority, stage: stage, isTraining: is_training)
    }
}
