import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Keeps a supervisor's card for a call, replacing the one they gave before (in the same
    /// transaction); returns when that earlier card was given, or nil for a first card.
    @discardableResult
    public func saveCalibration(_ card: CalibrationCard) throws(StoreError) -> Date? {
        try write { db in
            guard let id = try Self.caseID(card.caseNumber, db) else { throw StoreError.unknownCase(card.caseNumber.description) }
            let before = try db.row("""
                SELECT scored_at FROM calibration_scores WHERE case_id = \(id) AND reviewer = \(card.reviewer) LIMIT 1
                """).flatMap { Timestamp.parse(try $0.get("scored_at", String.self)) }
            try db.run("DELETE FROM calibration_scores WHERE case_id = \(id) AND reviewer = \(card.reviewer)")
            for mark in card.marks {
                try db.run("""
                    INSERT INTO calibration_scores (case_id, reviewer, scored_at, item, result, reason)
                    VALUES (\(id), \(card.reviewer), \(Timestamp.storage(card.at)), \(mark.item.rawValue), \(mark.result.rawValue), \(mark.reason))
                    """)
            }
            return before
        }
    }

    /// The supervisors' cards for calls received in `[from, to)`, or for every call; drafts and
    /// voided calls never have one. Ordered by case, then supervisor (byte by byte, as SQLite
    /// orders text), each card's marks in the order they were given.
    public func calibrationCards(from: Date?, to: Date?) throws(StoreError) -> [CalibrationCard] {
        try read { db in
            let rows = try db.rows("""
                SELECT c.case_number, s.reviewer, s.scored_at, s.item, s.result, s.reason
                FROM calibration_scores s JOIN cases c ON c.id = s.case_id
                WHERE (\(from.map(Timestamp.storage))::text IS NULL OR c.received_at >= \(from.map(Timestamp.storage)))
                  AND (\(to.map(Timestamp.storage))::text IS NULL OR c.received_at < \(to.map(Timestamp.storage)))
                ORDER BY c.case_number COLLATE "C", s.reviewer COLLATE "C", s.id
                """)
            var cards: [CalibrationCard] = []
            for row in rows {
                let number = try row.get("case_number", String.self), reviewer = try row.get("reviewer", String.self)
                // An item or result this version does not know (a later Coach's) is left out.
                guard let caseNumber = CaseNumber(number), let item = ScoreItem(rawValue: try row.get("item", String.self)),
                      let result = ScoreResult(rawValue: try row.get("result", String.self)) else { continue }
                let mark = CalibrationCard.Mark(item: item, result: result, reason: try row.get("reason", String?.self))
                if let last = cards.last, last.caseNumber == caseNumber, last.reviewer == reviewer {
                    cards[cards.count - 1].marks.append(mark)
                } else {
                    let at = Timestamp.parse(try row.get("scored_at", String.self)) ?? Date(timeIntervalSince1970: 0)
                    cards.append(CalibrationCard(caseNumber: caseNumber, reviewer: reviewer, at: at, marks: [mark]))
                }
            }
            return cards
        }
    }

    /// When this supervisor scored this call, if they have.
    public func calibrationScored(_ number: CaseNumber, reviewer: String) throws(StoreError) -> Date? {
        try read { db in
            try db.row("""
                SELECT s.scored_at FROM calibration_scores s JOIN cases c ON c.id = s.case_id
                WHERE c.case_number = \(number.description) AND s.reviewer = \(reviewer) LIMIT 1
                """).flatMap { Timestamp.parse(try $0.get("scored_at", String.self)) }
        }
    }
}
