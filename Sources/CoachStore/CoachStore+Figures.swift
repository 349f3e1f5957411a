import CivilTime
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
            let period = Self.period(from: from, to: to, building: building)
            let counted = period.joined(operator: .and)
            let complaints = (period + ["kind = \(ComplaintKind.complaint)"]).joined(operator: .and)

            for row in try SQLRequest<Row>("SELECT kind, count(*) AS n FROM cases WHERE \(counted) GROUP BY kind").fetchAll(db) {
                let kind: String = row["kind"]
                if kind == ComplaintKind.complaint.rawValue { figures.complaints = row["n"] } else { figures.suggestions = row["n"] }
            }
            func groups(_ column: Column) throws -> [String: Int] {
                var result: [String: Int] = [:]
                for row in try SQLRequest<Row>("""
                    SELECT coalesce(\(column), '') AS k, count(*) AS n FROM cases WHERE \(complaints) GROUP BY k
                    """).fetchAll(db) {
                    result[row["k"]] = row["n"]
                }
                return result
            }
            figures.byChannel = try groups(CaseRow.Columns.channel)
            figures.byNature = try groups(CaseRow.Columns.nature)
            figures.byCategory = try groups(CaseRow.Columns.category)
            figures.byBuilding = try groups(CaseRow.Columns.building)
            figures.byDepartment = try groups(CaseRow.Columns.department)

            let timing = try SQLRequest<Row>("""
                SELECT \(Self.timing(end: to, cutoff: min(to, now)))
                FROM cases WHERE \(complaints) AND deadline IS NOT NULL
                """).fetchOne(db)!
            figures.onTime = timing["on_time"]
            figures.late = timing["late"]
            figures.openOverdue = timing["open_overdue"]
            figures.openNotDue = timing["open_not_due"]

            let hours = try SQLRequest<Double>("""
                SELECT (julianday(replied_at) - julianday(received_at)) * 24 AS h FROM cases
                WHERE \(complaints) AND replied_at IS NOT NULL ORDER BY h
                """).fetchAll(db)
            figures.replied = hours.count
            figures.medianReplyHours = Self.percentile(hours, 0.5)
            figures.p90ReplyHours = Self.percentile(hours, 0.9)

            for row in try SQLRequest<Row>("""
                SELECT satisfaction AS s, count(*) AS n FROM cases WHERE \(complaints) AND satisfaction IS NOT NULL GROUP BY s
                """).fetchAll(db) {
                let score: Int = row["s"]
                if (1...5).contains(score) { figures.satisfaction[score - 1] = row["n"] }
            }
            // Calls that reached the caller, whether or not satisfaction was asked (guideline 8: "where needed").
            figures.followUps = try SQLRequest<Int>("""
                SELECT count(*) FROM cases WHERE \(complaints) AND json_extract(life, '$.followedUpAt') IS NOT NULL
                """).fetchOne(db) ?? 0

            figures.repeatUnits = try SQLRequest<Row>("""
                SELECT building, unit, count(*) AS n FROM cases
                WHERE \(complaints) AND building IS NOT NULL AND unit IS NOT NULL
                GROUP BY building, unit HAVING n >= 2 ORDER BY n DESC, building, unit
                """).fetchAll(db).map { PeriodFigures.RepeatUnit(building: $0["building"], unit: $0["unit"], complaints: $0["n"]) }

            let cards = try SQLRequest<String>("""
                SELECT r.scorecard FROM review_scores r JOIN cases ON cases.id = r.case_id WHERE \(counted)
                """).fetchAll(db).map { Data($0.utf8) }
            return (figures, cards)
        }
    }

    /// The on-time rate of complaints received in `[from, to)` (handled by their deadline, out
    /// of those due or handled by `min(to, now)`), for a trend over months.
    public func onTimeRate(from: Date, to: Date, building: String? = nil, now: Date = Date()) throws(StoreError) -> Double? {
        try read { db in
            let complaints = (Self.period(from: from, to: to, building: building) + ["kind = \(ComplaintKind.complaint)"])
                .joined(operator: .and)
            let row = try SQLRequest<Row>("""
                SELECT on_time, late + open_overdue AS missed FROM (
                  SELECT \(Self.timing(end: to, cutoff: min(to, now)))
                  FROM cases WHERE \(complaints) AND deadline IS NOT NULL
                )
                """).fetchOne(db)!
            let onTime: Int = row["on_time"], missed: Int = row["missed"]
            return onTime + missed == 0 ? nil : Double(onTime) / Double(onTime + missed)
        }
    }

    /// The cases a period counts: received in `[from, to)`, neither training calls nor drafts
    /// nor voided drafts, of one building when one is given.
    private static func period(from: Date, to: Date, building: String?) -> [SQL] {
        var conditions: [SQL] = [
            "is_training = 0", "stage NOT IN (\(Stage.draft), \(Stage.voided))",
            "received_at >= \(Timestamp.storage(from))", "received_at < \(Timestamp.storage(to))",
        ]
        if let building { conditions.append("building = \(building)") }
        return conditions
    }

    /// How complaints with a deadline stood when the period ended at `end`: handled by their
    /// deadline (`on_time`) or after it (`late`), or not handled by then and, at `cutoff`,
    /// past their deadline (`open_overdue`) or not (`open_not_due`).
    private static func timing(end: Date, cutoff: Date) -> SQL {
        let handled: SQL = "handled_at IS NOT NULL AND handled_at < \(Timestamp.storage(end))"
        let open: SQL = "(handled_at IS NULL OR handled_at >= \(Timestamp.storage(end)))"
        let due = Timestamp.storage(cutoff)
        return """
            coalesce(sum(\(handled) AND handled_at <= deadline), 0) AS on_time,
            coalesce(sum(\(handled) AND handled_at > deadline), 0) AS late,
            coalesce(sum(\(open) AND deadline < \(due)), 0) AS open_overdue,
            coalesce(sum(\(open) AND deadline >= \(due)), 0) AS open_not_due
            """
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
            try db.execute(literal: """
                INSERT INTO review_scores (case_id, at, staff, total, scorecard)
                VALUES (\(id), \(Timestamp.storage(at)), \(staff), \(total), \(String(decoding: scorecard, as: UTF8.self)))
                ON CONFLICT(case_id) DO UPDATE SET at = excluded.at, staff = excluded.staff, total = excluded.total, scorecard = excluded.scorecard
                """)
        }
    }
}
