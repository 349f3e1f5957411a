import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Checks a case's chain, and recomputes its record and life from its events to compare with
    /// what `cases` holds, naming the columns that disagree as SQLite's check names them.
    public func check(_ number: CaseNumber) throws(StoreError) -> CaseCheck {
        try read { db in
            guard let row = try db.row("SELECT * FROM cases WHERE case_number = \(number.description)") else {
                throw StoreError.unknownCase(number.description)
            }
            let id = try row.get("id", Int64.self)
            let chain = try chainProblems(caseID: id, number: number, db)
            guard let projected = CaseProjection.project(try Self.transcript(caseID: id, db)) else {
                return CaseCheck(number: number, chain: chain, disagreements: [], noOpening: true)
            }
            return CaseCheck(number: number, chain: chain, disagreements: CoachStore.disagreements(stored: row.value, projected: projected),
                             noOpening: false)
        }
    }

    /// The digest of the whole history now, as kept with every write.
    public func digest() throws(StoreError) -> ChainDigest {
        try read { db in
            let row = try db.row("SELECT watermark, hash FROM ledger WHERE id = 1")
            return ChainDigest(watermark: try row?.get("watermark", Int64.self) ?? 0,
                               hex: try row?.get("hash", String.self) ?? TranscriptChain.genesis, keyed: seal != nil)
        }
    }

    /// The digest recomputed from the events themselves, up to `watermark` (all when nil).
    public func recomputedDigest(upTo watermark: Int64? = nil) throws(StoreError) -> ChainDigest {
        try read { db in try ledger(upTo: watermark, db) }
    }

    /// The ledger from the events, read in batches so a large transcript is never held whole.
    func ledger(upTo watermark: Int64?, _ db: PostgresTransaction) throws -> ChainDigest {
        var hash = TranscriptChain.genesis
        var last: Int64 = 0
        let limit = watermark ?? Int64.max
        while true {
            let rows = try db.rows("SELECT id, hash FROM transcript WHERE id > \(last) AND id <= \(limit) ORDER BY id LIMIT 10000")
            guard !rows.isEmpty else { break }
            for row in rows {
                last = try row.get("id", Int64.self)
                hash = TranscriptChain.ledger(previous: hash, row: last, hash: try row.get("hash", String.self), seal: seal)
            }
        }
        return ChainDigest(watermark: watermark ?? last, hex: hash, keyed: seal != nil)
    }

    /// The checks no single case can make: the append-only triggers are in place and enabled,
    /// every number each day's counter gave out is still there, and the ledger is what the events make.
    public func checkDatabase() throws(StoreError) -> [DatabaseProblem] {
        try read { db in
            var problems: [DatabaseProblem] = []
            let triggers = try db.rows("""
                SELECT t.tgname AS name, t.tgenabled <> 'D' AS enabled, p.prosrc AS body
                FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
                WHERE t.tgrelid = 'transcript'::regclass AND NOT t.tgisinternal
                """)
            for name in ["transcript_is_append_only", "transcript_is_append_only_truncate"] {
                let trigger = try triggers.first { try $0.get("name", String.self) == name }
                let refuses = try trigger.map { try $0.get("enabled", Bool.self) && $0.get("body", String.self).contains("RAISE EXCEPTION") }
                if refuses != true { problems.append(.appendOnlyTriggerMissing(name: name)) }
            }
            let present = Set(try db.rows("SELECT case_number FROM cases").compactMap { CaseNumber(try $0.get("case_number", String.self)) })
            var missing: [CaseNumber] = []
            for row in try db.rows("SELECT day, last FROM case_sequence ORDER BY day") {
                guard let day = LocalDate(iso: try row.get("day", String.self)) else { continue }
                let last = try row.get("last", Int.self)
                missing += (1...max(1, last)).map { CaseNumber(day: day, sequence: $0) }.filter { !present.contains($0) }
            }
            if !missing.isEmpty { problems.append(.casesMissing(missing)) }
            let stored = try db.row("SELECT watermark, hash FROM ledger WHERE id = 1")
            let recomputed = try ledger(upTo: nil, db)
            if try stored?.get("hash", String.self) != recomputed.hex || (try stored?.get("watermark", Int64.self) ?? 0) != recomputed.watermark {
                problems.append(.ledgerChanged)
            }
            return problems
        }
    }
}
