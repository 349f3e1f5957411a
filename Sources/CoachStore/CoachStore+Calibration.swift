import CaseEvents
import CivilTime
import ComplaintDomain
import Foundation
import GRDB

extension CoachStore {
    /// Keeps a supervisor's card for a call, replacing the one they gave before (in the same
    /// transaction); returns when that earlier card was given, or nil for a first card.
    @discardableResult
    public func saveCalibration(_ card: CalibrationCard) throws(StoreError) -> Date? {
        try write { db in
            guard let id = try Self.caseID(card.caseNumber, db) else { throw StoreError.unknownCase(card.caseNumber.description) }
            let before = try SQLRequest<String>(literal: """
                SELECT scored_at FROM calibration_scores WHERE case_id = \(id) AND reviewer = \(card.reviewer) LIMIT 1
                """).fetchOne(db).flatMap(Timestamp.parse)
            try db.execute(literal: "DELETE FROM calibration_scores WHERE case_id = \(id) AND reviewer = \(card.reviewer)")
            for mark in card.marks {
                try db.execute(literal: """
                    INSERT INTO calibration_scores (case_id, reviewer, scored_at, item, result, reason)
                    VALUES (\(id), \(card.reviewer), \(Timestamp.storage(card.at)), \(mark.item.rawValue), \(mark.result.rawValue), \(mark.reason))
                    """)
            }
            return before
        }
    }

    /// The supervisors' cards for calls received in `[from, to)`, or for every call; drafts and
    /// voided calls never have one. Ordered by case, then supervisor.
    public func calibrationCards(from: Date? = nil, to: Date? = nil) throws(StoreError) -> [CalibrationCard] {
        try read { db in
            var conditions: [SQL] = ["1"]
            if let from { conditions.append("c.received_at >= \(Timestamp.storage(from))") }
            if let to { conditions.append("c.received_at < \(Timestamp.storage(to))") }
            let filter = conditions.joined(operator: .and)
            let rows = try SQLRequest<Row>("""
                SELECT c.case_number, s.reviewer, s.scored_at, s.item, s.result, s.reason
                FROM calibration_scores s JOIN cases c ON c.id = s.case_id
                WHERE \(filter) ORDER BY c.case_number, s.reviewer, s.rowid
                """).fetchAll(db)
            var cards: [CalibrationCard] = []
            for row in rows {
                let number: String = row["case_number"], reviewer: String = row["reviewer"]
                // An item or result this version does not know (a later Coach's) is left out.
                guard let caseNumber = CaseNumber(number), let item = ScoreItem(rawValue: row["item"]),
                      let result = ScoreResult(rawValue: row["result"]) else { continue }
                let mark = CalibrationCard.Mark(item: item, result: result, reason: row["reason"])
                if let last = cards.last, last.caseNumber == caseNumber, last.reviewer == reviewer {
                    cards[cards.count - 1].marks.append(mark)
                } else {
                    let at = (row["scored_at"] as String?).flatMap(Timestamp.parse) ?? Date(timeIntervalSince1970: 0)
                    cards.append(CalibrationCard(caseNumber: caseNumber, reviewer: reviewer, at: at, marks: [mark]))
                }
            }
            return cards
        }
    }

    /// When this supervisor scored this call, if they have.
    public func calibrationScored(_ number: CaseNumber, reviewer: String) throws(StoreError) -> Date? {
        try read { db in
            try SQLRequest<String>(literal: """
                SELECT s.scored_at FROM calibration_scores s JOIN cases c ON c.id = s.case_id
                WHERE c.case_number = \(number) AND s.reviewer = \(reviewer) LIMIT 1
                """).fetchOne(db).flatMap(Timestamp.parse)
        }
    }
}
