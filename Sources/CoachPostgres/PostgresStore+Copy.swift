import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

/// The PostgreSQL side of `coach db copy`: cases read whole a page at a time, and written whole.
extension PostgresStore: StoreCopying {
    public func storedCaseCount() throws(StoreError) -> Int {
        try read { db in Int(try db.row("SELECT count(*) AS n FROM cases")!.get("n", Int64.self)) }
    }

    public func storedCases(from start: Int64?, limit: Int) throws(StoreError) -> StoredCasePage {
        try read { db in
            let rows = try db.rows("SELECT * FROM cases WHERE id >= \(start ?? Int64.min) ORDER BY id LIMIT \(Int64(limit) + 1)")
            let next = rows.count > limit ? try rows[limit].get("id", Int64.self) : nil
            return StoredCasePage(cases: try storedCases(Array(rows.prefix(limit)), db), next: next)
        }
    }

    public func storedCases(_ numbers: [CaseNumber]) throws(StoreError) -> [StoredCase] {
        try read { db in
            try storedCases(db.rows("SELECT * FROM cases WHERE case_number = ANY(\(numbers.map(\.description))) ORDER BY id"), db)
        }
    }

    /// The cases of `rows` (`SELECT *` of `cases`) with every row that belongs to them: one
    /// query per table for them all.
    private func storedCases(_ rows: [FetchedRow], _ db: PostgresTransaction) throws -> [StoredCase] {
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.get("id", Int64.self) }
        func byCase(_ table: String, _ names: [String], order: String) throws -> [Int64: [[String: ColumnValue]]] {
            var out: [Int64: [[String: ColumnValue]]] = [:]
            let sql = "SELECT case_id, \(names.joined(separator: ", ")) FROM \(table) WHERE case_id = ANY($1) ORDER BY case_id, \(order)"
            var binds = PostgresBindings()
            binds.append(ids)
            for row in try db.rows(PostgresQuery(unsafeSQL: sql, binds: binds)) {
                out[try row.get("case_id", Int64.self), default: []].append(row.values(names))
            }
            return out
        }
        let events = try byCase("transcript", ["id"] + StoredCase.transcriptColumns, order: "seq, id")
        let drafts = try byCase("drafts", StoredCase.draftColumns, order: "case_id")
        let training = try byCase("training_results", StoredCase.trainingColumns, order: "id")
        // The marks in the order they were written, as far as the table keeps one.
        let calibration = try byCase("calibration_scores", StoredCase.calibrationColumns, order: "ctid")
        let reviews = try byCase("review_scores", StoredCase.reviewColumns, order: "case_id")
        var search: [Int64: [String]] = [:]
        for row in try db.rows("SELECT case_id, text FROM search_docs WHERE case_id = ANY(\(ids)) ORDER BY id") {
            search[try row.get("case_id", Int64.self), default: []].append(try row.get("text", String.self))
        }
        return try rows.map { row in
            let id = try row.get("id", Int64.self)
            guard let number = CaseNumber(row.value("case_number").text ?? "") else {
                throw StoreError.cannotOpen(path: path, reason: "the case in row \(id) has no case number Coach can read")
            }
            let rows = events[id] ?? []
            return StoredCase(number: number, columns: row.values(StoredCase.caseColumns), events: rows.map { $0.filter { $0.key != "id" } },
                              eventRows: rows.map { if case .integer(let row) = $0["id"] { row } else { 0 } },
                              draft: drafts[id]?.first, trainingResults: training[id] ?? [], calibrationScores: calibration[id] ?? [],
                              reviewScore: reviews[id]?.first, searchLines: search[id] ?? [])
        }
    }

    public func copyIn(_ cases: [StoredCase]) throws(StoreError) -> CopiedBatch {
        try write { db in
            var batch = CopiedBatch()
            var present: [String: Int64] = [:]
            for row in try db.rows("SELECT case_number, id FROM cases WHERE case_number = ANY(\(cases.map(\.number.description)))") {
                present[try row.get("case_number", String.self)] = try row.get("id", Int64.self)
            }
            let rows = cases.flatMap(\.eventRows)
            let keepRows = try db.row("SELECT NOT EXISTS (SELECT 1 FROM transcript WHERE id = ANY(\(rows))) AS free")!.get("free", Bool.self)
            for item in cases {
                if present[item.number.description] != nil {
                    let rows = try db.rows("SELECT * FROM cases WHERE case_number = \(item.number.description)")
                    if let there = try storedCases(rows, db).first, let what = item.difference(from: there) {
                        batch.differs = (item.number, what)
                        break
                    }
                    batch.alreadyThere += 1
                    continue
                }
                let id = try Self.insert("cases", StoredCase.caseColumns, [item.columns], db, returning: "id")[0]
                for first in stride(from: 0, to: item.events.count, by: 1000) {
                    let range = first..<min(first + 1000, item.events.count)
                    try Self.insert("transcript", StoredCase.transcriptColumns, Array(item.events[range]), db, caseID: id,
                                    rows: keepRows ? Array(item.eventRows[range]) : nil)
                }
                if let draft = item.draft { try Self.insert("drafts", StoredCase.draftColumns, [draft], db, caseID: id) }
                if !item.trainingResults.isEmpty {
                    try Self.insert("training_results", StoredCase.trainingColumns, item.trainingResults, db, caseID: id)
                }
                if !item.calibrationScores.isEmpty {
                    try Self.insert("calibration_scores", StoredCase.calibrationColumns, item.calibrationScores, db, caseID: id)
                }
                if let review = item.reviewScore { try Self.insert("review_scores", StoredCase.reviewColumns, [review], db, caseID: id) }
                for line in item.searchLines { try Self.index(line, caseID: id, db) }
                try db.run("""
                    INSERT INTO case_sequence (day, last) VALUES (\(item.number.day.description), \(item.number.sequence))
                    ON CONFLICT (day) DO UPDATE SET last = greatest(case_sequence.last, excluded.last)
                    """)
                batch.copied += 1
            }
            // Row ids given by hand: the next one the table gives is past them.
            if keepRows, batch.copied > 0 {
                try db.run("SELECT setval(pg_get_serial_sequence('transcript', 'id'), (SELECT max(id) FROM transcript))")
            }
            return batch
        }
    }

    /// Inserts rows as the other store held them (`case_id` set to this store's id of their
    /// case; at the row ids `rows` when given), in one statement; returns the `returning` column
    /// of each, in the order written.
    @discardableResult
    private static func insert(_ table: String, _ names: [String], _ rows: [[String: ColumnValue]], _ db: PostgresTransaction,
                               caseID: Int64? = nil, rows ids: [Int64]? = nil, returning: String? = nil) throws -> [Int64] {
        let columns = (ids == nil ? [] : ["id"]) + (caseID == nil ? [] : ["case_id"]) + names
        var binds = PostgresBindings()
        var tuples: [String] = []
        for (index, row) in rows.enumerated() {
            var marks: [String] = []
            if let ids {
                binds.append(ids[index])
                marks.append("$\(binds.count)")
            }
            if let caseID {
                binds.append(caseID)
                marks.append("$\(binds.count)")
            }
            for name in names {
                switch row[name] ?? .null {
                case .null: binds.appendNull()
                case .integer(let number) where StoredCase.flagColumns.contains(name): binds.append(number != 0)
                case .integer(let number): binds.append(number)
                case .real(let number): binds.append(number)
                case .text(let text): binds.append(text)
                }
                marks.append("$\(binds.count)")
            }
            tuples.append("(" + marks.joined(separator: ", ") + ")")
        }
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(tuples.joined(separator: ", "))"
            + (returning.map { " RETURNING \($0)" } ?? "")
        let result = try db.rows(PostgresQuery(unsafeSQL: sql, binds: binds))
        guard let returning else { return [] }
        return try result.map { try $0.get(returning, Int64.self) }.sorted()
    }

    public func storeWideRows() throws(StoreError) -> StoreWideRows {
        try read { db in
            var days: [String: Int] = [:]
            for row in try db.rows("SELECT day, last FROM case_sequence") {
                days[try row.get("day", String.self)] = try row.get("last", Int.self)
            }
            var applied: [String: String] = [:]
            for row in try db.rows("SELECT id, applied_at FROM journal_applied") {
                applied[try row.get("id", String.self)] = try row.get("applied_at", String.self)
            }
            return StoreWideRows(lastOfDay: days, journalApplied: applied)
        }
    }

    public func finishCopy(_ rows: StoreWideRows) throws(StoreError) {
        try write { db in
            try Self.lockLedger(db)
            for (day, last) in rows.lastOfDay {
                try db.run("""
                    INSERT INTO case_sequence (day, last) VALUES (\(day), \(last))
                    ON CONFLICT (day) DO UPDATE SET last = greatest(case_sequence.last, excluded.last)
                    """)
            }
            for (id, at) in rows.journalApplied {
                try db.run("INSERT INTO journal_applied (id, applied_at) VALUES (\(id), \(at)) ON CONFLICT (id) DO NOTHING")
            }
            let ledger = try ledger(upTo: nil, db)
            try db.run("UPDATE ledger SET watermark = \(ledger.watermark), hash = \(ledger.hex) WHERE id = 1")
        }
    }

    public func verifiedChains(from start: Int64?, limit: Int) throws(StoreError) -> VerifiedChainPage {
        try read { db in
            let rows = try db.rows("""
                SELECT id, case_number, (SELECT count(*) FROM transcript WHERE case_id = cases.id) AS events
                FROM cases WHERE id >= \(start ?? Int64.min) ORDER BY id LIMIT \(Int64(limit) + 1)
                """)
            let chains = try rows.prefix(limit).map { row in
                let id = try row.get("id", Int64.self)
                guard let number = CaseNumber(row.value("case_number").text ?? "") else {
                    throw StoreError.cannotOpen(path: path, reason: "the case in row \(id) has no case number Coach can read")
                }
                return VerifiedChain(number: number, events: Int(try row.get("events", Int64.self)),
                                     problems: try chainProblems(caseID: id, number: number, db))
            }
            return VerifiedChainPage(chains: chains, next: rows.count > limit ? try rows[limit].get("id", Int64.self) : nil)
        }
    }
}
