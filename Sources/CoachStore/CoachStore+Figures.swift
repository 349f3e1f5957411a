import ComplaintDomain
import Foundation
import GRDB

extension CoachStore {
    /// The month's statistics over `[from, to)`, computed in SQL (training calls and drafts
    /// never count), with the review scorecards of the period's cases as the engine wrote them.
    /// A case still open counts as overdue when its deadline passed before `to` — or before
    /// `now`, for a period not yet over.
    public func figures(from: Date, to: Date, building: String? = nil, now: Date = Date()) throws(StoreError) -> (PeriodFigures, reviewCards: [Data]) {
        try read { db in
            var figures = PeriodFigures(from: from, to: to)
            let start = Timestamp.storage(from), end = Timestamp.storage(to)
            var base = "is_training = 0 AND stage <> 'draft' AND received_at >= ? AND received_at < ?"
            var args: [any DatabaseValueConvertible] = [start, end]
            if let building {
                base += " AND building = ?"
                args.append(building)
            }
            let complaint = base + " AND kind = 'complaint'"
            let arguments = StatementArguments(args.map { $0.databaseValue })

            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM cases WHERE \(base) GROUP BY kind", arguments: arguments) {
                let kind: String = row["kind"]
                if kind == "complaint" { figures.complaints = row["n"] } else { figures.suggestions = row["n"] }
            }
            func groups(_ column: String) throws -> [String: Int] {
                var result: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT coalesce(\(column), '') AS k, count(*) AS n FROM cases WHERE \(complaint) GROUP BY k",
                                            arguments: arguments) {
                    result[row["k"]] = row["n"]
                }
                return result
            }
            figures.byChannel = try groups("channel")
            figures.byNature = try groups("nature")
            figures.byCategory = try groups("category")
            figures.byBuilding = try groups("building")
            figures.byDepartment = try groups("department")

            let timing = try Row.fetchOne(db, sql: """
                SELECT
                  coalesce(sum(handled_at IS NOT NULL AND handled_at < ?2 AND handled_at <= deadline), 0) AS on_time,
                  coalesce(sum(handled_at IS NOT NULL AND handled_at < ?2 AND handled_at > deadline), 0) AS late,
                  coalesce(sum((handled_at IS NULL OR handled_at >= ?2) AND deadline < ?3), 0) AS open_overdue,
                  coalesce(sum((handled_at IS NULL OR handled_at >= ?2) AND deadline >= ?3), 0) AS open_not_due
                FROM cases WHERE \(complaint.replacingOccurrences(of: "received_at >= ? AND received_at < ?", with: "received_at >= ?1 AND received_at < ?2")
                    .replacingOccurrences(of: "building = ?", with: "building = ?4"))
                  AND deadline IS NOT NULL
                """, arguments: StatementArguments(([start, end, Timestamp.storage(min(to, now))] + (building.map { [$0] } ?? [])).map { $0.databaseValue }))!
            figures.onTime = timing["on_time"]
            figures.late = timing["late"]
            figures.openOverdue = timing["open_overdue"]
            figures.openNotDue = timing["open_not_due"]

            let hours = try Double.fetchAll(db, sql: """
                SELECT (julianday(replied_at) - julianday(received_at)) * 24 AS h FROM cases
                WHERE \(complaint) AND replied_at IS NOT NULL ORDER BY h
                """, arguments: arguments)
            figures.replied = hours.count
            figures.medianReplyHours = Self.percentile(hours, 0.5)
            figures.p90ReplyHours = Self.percentile(hours, 0.9)

            for row in try Row.fetchAll(db, sql: "SELECT satisfaction AS s, count(*) AS n FROM cases WHERE \(complaint) AND satisfaction IS NOT NULL GROUP BY s",
                                        arguments: arguments) {
                let score: Int = row["s"]
                if (1...5).contains(score) { figures.satisfaction[score - 1] = row["n"] }
            }
            figures.followUps = figures.satisfaction.reduce(0, +)

            figures.repeatUnits = try Row.fetchAll(db, sql: """
                SELECT building, unit, count(*) AS n FROM cases
                WHERE \(complaint) AND building IS NOT NULL AND unit IS NOT NULL
                GROUP BY building, unit HAVING n >= 2 ORDER BY n DESC, building, unit
                """, arguments: arguments).map { PeriodFigures.RepeatUnit(building: $0["building"], unit: $0["unit"], complaints: $0["n"]) }

            let cards = try String.fetchAll(db, sql: """
                SELECT r.scorecard FROM review_scores r JOIN cases ON cases.id = r.case_id WHERE \(base)
                """, arguments: arguments).map { Data($0.utf8) }
            return (figures, cards)
        }
    }

    /// The on-time rate of complaints received in `[from, to)` (handled by their deadline, out
    /// of those due or handled by `min(to, now)`), for a trend over months.
    public func onTimeRate(from: Date, to: Date, building: String? = nil, now: Date = Date()) throws(StoreError) -> Double? {
        try read { db in
            let cutoff = Timestamp.storage(min(to, now))
            var sql = """
                SELECT coalesce(sum(handled_at IS NOT NULL AND handled_at < ?2 AND handled_at <= deadline), 0) AS on_time,
                       coalesce(sum(handled_at IS NOT NULL AND handled_at < ?2 AND handled_at > deadline), 0)
                     + coalesce(sum((handled_at IS NULL OR handled_at >= ?2) AND deadline < ?3), 0) AS missed
                FROM cases WHERE is_training = 0 AND stage <> 'draft' AND kind = 'complaint'
                  AND received_at >= ?1 AND received_at < ?2 AND deadline IS NOT NULL
                """
            var arguments: [any DatabaseValueConvertible] = [Timestamp.storage(from), Timestamp.storage(to), cutoff]
            if let building {
                sql += " AND building = ?4"
                arguments.append(building)
            }
            let row = try Row.fetchOne(db, sql: sql, arguments: StatementArguments(arguments.map { $0.databaseValue }))!
            let onTime: Int = row["on_time"], missed: Int = row["missed"]
            return onTime + missed == 0 ? nil : Double(onTime) / Double(onTime + missed)
        }
    }

    /// The nearest-rank percentile of sorted values.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }

    /// Keeps a case's latest reviewed scorecard (JSON) for the month's guideline adherence.
    public func saveReviewScore(_ number: CaseNumber, staff: String, total: Int, scorecard: Data, at: Date) throws(StoreError) {
        try write { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            try db.execute(sql: """
                INSERT INTO review_scores (case_id, at, staff, total, scorecard) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(case_id) DO UPDATE SET at = excluded.at, staff = excluded.staff, total = excluded.total, scorecard = excluded.scorecard
                """, arguments: [id, Timestamp.storage(at), staff, total, String(decoding: scorecard, as: UTF8.self)])
        }
    }
}
