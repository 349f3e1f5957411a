import CaseEvents
import ComplaintDomain
import Foundation
import GRDB

/// Schema v9: the case's life keeps every follow-up call (`followUpAttempts`). A case followed up
/// before has that call in its events but not in its cached life, so `verify` would call the
/// cache wrong: each such case gets the attempts its events record, and nothing else in the
/// cache is touched (a value edited behind Coach's back still shows).
enum FollowUpAttemptsMigration {
    static func run(_ db: Database) throws {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT case_id FROM transcript
            WHERE json_extract(payload, '$.event.action._0.action') = ?
            """, arguments: [CaseAction.followUp.rawValue])
        for id in ids {
            guard let projected = CaseProjection.project(try CoachStore.transcript(caseID: id, db)),
                  let json = try String.fetchOne(db, sql: "SELECT life FROM cases WHERE id = ?", arguments: [id]),
                  var life = try? JSONDecoder().decode(CaseLife.self, from: Data(json.utf8))
            else { continue }
            life.followUpAttempts = projected.life.followUpAttempts
            // Only the life's JSON: the columns beside it stay as they were.
            try db.execute(sql: "UPDATE cases SET life = ? WHERE id = ?",
                           arguments: [String(decoding: try JSONEncoder().encode(life), as: UTF8.self), id])
        }
        try db.execute(sql: "PRAGMA user_version = 9")
    }
}
