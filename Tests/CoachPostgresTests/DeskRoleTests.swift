import CaseEvents
@testable import CoachPostgres
import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// `coach db init`'s role for desks, against the real server: it can do a desk's work, and it
/// cannot change, remove or empty the transcript — nor can the owner, whom a trigger stops.
@Suite("Desk role")
struct DeskRoleTests {
    @Test func theDeskRoleWorksButCannotChangeAnEvent() throws {
        guard let database = try TestDatabase() else { return }
        let role = "coach_desk_" + UUID().uuidString.lowercased().prefix(8)
        defer {
            database.drop()
            try? TestServer.execute(["DROP ROLE IF EXISTS \(role)"], as: database.admin)
        }
        let owner = try PostgresStore(location: database.location)
        #expect(try owner.setUpDeskRole(role) == DeskRole(name: role, created: true))
        #expect(try owner.setUpDeskRole(role) == DeskRole(name: role, created: false), "run again, it sets the rights again")

        // A desk's day: open, write turns, act on the case, check it.
        let deskLocation = database.location.with(user: role, password: nil)
        let desk = try PostgresStore(location: deskLocation)
        let record = try desk.openCase(receivedAt: Date(), receivedBy: "chan.mw", calendar: hongKong)
        try desk.commit(IntakeTurn(caseNumber: record.caseNumber,
                                   events: [TranscriptEvent(at: Date(), staff: "chan.mw", .typed(question: "account", text: "lift stopped"))],
                                   record: record, draft: .keep(Data("{}".utf8))))
        try desk.change(record.caseNumber) { file -> CaseChange<Void> in
            var changed = file
            changed.record.notes.append("called back")
            return .save(changed, [TranscriptEvent(at: Date(), staff: "chan.mw", .note("called back"))], ())
        }
        try desk.commit(IntakeTurn(caseNumber: record.caseNumber, events: [], record: nil, draft: .clear))
        #expect(try desk.check(record.caseNumber).isIntact)
        #expect(try desk.checkDatabase().isEmpty)

        // The desk role may not change the record's history, by any road.
        for statement in ["UPDATE transcript SET text = 'changed'", "DELETE FROM transcript", "TRUNCATE transcript",
                          "ALTER TABLE transcript DISABLE TRIGGER USER", "DROP TRIGGER transcript_is_append_only ON transcript",
                          "DELETE FROM ledger", "DELETE FROM cases", "DELETE FROM case_sequence"] {
            #expect(throws: (any Error).self, "\(statement)") { try TestServer.execute([statement], as: deskLocation) }
        }
        // Nor may the owner while the trigger stands.
        for statement in ["UPDATE transcript SET text = 'changed'", "DELETE FROM transcript", "TRUNCATE transcript"] {
            let error = #expect(throws: (any Error).self) { try TestServer.execute([statement], as: database.location) }
            #expect(String(reflecting: error).contains("append-only"), "\(statement)")
        }
        #expect(try desk.verify(record.caseNumber).isEmpty)
        #expect(try desk.transcript(of: record.caseNumber).count == 3)
    }

    @Test func theDeskRoleCannotMakeTheTablesItself() throws {
        guard let database = try TestDatabase() else { return }
        let role = "coach_desk_" + UUID().uuidString.lowercased().prefix(8)
        defer {
            database.drop()
            try? TestServer.execute(["DROP ROLE IF EXISTS \(role)"], as: database.admin)
        }
        try TestServer.execute(["CREATE ROLE \(role) LOGIN", "REVOKE CREATE ON SCHEMA public FROM PUBLIC"], as: database.location)
        let error = #expect(throws: StoreError.self) { try PostgresStore(location: database.location.with(user: role, password: nil)) }
        #expect(error?.description.contains("the database's owner runs coach db init first") == true)
        #expect(try database.texts("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'").isEmpty, "nothing made")
    }

    @Test(arguments: ["postgres", "Bad-Name", "coach desk"])
    func aRoleThatCannotBeTheDesksIsRefused(_ name: String) throws {
        guard let database = try TestDatabase() else { return }
        defer { database.drop() }
        let owner = try PostgresStore(location: database.location)
        #expect(throws: StoreError.self) { try owner.setUpDeskRole(name) }
    }
}
