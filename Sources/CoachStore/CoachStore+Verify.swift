import ComplaintDomain
import Foundation
import GRDB

/// What `coach verify` finds in one case.
public struct CaseCheck: Sendable, Equatable {
    public var number: CaseNumber
    public var chain: [TranscriptChain.Problem]
    /// Columns that disagree with the events (empty when the events cannot be projected).
    public var disagreements: [CaseDisagreement]
    /// The events never open the case (no opening and no migration snapshot): nothing to compare.
    public var noOpening: Bool

    public var isIntact: Bool { chain.isEmpty && disagreements.isEmpty && !noOpening }
}

extension CoachStore {
    /// Checks a case's chain, and recomputes its record and life from its events to compare with
    /// what `cases` holds (what the case view and the report read).
    public func check(_ number: CaseNumber) throws(StoreError) -> CaseCheck {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM cases WHERE case_number = ?", arguments: [number.description])
            else { throw StoreError.unknownCase(number.description) }
            let id: Int64 = row["id"]
            let chain = try chainProblems(caseID: id, number: number, db)
            guard let projected = CaseProjection.project(try Self.transcript(caseID: id, db)) else {
                return CaseCheck(number: number, chain: chain, disagreements: [], noOpening: true)
            }
            return CaseCheck(number: number, chain: chain, disagreements: Self.compare(stored: row, projected: projected), noOpening: false)
        }
    }

    /// Every column the record and life fill, side by side, named as the database names them.
    static func compare(stored row: Row, projected: CaseFile) -> [CaseDisagreement] {
        let storedRow = (try? CaseRow(row: row)) ?? CaseRow(projected.record)
        var stored = columns(storedRow)
        let json: String = row["life"] ?? "{}"
        // A case not yet received keeps an empty life: `{}`, which is a life with nothing in it.
        if let life = json == "{}" ? CaseLife() : try? JSONDecoder().decode(CaseLife.self, from: Data(json.utf8)) {
            for (key, value) in lifeColumns(life) { stored[key] = value }
        } else {
            stored["life"] = json
        }
        for column in ["deadline", "handled_at", "replied_at", "department"] { stored[column] = row[column] as String? }
        stored["satisfaction"] = (row["satisfaction"] as Int?).map(String.init)

        var fromEvents = columns(CaseRow(projected.record))
        for (key, value) in lifeColumns(projected.life) { fromEvents[key] = value }
        fromEvents["deadline"] = projected.life.deadline.map(Timestamp.storage)
        fromEvents["handled_at"] = projected.life.handledAt.map(Timestamp.storage)
        fromEvents["replied_at"] = projected.life.repliedAt.map(Timestamp.storage)
        fromEvents["department"] = projected.life.departments.first
        fromEvents["satisfaction"] = projected.life.satisfaction.map(String.init)

        return Set(stored.keys).union(fromEvents.keys).sorted().compactMap { key in
            let a = stored[key] ?? nil, b = fromEvents[key] ?? nil
            return a == b ? nil : CaseDisagreement(field: key, stored: a, fromEvents: b)
        }
    }

    /// A `cases` row's record columns as text (the id and the time of the last write are not the record's).
    private static func columns(_ row: CaseRow) -> [String: String?] {
        var out: [String: String?] = [:]
        for child in Mirror(reflecting: row).children {
            guard let label = child.label, label != "id", label != "updated_at" else { continue }
            switch child.value {
            case let value as String: out[label] = value
            case let value as String?: out[label] = value
            case let value as Bool: out[label] = value ? "1" : "0"
            default: out[label] = "\(child.value)"
            }
        }
        return out
    }

    /// The life's JSON as `life.KEY` columns, times at the precision the database keeps.
    private static func lifeColumns(_ life: CaseLife) -> [String: String?] {
        guard let normal = try? lifeJSON(life),
              let object = try? JSONSerialization.jsonObject(with: Data(normal.utf8)) as? [String: Any]
        else { return [:] }
        var out: [String: String?] = [:]
        for (key, value) in object {
            let text = (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]))
                .map { String(decoding: $0, as: UTF8.self) }
            out["life." + key] = text
        }
        return out
    }

    private static func lifeJSON(_ life: CaseLife) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.storage(date))
        }
        return String(decoding: try encoder.encode(life), as: UTF8.self)
    }
}

extension CoachStore {
    /// The digest of every chain now, or as it stood at `watermark` (the last event written then).
    public func digest(at watermark: Int64? = nil) throws(StoreError) -> ChainDigest {
        try read { db in
            let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM transcript") ?? 0
            let mark = watermark ?? last
            // Each case's last event at the watermark: its number and hash stand for all before it.
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.case_number, t.seq, t.hash
                FROM (SELECT case_id, max(seq) AS seq FROM transcript WHERE id <= ? GROUP BY case_id) AS m
                JOIN transcript AS t ON t.case_id = m.case_id AND t.seq = m.seq
                JOIN cases AS c ON c.id = m.case_id
                ORDER BY c.case_number
                """, arguments: [mark])
            var lines = ""
            for row in rows {
                lines += "\(row["case_number"] as String):\(row["seq"] as Int):\(row["hash"] as String)\n"
            }
            return ChainDigest(watermark: mark, hex: seal?.code(lines) ?? ChainHash.hex(lines), keyed: seal != nil)
        }
    }
}
