import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO
import Training

extension PostgresStore {
    public func save(_ result: TrainingResult) throws(StoreError) {
        try write { db in
            guard let id = try Self.caseID(result.caseNumber, db) else { throw StoreError.unknownCase(result.caseNumber.description) }
            try db.run("""
                INSERT INTO training_results (case_id, staff, scenario, exam, finished_at, total, failed, mood_start, mood_end, scorecard)
                VALUES (\(id), \(result.staff), \(result.scenario), \(result.exam), \(Timestamp.storage(result.finishedAt)), \(result.total),
                        \(result.failed), \(result.moodStart.rawValue), \(result.moodEnd.rawValue),
                        \(String(decoding: result.scorecard, as: UTF8.self)))
                """)
        }
    }

    /// A trainee's results, oldest first (all trainees' when `staff` is nil).
    public func trainingResults(staff: String?) throws(StoreError) -> [TrainingResult] {
        try read { db in
            let rows = try db.rows("""
                SELECT t.*, c.case_number FROM training_results t JOIN cases c ON c.id = t.case_id
                WHERE \(staff)::text IS NULL OR t.staff = \(staff)
                ORDER BY t.finished_at, t.id
                """)
            return try rows.compactMap { row in
                guard let number = CaseNumber(try row.get("case_number", String.self)),
                      let finished = Timestamp.parse(try row.get("finished_at", String.self)),
                      let start = Mood(rawValue: try row.get("mood_start", String.self)),
                      let end = Mood(rawValue: try row.get("mood_end", String.self))
                else { return nil }
                return TrainingResult(caseNumber: number, staff: try row.get("staff", String.self), scenario: try row.get("scenario", String.self),
                                      exam: try row.get("exam", Bool.self), finishedAt: finished, total: try row.get("total", Int.self),
                                      failed: try row.get("failed", Bool.self), moodStart: start, moodEnd: end,
                                      scorecard: Data(try row.get("scorecard", String.self).utf8))
            }
        }
    }
}
