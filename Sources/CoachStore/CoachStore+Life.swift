import CaseEvents
import CivilTime
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
            try Row.fetchOne(db, CaseRow.filter { $0.caseNumber == number }).flatMap(Self.caseFile)
        }
    }

    /// Cases matching the filter, newest first.
    public func files(_ filter: CaseFilter) throws(StoreError) -> [CaseFile] {
        try read { db in
            var request = CaseRow.all()
            if let stage = filter.stage { request = request.filter { $0.stage == stage } }
            if let nature = filter.nature { request = request.filter { $0.nature == nature } }
            if let building = filter.building { request = request.filter { $0.building == building } }
            if let staff = filter.receivedBy { request = request.filter { $0.receivedBy == staff } }
            if filter.openOnly, filter.stage == nil { request = request.filter { $0.stage != Stage.archived && $0.stage != Stage.voided } }
            if !filter.includeDrafts, filter.stage != .draft { request = request.filter { $0.stage != Stage.draft } }
            if !filter.includeTraining { request = request.filter { $0.isTraining == false } }
            request = request.order { [$0.receivedAt.desc, $0.id.desc] }.limit(filter.limit)
            return try Row.fetchAll(db, request).compactMap(Self.caseFile)
        }
    }

    /// Saves a step of a case's life: the record and life as they now stand, with the
    /// transcript events that say what happened, in one transaction.
    public func save(_ file: CaseFile, events: [TranscriptEvent]) throws(StoreError) {
        try write { db in try save(file, events: events, db) }
    }

    private func save(_ file: CaseFile, events: [TranscriptEvent], _ db: Database) throws {
        guard let id = try Self.caseID(file.record.caseNumber, db) else {
            throw StoreError.unknownCase(file.record.caseNumber.description)
        }
        let wasDraft = try Self.isDraft(caseID: id, db)
        var row = CaseRow(file.record)
        row.id = id
        try row.update(db, columns: CaseRow.recordColumns)
        try Self.saveLife(file.life, caseID: id, db)
        if wasDraft, file.record.stage != .draft { try Self.indexTranscript(caseID: id, db) }
        try Self.append(events, caseID: id, number: file.record.caseNumber, seal: seal, db)
    }

    /// Reads a case and saves what `decide` makes of it in one write transaction, so an action is
    /// checked against the case as it stands when it is written: of two desks acting at once,
    /// the second sees the first's result (and is refused if the case has moved on).
    public func change<T>(_ number: CaseNumber, _ decide: (CaseFile) -> CaseChange<T>) throws(StoreError) -> T {
        try write { db in
            guard let row = try Row.fetchOne(db, CaseRow.filter { $0.caseNumber == number }), let file = Self.caseFile(row) else {
                throw StoreError.unknownCase(number.description)
            }
            switch decide(file) {
            case .leave(let result):
                return result
            case .save(let changed, let events, let result):
                try save(changed, events: events, db)
                return result
            }
        }
    }

    static func saveLife(_ life: CaseLife, caseID: Int64, _ db: Database) throws {
        let json = String(decoding: try JSONEncoder().encode(life), as: UTF8.self)
        // The life as JSON, and the parts the month's statistics count as columns.
        try db.cachedStatement(literal: """
            UPDATE cases SET life = \(json), deadline = \(life.deadline.map(Timestamp.storage)),
              handled_at = \(life.handledAt.map(Timestamp.storage)), replied_at = \(life.repliedAt.map(Timestamp.storage)),
              satisfaction = \(life.satisfaction), department = \(life.departments.first)
            WHERE id = \(caseID)
            """).execute()
    }

    static func caseFile(_ row: Row) -> CaseFile? {
        guard let record = try? CaseRow(row: row).record else { return nil }
        let json: String = row[CaseRow.Columns.life] ?? "{}"
        let life = (try? JSONDecoder().decode(CaseLife.self, from: Data(json.utf8))) ?? CaseLife()
        return CaseFile(record: record, life: life)
    }
}
