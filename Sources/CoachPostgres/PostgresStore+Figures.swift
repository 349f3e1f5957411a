import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    /// The month's statistics over `[from, to)`, computed in SQL exactly as on SQLite (training
    /// calls, drafts and voided drafts never count), with the review scorecards of the period's
    /// cases. A case still open counts as overdue when its deadline passed before `to` — or
    /// before `now`, for a period not yet over. Times are `Timestamp.storage` text, whose order
    /// is time order under any collation (fixed width, the same punctuation in the same places),
    /// so the period's bounds use the index on `received_at`; names are ordered byte by byte
    /// (`COLLATE "C"`), as SQLite does.
    public func figures(from: Date, to: Date, building: String?, now: Date) throws(StoreError) -> (PeriodFigures, reviewCards: [Data]) {
        let period = PeriodQuery(from: from, to: to, building: building)
        return try read { db in
            var figures = PeriodFigures(from: from, to: to)
            for row in try db.rows(period.query("SELECT kind, count(*) AS n FROM cases WHERE \(PeriodQuery.counted) GROUP BY kind")) {
                let n = try row.get("n", Int.self)
                if try row.get("kind", String.self) == ComplaintKind.complaint.rawValue { figures.complaints = n } else { figures.suggestions = n }
            }

            // Each of the five groupings in one pass over the period's complaints; `GROUPING`
            // names the column a row counts (its bit is 0), a NULL there being its own group ('').
            let columns = ["channel", "nature", "category", "building", "department"]
            var groups = [[String: Int]](repeating: [:], count: columns.count)
            for row in try db.rows(period.query("""
                SELECT \(columns.joined(separator: ", ")), GROUPING(\(columns.joined(separator: ", "))) AS grouped, count(*) AS n
                FROM cases WHERE \(PeriodQuery.complaints)
                GROUP BY GROUPING SETS (\(columns.map { "(\($0))" }.joined(separator: ", ")))
                """)) {
                let grouped = try row.get("grouped", Int.self)
                guard let index = columns.indices.first(where: { grouped == (1 << columns.count) - 1 - (1 << (columns.count - 1 - $0)) })
                else { continue }
                groups[index][try row.get(columns[index], String?.self) ?? "", default: 0] += try row.get("n", Int.self)
            }
            (figures.byChannel, figures.byNature, figures.byCategory, figures.byBuilding, figures.byDepartment) =
                (groups[0], groups[1], groups[2], groups[3], groups[4])

            let timing = try db.row(period.query("""
                SELECT \(PeriodQuery.timing) FROM cases WHERE \(PeriodQuery.complaints) AND deadline IS NOT NULL
                """, end: to, cutoff: min(to, now)))!
            figures.onTime = try timing.get("on_time", Int.self)
            figures.late = try timing.get("late", Int.self)
            figures.openOverdue = try timing.get("open_overdue", Int.self)
            figures.openNotDue = try timing.get("open_not_due", Int.self)

            // Hours to reply as SQLite's `(julianday(replied_at) - julianday(received_at)) * 24`
            // computes them, to the same bits: each time as a Julian day in doubles from its
            // whole milliseconds. The percentiles are nearest-rank, as `percentile_disc` is.
            let reply = try db.row(period.query("""
                SELECT count(*) AS replied,
                       percentile_disc(0.5) WITHIN GROUP (ORDER BY h) AS median,
                       percentile_disc(0.9) WITHIN GROUP (ORDER BY h) AS p90
                FROM (
                  SELECT (\(PeriodQuery.julianDay("replied_at")) - \(PeriodQuery.julianDay("received_at"))) * 24::float8 AS h
                  FROM cases WHERE \(PeriodQuery.complaints) AND replied_at IS NOT NULL
                ) AS hours
                """))!
            figures.replied = try reply.get("replied", Int.self)
            figures.medianReplyHours = try reply.get("median", Double?.self)
            figures.p90ReplyHours = try reply.get("p90", Double?.self)

            for row in try db.rows(period.query("""
                SELECT satisfaction AS s, count(*) AS n FROM cases WHERE \(PeriodQuery.complaints) AND satisfaction IS NOT NULL GROUP BY s
                """)) {
                let score = try row.get("s", Int.self)
                if (1...5).contains(score) { figures.satisfaction[score - 1] = try row.get("n", Int.self) }
            }
            // Calls that reached the caller, whether or not satisfaction was asked (guideline 8:
            // "where needed"); `->>` is NULL for a missing key and for JSON null, as `json_extract` is.
            figures.followUps = try db.row(period.query("""
                SELECT count(*) AS n FROM cases WHERE \(PeriodQuery.complaints) AND (life::jsonb ->> 'followedUpAt') IS NOT NULL
                """))!.get("n", Int.self)

            figures.repeatUnits = try db.rows(period.query("""
                SELECT building, unit, count(*) AS n FROM cases
                WHERE \(PeriodQuery.complaints) AND building IS NOT NULL AND unit IS NOT NULL
                GROUP BY building, unit HAVING count(*) >= 2 ORDER BY n DESC, building COLLATE "C", unit COLLATE "C"
                """)).map { row in
                PeriodFigures.RepeatUnit(building: try row.get("building", String.self), unit: try row.get("unit", String.self),
                                         complaints: try row.get("n", Int.self))
            }

            // In the order SQLite's walk along its index of receipt gives them.
            let cards = try db.rows(period.query("""
                SELECT r.scorecard FROM review_scores r JOIN cases ON cases.id = r.case_id WHERE \(PeriodQuery.counted)
                ORDER BY cases.received_at, cases.id
                """)).map { Data(try $0.get("scorecard", String.self).utf8) }
            return (figures, cards)
        }
    }

    /// The on-time rate of complaints received in `[from, to)` (handled by their deadline, out
    /// of those due or handled by `min(to, now)`), for a trend over months.
    public func onTimeRate(from: Date, to: Date, building: String?, now: Date) throws(StoreError) -> Double? {
        let period = PeriodQuery(from: from, to: to, building: building)
        return try read { db in
            let row = try db.row(period.query("""
                SELECT \(PeriodQuery.timing) FROM cases WHERE \(PeriodQuery.complaints) AND deadline IS NOT NULL
                """, end: to, cutoff: min(to, now)))!
            let onTime = try row.get("on_time", Int.self)
            let missed = try row.get("late", Int.self) + row.get("open_overdue", Int.self)
            return onTime + missed == 0 ? nil : Double(onTime) / Double(onTime + missed)
        }
    }

    /// Keeps a case's latest reviewed scorecard (JSON) for the month's guideline adherence.
    public func saveReviewScore(_ number: CaseNumber, staff: String, total: Int, scorecard: Data, at: Date) throws(StoreError) {
        try write { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            try db.run("""
                INSERT INTO review_scores (case_id, at, staff, total, scorecard)
                VALUES (\(id), \(Timestamp.storage(at)), \(staff), \(total), \(String(decoding: scorecard, as: UTF8.self)))
                ON CONFLICT (case_id) DO UPDATE
                SET at = excluded.at, staff = excluded.staff, total = excluded.total, scorecard = excluded.scorecard
                """)
        }
    }
}

