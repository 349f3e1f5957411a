import ComplaintDomain
import Foundation
import GRDB

/// Which cases to list.
public struct CaseFilter: Sendable {
    public var stage: Stage?
    public var nature: Nature?
    public var building: String?
    public var receivedBy: String?
    /// Not yet filed.
    public var openOnly: Bool
    public var includeDrafts: Bool
    public var includeTraining: Bool
    public var limit: Int

    public init(stage: Stage? = nil, nature: Nature? = nil, building: String? = nil, receivedBy: String? = nil,
                openOnly: Bool = false, includeDrafts: Bool = false, includeTraining: Bool = false, limit: Int = 500) {
        self.stage = stage
        self.nature = nature
        self.building = building
        self.receivedBy = receivedBy
        self.openOnly = openOnly
        self.includeDrafts = includeDrafts
        self.includeTraining = includeTraining
        self.limit = limit
    }
}

extension CoachStore {
    public func file(_ number: CaseNumber) throws(StoreError) -> CaseFile? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM cases WHERE case_number = ?", arguments: [number.description])
                .flatMap(Self.caseFile)
        }
    }

    /// Cases matching the filter, newest first.
    public func files(_ filter: CaseFilter) throws(StoreError) -> [CaseFile] {
        try read { db in
            var clauses: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let stage = filter.stage { clauses.append("stage = ?"); arguments.append(stage.rawValue) }
            if let nature = filter.nature { clauses.append("nature = ?"); arguments.append(nature.rawValue) }
            if let building = filter.building { clauses.append("building = ?"); arguments.append(building) }
            if let staff = filter.receivedBy { clauses.append("received_by = ?"); arguments.append(staff) }
            if filter.openOnly { clauses.append("stage <> 'archived'") }
            if !filter.includeDrafts { clauses.append("stage <> 'draft'") }
            if !filter.includeTraining { clauses.append("is_training = 0") }
            let condition = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            arguments.append(filter.limit)
            return try Row.fetchAll(db, sql: "SELECT * FROM cases \(condition) ORDER BY received_at DESC, id DESC LIMIT ?",
                                    arguments: StatementArguments(arguments)).compactMap(Self.caseFile)
        }
    }

    /// Saves a step of a case's life: the record and life as they now stand, with the
    /// transcript events that say what happened, in one transaction.
    public func save(_ file: CaseFile, events: [TranscriptEvent]) throws(StoreError) {
        try write { db in
            guard let id = try Self.caseID(file.record.caseNumber, db) else {
                throw StoreError.unknownCase(file.record.caseNumber.description)
            }
            let wasDraft = try String.fetchOne(db, sql: "SELECT stage FROM cases WHERE id = ?", arguments: [id]) == Stage.draft.rawValue
            var row = CaseRow(file.record)
            row.id = id
            try row.update(db, columns: CaseRow.recordColumns)
            try Self.saveLife(file.life, caseID: id, db)
            if wasDraft, file.record.stage != .draft { try Self.indexTranscript(caseID: id, db) }
            try Self.append(events, caseID: id, number: file.record.caseNumber, seal: seal, db)
        }
    }

    static func saveLife(_ life: CaseLife, caseID: Int64, _ db: Database) throws {
        let json = String(decoding: try JSONEncoder().encode(life), as: UTF8.self)
        // The life as JSON, and the parts the month's statistics count as columns.
        try db.cachedStatement(sql: """
            UPDATE cases SET life = ?, deadline = ?, handled_at = ?, replied_at = ?, satisfaction = ?, department = ? WHERE id = ?
            """).execute(arguments: [json, life.deadline.map(Timestamp.storage), life.handledAt.map(Timestamp.storage),
                             life.repliedAt.map(Timestamp.storage), life.satisfaction, life.departments.first, caseID])
    }

    static func caseFile(_ row: Row) -> CaseFile? {
        guard let record = try? CaseRow(row: row).record() else { return nil }
        let json: String = row["life"] ?? "{}"
        let life = (try? JSONDecoder().decode(CaseLife.self, from: Data(json.utf8))) ?? CaseLife()
        return CaseFile(record: record, life: life)
    }
}
