import ComplaintDomain
import Foundation
import GRDB

/// The SQLite side of `coach db copy`: cases read whole a page at a time, and written whole.
extension CoachStore: StoreCopying {
    public func storedCaseCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM cases") ?? 0 }
    }

    public func storedCases(from start: Int64?, limit: Int) throws(StoreError) -> StoredCasePage {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM cases WHERE id >= ? ORDER BY id LIMIT ?",
                                        arguments: [start ?? Int64.min, limit + 1])
            let page = Array(rows.prefix(limit))
            return StoredCasePage(cases: try storedCases(page, db), next: rows.count > limit ? rows[limit]["id"] : nil)
        }
    }

    public func storedCases(_ numbers: [CaseNumber]) throws(StoreError) -> [StoredCase] {
        try read { db in
            var found: [StoredCase] = []
            // A few hundred at a time: SQLite takes at most 32,766 values in one statement.
            for chunk in stride(from: 0, to: numbers.count, by: 500).map({ numbers[$0..<min($0 + 500, numbers.count)] }) {
                let marks = chunk.map { _ in "?" }.joined(separator: ", ")
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM cases WHERE case_number IN (\(marks)) ORDER BY id",
                                            arguments: StatementArguments(chunk.map(\.description)))
                found += try storedCases(rows, db)
            }
            return found
        }
    }

    /// The cases of `rows` (rows of `cases` in order of id) with every row that belongs to them:
    /// one query per table for them all, over the ids from the first to the last.
    private func storedCases(_ rows: [Row], _ db: Database) throws -> [StoredCase] {
        guard let first = rows.first?["id"] as Int64?, let last = rows.last?["id"] as Int64? else { return [] }
        let ids = Set(rows.map { $0["id"] as Int64 })
        func byCase(_ sql: String, _ names: [String]) throws -> [Int64: [[String: ColumnValue]]] {
            var out: [Int64: [[String: ColumnValue]]] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: [first, last]) where ids.contains(row["case_id"]) {
                out[row["case_id"], default: []].append(Self.values(row, names))
            }
            return out
        }
        let columns = StoredCase.transcriptColumns.joined(separator: ", ")
        let events = try byCase("SELECT case_id, id, \(columns) FROM transcript WHERE case_id BETWEEN ? AND ? ORDER BY case_id, seq, id",
                                ["id"] + StoredCase.transcriptColumns)
        let drafts = try byCase("SELECT * FROM drafts WHERE case_id BETWEEN ? AND ?", StoredCase.draftColumns)
        let training = try byCase("SELECT * FROM training_results WHERE case_id BETWEEN ? AND ? ORDER BY case_id, id",
                                  StoredCase.trainingColumns)
        let calibration = try byCase("SELECT * FROM calibration_scores WHERE case_id BETWEEN ? AND ? ORDER BY case_id, rowid",
                                     StoredCase.calibrationColumns)
        let reviews = try byCase("SELECT * FROM review_scores WHERE case_id BETWEEN ? AND ?", StoredCase.reviewColumns)
        var search: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT case_id, text FROM search_docs WHERE case_id BETWEEN ? AND ? ORDER BY id",
                                    arguments: [first, last]) where ids.contains(row["case_id"]) {
            search[row["case_id"], default: []].append(row["text"])
        }
        return try rows.map { row in
            let id: Int64 = row["id"]
            guard let number = CaseNumber(row["case_number"] as String? ?? "") else {
                throw StoreError.cannotOpen(path: path, reason: "the case in row \(id) has no case number Coach can read")
            }
            let rows = events[id] ?? []
            return StoredCase(number: number, columns: Self.values(row, StoredCase.caseColumns),
                              events: rows.map { $0.filter { $0.key != "id" } }, eventRows: rows.map { Self.row($0["id"]) },
                              draft: drafts[id]?.first, trainingResults: training[id] ?? [], calibrationScores: calibration[id] ?? [],
                              reviewScore: reviews[id]?.first, searchLines: search[id] ?? [])
        }
    }

    private static func row(_ value: ColumnValue?) -> Int64 {
        if case .integer(let id) = value { return id }
        return 0
    }

    private static func values(_ row: Row, _ names: [String]) -> [String: ColumnValue] {
        var out: [String: ColumnValue] = [:]
        for name in names { out[name] = ColumnValue(row[name] as DatabaseValue? ?? .null) }
        return out
    }

    public func copyIn(_ cases: [StoredCase]) throws(StoreError) -> CopiedBatch {
        try write { db in
            var batch = CopiedBatch()
            let keepRows = try Self.rowsAreFree(cases.flatMap(\.eventRows), db)
            for item in cases {
                if let id = try Self.caseID(item.number, db) {
                    let rows = try Row.fetchAll(db, sql: "SELECT * FROM cases WHERE id = ?", arguments: [id])
                    if let there = try storedCases(rows, db).first, let what = item.difference(from: there) {
                        batch.differs = (item.number, what)
                        break
                    }
                    batch.alreadyThere += 1
                    continue
                }
                let id = try Self.insert("cases", StoredCase.caseColumns, item.columns, db)
                for (event, row) in zip(item.events, item.eventRows) {
                    try Self.insert("transcript", StoredCase.transcriptColumns, event, db, caseID: id, row: keepRows ? row : nil)
                }
                if let draft = item.draft { try Self.insert("drafts", StoredCase.draftColumns, draft, db, caseID: id) }
                for result in item.trainingResults {
                    try Self.insert("training_results", StoredCase.trainingColumns, result, db, caseID: id)
                }
                for mark in item.calibrationScores {
                    try Self.insert("calibration_scores", StoredCase.calibrationColumns, mark, db, caseID: id)
                }
                if let review = item.reviewScore { try Self.insert("review_scores", StoredCase.reviewColumns, review, db, caseID: id) }
                for line in item.searchLines { try Self.index(line, caseID: id, db) }
                try db.cachedStatement(sql: """
                    INSERT INTO case_sequence (day, last) VALUES (?, ?)
                    ON CONFLICT(day) DO UPDATE SET last = max(last, excluded.last)
                    """).execute(arguments: [item.number.day.description, item.number.sequence])
                batch.copied += 1
            }
            return batch
        }
    }

    /// Whether no event here sits at any of these row ids, so the copied events can keep theirs.
    private static func rowsAreFree(_ rows: [Int64], _ db: Database) throws -> Bool {
        guard let low = rows.min(), let high = rows.max() else { return true }
        let taken = try Int64.fetchAll(db, sql: "SELECT id FROM transcript WHERE id BETWEEN ? AND ?", arguments: [low, high])
        return Set(taken).isDisjoint(with: rows)
    }

    /// Inserts one row as the other store held it (`case_id` set to this store's id of its
    /// case; at `row` when given); returns its row id.
    @discardableResult
    private static func insert(_ table: String, _ names: [String], _ values: [String: ColumnValue], _ db: Database,
                               caseID: Int64? = nil, row: Int64? = nil) throws -> Int64 {
        let columns = (row == nil ? [] : ["id"]) + (caseID == nil ? [] : ["case_id"]) + names
        let statement = try db.cachedStatement(sql: """
            INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            """)
        let bound = (row.map { [$0.databaseValue] } ?? []) + (caseID.map { [$0.databaseValue] } ?? [])
            + names.map { (values[$0] ?? .null).databaseValue }
        try statement.execute(arguments: StatementArguments(bound))
        return db.lastInsertedRowID
    }

    public func storeWideRows() throws(StoreError) -> StoreWideRows {
        try read { db in
            var days: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT day, last FROM case_sequence") { days[row["day"]] = row["last"] }
            var applied: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, applied_at FROM journal_applied") { applied[row["id"]] = row["applied_at"] }
            return StoreWideRows(lastOfDay: days, journalApplied: applied)
        }
    }

    public func finishCopy(_ rows: StoreWideRows) throws(StoreError) {
        try write { db in
            for (day, last) in rows.lastOfDay {
                try db.execute(sql: """
                    INSERT INTO case_sequence (day, last) VALUES (?, ?)
                    ON CONFLICT(day) DO UPDATE SET last = max(last, excluded.last)
                    """, arguments: [day, last])
            }
            for (id, at) in rows.journalApplied {
                try db.execute(sql: "INSERT INTO journal_applied (id, applied_at) VALUES (?, ?) ON CONFLICT(id) DO NOTHING",
                               arguments: [id, at])
            }
            let ledger = try Self.ledger(upTo: nil, seal: seal, db)
            try db.execute(sql: "UPDATE ledger SET watermark = ?, hash = ? WHERE id = 1", arguments: [ledger.watermark, ledger.hex])
        }
    }

    public func verifiedChains(from start: Int64?, limit: Int) throws(StoreError) -> VerifiedChainPage {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, case_number, (SELECT count(*) FROM transcript WHERE case_id = cases.id) AS events
                FROM cases WHERE id >= ? ORDER BY id LIMIT ?
                """, arguments: [start ?? Int64.min, limit + 1])
            let chains = try rows.prefix(limit).map { row in
                let id: Int64 = row["id"]
                guard let number = CaseNumber(row["case_number"] as String? ?? "") else {
                    throw StoreError.cannotOpen(path: path, reason: "the case in row \(id) has no case number Coach can read")
                }
                return VerifiedChain(number: number, events: row["events"], problems: try chainProblems(caseID: id, number: number, db))
            }
            return VerifiedChainPage(chains: chains, next: rows.count > limit ? rows[limit]["id"] : nil)
        }
    }
}