/// The cases a period counts, as SQL over bound values: received in `[$1, $2)`, neither
/// training calls nor drafts nor voided drafts, of building `$3` when it is not NULL. A
/// statement on timing binds the period's end as `$4` and the moment overdue is judged at as `$5`.
struct PeriodQuery {
    var from: Date
    var to: Date
    var building: String?

    static let counted = """
        NOT is_training AND stage NOT IN ('\(Stage.draft.rawValue)', '\(Stage.voided.rawValue)') \
        AND received_at >= $1 AND received_at < $2 AND ($3::text IS NULL OR building = $3)
        """
    static let complaints = counted + " AND kind = '\(ComplaintKind.complaint.rawValue)'"

    /// How complaints with a deadline stood when the period ended (`$4`): handled by their
    /// deadline (`on_time`) or after it (`late`), or not handled by then and, at `$5`, past their
    /// deadline (`open_overdue`) or not (`open_not_due`).
    static let timing = """
        count(*) FILTER (WHERE handled_at IS NOT NULL AND handled_at < $4 AND handled_at <= deadline) AS on_time,
        count(*) FILTER (WHERE handled_at IS NOT NULL AND handled_at < $4 AND handled_at > deadline) AS late,
        count(*) FILTER (WHERE (handled_at IS NULL OR handled_at >= $4) AND deadline < $5) AS open_overdue,
        count(*) FILTER (WHERE (handled_at IS NULL OR handled_at >= $4) AND deadline >= $5) AS open_not_due
        """

    /// A stored time as SQLite's `julianday` gives it: whole milliseconds since the Julian
    /// epoch, divided as a double.
    static func julianDay(_ column: String) -> String {
        "((extract(epoch FROM \(column)::timestamptz) * 1000)::bigint + 210866760000000)::float8 / 86400000::float8"
    }

    func query(_ sql: String, end: Date? = nil, cutoff: Date? = nil) -> PostgresQuery {
        var binds = PostgresBindings()
        binds.append(Timestamp.storage(from))
        binds.append(Timestamp.storage(to))
        binds.append(building)
        if let end, let cutoff {
            binds.append(Timestamp.storage(end))
            binds.append(Timestamp.storage(cutoff))
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}
