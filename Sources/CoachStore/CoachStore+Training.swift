import CivilTime
import ComplaintDomain
import Foundation
import GRDB
import Training

extension CoachStore {
    public func save(_ result: TrainingResult) throws(StoreError) {
        try write { db in
            guard let id = try Self.caseID(result.caseNumber, db) else { throw StoreError.unknownCase(result.caseNumber.description) }
            try db.execute(literal: """
                INSERT INTO training_results (case_id, staff, scenario, exam, finished_at, total, failed, mood_start, mood_end, scorecard)
                VALUES (\(id), \(result.staff), \(result.scenario), \(result.exam), \(Timestamp.storage(result.finishedAt)), \(result.total),
                        \(result.failed), \(result.moodStart), \(result.moodEnd), \(String(decoding: result.scorecard, as: UTF8.self)))
                """)
        }
    }

    /// A trainee's results, oldest first (all trainees' when `staff` is nil).
    public func trainingResults(staff: String?) throws(StoreError) -> [TrainingResult] {
        try read { db in
            let trainee: SQL = staff.map { "WHERE training_results.staff = \($0)" } ?? ""
            let rows = try SQLRequest<Row>("""
                SELECT training_results.*, cases.case_number FROM training_results
                JOIN cases ON cases.id = training_results.case_id
                \(trainee)
                ORDER BY finished_at, training_results.id
                """).fetchAll(db)
            return rows.compactMap { row in
                guard let number = CaseNumber(row["case_number"]), let finished = Timestamp.parse(row["finished_at"]),
                      let start = Mood(rawValue: row["mood_start"]), let end = Mood(rawValue: row["mood_end"])
                else { return nil }
                let card: String = row["scorecard"]
                return TrainingResult(caseNumber: number, staff: row["staff"], scenario: row["scenario"], exam: row["exam"],
                                      finishedAt: finished, total: row["total"], failed: row["failed"],
                                      moodStart: start, moodEnd: end, scorecard: Data(card.utf8))
            }
        }
    }
}
