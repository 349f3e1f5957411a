import CaseEvents
import CivilTime
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

    package init(number: CaseNumber, chain: [TranscriptChain.Problem], disagreements: [CaseDisagreement], noOpening: Bool) {
        self.number = number
        self.chain = chain
        self.disagreements = disagreements
        self.noOpening = noOpening
    }
}

extension CoachStore {
    /// Checks a case's chain, and recomputes its record and life from its events to compare with
    /// what `cases` holds (what the case view and the report read).
    public func check(_ number: CaseNumber) throws(StoreError) -> CaseCheck {
        try read { db in
            guard let row = try Row.fetchOne(db, CaseRow.filter { $0.caseNumber == number })
            else { throw StoreError.unknownCase(number.description) }
            let id: Int64 = row[CaseRow.Columns.id]
            let chain = try chainProblems(caseID: id, number: number, db)
            guard let projected = CaseProjection.project(try Self.transcript(caseID: id, db)) else {
                return CaseCheck(number: number, chain: chain, disagreements: [], noOpening: true)
            }
            return CaseCheck(number: number, chain: chain, disagreements: Self.compare(stored: row, projected: projected), noOpening: false)
        }
    }

    /// Every column the record and life fill, side by side, named as the database names them.
    static func compare(stored row: Row, projected: CaseFile) -> [CaseDisagreement] {
        disagreements(stored: { ColumnValue(row[$0] as DatabaseValue) }, projected: projected)
    }

    /// Every column the record and life fill, as `column` reads them from the stored row and as
    /// the events make them, named as the database names them (either engine's row).
    package static func disagreements(stored column: (String) -> ColumnValue, projected: CaseFile) -> [CaseDisagreement] {
        // The record's columns as the row holds them, whatever they hold (a value this program
        // would not write is a disagreement too), and as the projected record would be written.
        var stored = recordColumns { column($0) }
        let written = CaseColumns.values(of: projected.record)
        var fromEvents = recordColumns { written[$0] ?? .null }

        let json = column(CaseRow.Columns.life.name).text ?? "{}"
        // A case not yet received keeps an empty life: `{}`, which is a life with nothing in it.
        if let life = json == "{}" ? CaseLife() : try? JSONDecoder().decode(CaseLife.self, from: Data(json.utf8)) {
            for (key, value) in lifeColumns(life) { stored[key] = value }
        } else {
            stored["life"] = json
        }
        for name in [CaseRow.Columns.deadline, CaseRow.Columns.handledAt, CaseRow.Columns.repliedAt, CaseRow.Columns.department,
                     CaseRow.Columns.satisfaction].map(\.name) {
            stored[name] = column(name).text
        }

        for (key, value) in lifeColumns(projected.life) { fromEvents[key] = value }
        fromEvents[CaseRow.Columns.deadline.name] = projected.life.deadline.map(Timestamp.storage)
        fromEvents[CaseRow.Columns.handledAt.name] = projected.life.handledAt.map(Timestamp.storage)
        fromEvents[CaseRow.Columns.repliedAt.name] = projected.life.repliedAt.map(Timestamp.storage)
        fromEvents[CaseRow.Columns.department.name] = projected.life.departments.first
        fromEvents[CaseRow.Columns.satisfaction.name] = projected.life.satisfaction.map(String.init)

        return Set(stored.keys).union(fromEvents.keys).sorted().compactMap { key in
            let a = stored[key] ?? nil, b = fromEvents[key] ?? nil
            return a == b ? nil : CaseDisagreement(field: key, stored: a, fromEvents: b)
        }
    }

    /// The record's columns of `cases` as text, by column name (the id and the time of the last
    /// write are not the record's).
    private static func recordColumns(_ value: (String) -> ColumnValue) -> [String: String?] {
        var out: [String: String?] = [:]
        for column in CaseRow.recordColumns where column != CaseRow.CodingKeys.updatedAt.stringValue {
            out[column] = value(column).text
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
    /// The digest of the whole history now, as kept with every write: what the month's report
    /// prints (no scan of the transcript, however large).
    public func digest() throws(StoreError) -> ChainDigest {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT watermark, hash FROM ledger WHERE id = 1")
            return ChainDigest(watermark: row?["watermark"] ?? 0, hex: row?["hash"] ?? TranscriptChain.genesis, keyed: seal != nil)
        }
    }

    /// The digest recomputed from the events themselves, up to `watermark` (all when nil): what
    /// an earlier digest is checked against, and what `verify --digest` prints.
    public func recomputedDigest(upTo watermark: Int64? = nil) throws(StoreError) -> ChainDigest {
        try read { db in try Self.ledger(upTo: watermark, seal: seal, db) }
    }

    static func ledger(upTo watermark: Int64?, seal: ChainSeal?, _ db: Database) throws -> ChainDigest {
        var hash = TranscriptChain.genesis
        var last: Int64 = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT id, hash FROM transcript WHERE id <= ? ORDER BY id",
                                       arguments: [watermark ?? Int64.max])
        while let row = try rows.next() {
            last = row["id"]
            // A damaged row (no hash) is part of the history too: it changes the ledger, it does not stop the check.
            hash = TranscriptChain.ledger(previous: hash, row: last, hash: (row["hash"] as String?) ?? "", seal: seal)
        }
        return ChainDigest(watermark: watermark ?? last, hex: hash, keyed: seal != nil)
    }
}

extension CoachStore {
    /// The checks no single case can make: the append-only triggers are in place, and every case
    /// number each day's sequence gave out is still there (a case deleted whole leaves a gap).
    public func checkDatabase() throws(StoreError) -> [DatabaseProblem] {
        try read { db in
            var problems: [DatabaseProblem] = []
            let triggers = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            for name in ["transcript_is_append_only_update", "transcript_is_append_only_delete"] {
                let sql: String? = triggers.first { $0["name"] == name }?["sql"]
                if !(sql ?? "").contains("RAISE(ABORT") { problems.append(.appendOnlyTriggerMissing(name: name)) }
            }
            let present = Set(try String.fetchAll(db, sql: "SELECT case_number FROM cases").compactMap(CaseNumber.init))
            var missing: [CaseNumber] = []
            for row in try Row.fetchAll(db, sql: "SELECT day, last FROM case_sequence ORDER BY day") {
                guard let day = LocalDate(iso: row["day"]) else { continue }
                let last: Int = row["last"]
                missing += (1...max(1, last)).map { CaseNumber(day: day, sequence: $0) }.filter { !present.contains($0) }
            }
            if !missing.isEmpty { problems.append(.casesMissing(missing)) }
            let stored = try Row.fetchOne(db, sql: "SELECT watermark, hash FROM ledger WHERE id = 1")
            let recomputed = try Self.ledger(upTo: nil, seal: seal, db)
            if stored?["hash"] != recomputed.hex || (stored?["watermark"] ?? 0) != recomputed.watermark {
                problems.append(.ledgerChanged)
            }
            return problems
        }
    }
}
