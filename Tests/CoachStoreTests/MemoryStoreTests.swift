import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// The store over any GRDB writer: a `DatabaseQueue()` in memory is a whole store, migrated and
/// refused like a file, and the rows it writes are the ones a file holds.
@Suite("A store in memory")
struct MemoryStoreTests {
    @Test func aStoreInMemoryRoundTrips() throws {
        let queue = try DatabaseQueue()
        let store = try CoachStore(queue)
        #expect(store.path == queue.path)
        try queue.read { db throws in
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID)
            #expect(try Schema.migrator(seal: nil).hasCompletedMigrations(db))
        }

        var record = try store.openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", channel: .inPerson, calendar: hongKong)
        #expect(record.caseNumber.description == "260310-001")
        let line = TranscriptEvent(at: utc(2026, 3, 10, 2, 0, 5), staff: "chan.mw", step: "account", .typed(question: "account", text: "12/F 走廊燈壞咗"))
        record.nature = .urgent
        record.building = "A座"
        record.person = Person(name: "陳大文", standing: .occupant, contact: "9123 4567")
        record.notes = ["12/F", "call back 🔔"]
        record.coordinateWith = ["工程部"]
        record.stage = .received
        let received = TranscriptEvent(at: utc(2026, 3, 10, 2, 1), staff: "chan.mw", .received(CaseLife(deadline: utc(2026, 3, 10, 15, 59, 59))))
        try store.commit(IntakeTurn(caseNumber: record.caseNumber, events: [line, received], record: record, draft: .clear))

        #expect(try store.record(record.caseNumber) == record)
        #expect(try store.file(record.caseNumber)?.life.deadline == utc(2026, 3, 10, 15, 59, 59))
        #expect(try store.transcript(of: record.caseNumber).dropFirst().map(\.event) == [line.event, received.event])
        #expect(try store.verify(record.caseNumber).isEmpty)
        #expect(try store.search(SearchQuery(text: "走廊燈")).map(\.file.record) == [record])
        #expect(try store.files(CaseFilter(nature: .urgent)).map(\.record) == [record])
        #expect(try store.files(CaseFilter(stage: .draft)).isEmpty)
        #expect(try store.caseNumbers() == [record.caseNumber])

        // The columns hold the schema's words, not Swift's.
        let row = try #require(try queue.read { try Row.fetchOne($0, sql: "SELECT * FROM cases") })
        #expect(row["channel"] as String == "in_person")
        #expect(row["nature"] as String == "urgent")
        #expect(row["person_standing"] as String == "occupant")
        #expect(row["stage"] as String == "received")
        #expect(row["case_number"] as String == "260310-001")
        #expect(row["received_at"] as String == "2026-03-10T02:00:00.000Z")
        #expect(row["notes"] as String == #"["12\/F","call back 🔔"]"#, "JSONEncoder's default form, as every Coach wrote it")
        #expect(row["is_training"] as Int == 0)
    }

    @Test func theSameWriterOpensAgainWithoutMigratingAgain() throws {
        let queue = try DatabaseQueue()
        let number = try CoachStore(queue).openCase(receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        let again = try CoachStore(queue)
        #expect(try again.record(number)?.receivedBy == "chan.mw")
        #expect(try again.transcript(of: number).count == 1, "no second migration snapshot")
        #expect(try again.openCase(receivedAt: utc(2026, 3, 10, 3, 0), receivedBy: "wong.ky", calendar: hongKong).caseNumber.description
                == "260310-002")
    }

    @Test func aDatabaseOfANewerCoachIsRefusedThroughAWriterToo() throws {
        let queue = try DatabaseQueue()
        _ = try CoachStore(queue)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: something from the future')")
        }
        #expect(throws: StoreError.newerThanProgram(path: queue.path)) {
            _ = try CoachStore(queue)
        }
    }

    /// Every record column `CaseRow` names is a column of `cases`, under the schema's name.
    @Test func caseRowColumnsAreTheSchemasColumns() throws {
        let queue = try DatabaseQueue()
        _ = try CoachStore(queue)
        let columns = try queue.read { try $0.columns(in: "cases").map(\.name) }
        #expect(Set(CaseRow.recordColumns + ["id"]).isSubset(of: columns))
        #expect(CaseRow.recordColumns.contains("person_name"))
        #expect(CaseRow.recordColumns.contains("beyond_manager_authority"))
        let record = ComplaintRecord(caseNumber: CaseNumber("260310-001")!, receivedAt: utc(2026, 3, 10, 2, 0), receivedBy: "chan.mw")
        #expect(Set(try CaseRow(record).databaseDictionary.keys) == Set(CaseRow.recordColumns + ["id"]))
    }

    @Test func domainValuesAreTheirRawValuesInTheDatabase() {
        for value in Channel.allCases { #expect(Channel.fromDatabaseValue(value.databaseValue) == value && value.databaseValue == value.rawValue.databaseValue) }
        for value in ComplaintKind.allCases { #expect(ComplaintKind.fromDatabaseValue(value.databaseValue) == value && value.databaseValue == value.rawValue.databaseValue) }
        for value in Nature.allCases { #expect(Nature.fromDatabaseValue(value.databaseValue) == value && value.databaseValue == value.rawValue.databaseValue) }
        for value in Stage.allCases { #expect(Stage.fromDatabaseValue(value.databaseValue) == value && value.databaseValue == value.rawValue.databaseValue) }
        for value in Standing.allCases { #expect(Standing.fromDatabaseValue(value.databaseValue) == value && value.databaseValue == value.rawValue.databaseValue) }
        #expect(Stage.fromDatabaseValue("filed".databaseValue) == nil)
        let number = CaseNumber("261129-007")!
        #expect(number.databaseValue == "261129-007".databaseValue)
        #expect(CaseNumber.fromDatabaseValue(number.databaseValue) == number)
        #expect(CaseNumber.fromDatabaseValue("261129".databaseValue) == nil)
    }
}
