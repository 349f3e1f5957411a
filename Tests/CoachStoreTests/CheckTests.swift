import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// `check`: the row of `cases` against the record and life its events make, column by column,
/// each named as the database names it.
@Suite struct CheckTests {
    /// A case brought in whole: its events end with a snapshot, so they project to the row.
    func store() throws -> (CoachStore, CaseNumber) {
        let store = try memoryStore()
        let number = CaseNumber("261102-001")!
        let record = ComplaintRecord(caseNumber: number, receivedAt: utc(2026, 11, 2, 2, 0), receivedBy: "chan.mw", channel: .letter,
                                     nature: .urgent, category: "water", building: "A座", unit: "12樓B室",
                                     person: Person(name: "黃先生", standing: .owner, contact: "9876 5432"), account: "天花漏水 12/F",
                                     realCause: "樓上爆水管", coordinateWith: ["工程部", "12/F 住戶"], beyondManagerAuthority: true,
                                     notes: ["已通知 / informed"], stage: .inHandling)
        let life = CaseLife(handler: .propertyGroupLead, deadline: utc(2026, 11, 2, 15, 59, 59), departments: ["engineering"])
        try store.importCases([ImportedCase(record: record, life: life, events: [
            TranscriptEvent(at: utc(2026, 11, 2, 2, 0, 30), staff: "chan.mw", step: "account", .typed(question: "account", text: "天花漏水 12/F")),
        ])])
        return (store, number)
    }

    func tamper(_ store: CoachStore, _ sql: String) throws {
        try store.writer.writeWithoutTransaction { try $0.execute(sql: sql) }
    }

    @Test func anUntouchedCaseAgreesWithItsEvents() throws {
        let (store, number) = try store()
        let check = try store.check(number)
        #expect(check.isIntact, "\(check)")
    }

    @Test func editedColumnsAreNamedAsTheDatabaseNamesThem() throws {
        let (store, number) = try store()
        try tamper(store, """
            UPDATE cases SET deadline = '2099-12-31T15:59:59.000Z', stage = 'archived', person_name = '陳生',
                notes = '["all fine"]', beyond_manager_authority = 0, received_at = '2026-11-01T02:00:00.000Z'
            """)
        let disagreements = try store.check(number).disagreements
        #expect(disagreements.map(\.field) == ["beyond_manager_authority", "deadline", "notes", "person_name", "received_at", "stage"])
        #expect(disagreements.first { $0.field == "stage" } == CaseDisagreement(field: "stage", stored: "archived", fromEvents: "in_handling"))
        #expect(disagreements.first { $0.field == "person_name" } == CaseDisagreement(field: "person_name", stored: "陳生", fromEvents: "黃先生"))
        #expect(disagreements.first { $0.field == "deadline" }
                == CaseDisagreement(field: "deadline", stored: "2099-12-31T15:59:59.000Z", fromEvents: "2026-11-02T15:59:59.000Z"))
        #expect(disagreements.first { $0.field == "beyond_manager_authority" }
                == CaseDisagreement(field: "beyond_manager_authority", stored: "0", fromEvents: "1"))
        #expect(disagreements.first { $0.field == "notes" }
                == CaseDisagreement(field: "notes", stored: #"["all fine"]"#, fromEvents: #"["已通知 \/ informed"]"#))
    }

    /// A value no Coach writes (a stage it does not know, a flag of 2, a cleared column, a number
    /// for a time) is still compared: the row is read as it is, not as a record.
    @Test func valuesThisProgramWouldNotWriteAreNamedToo() throws {
        let (store, number) = try store()
        try tamper(store, "UPDATE cases SET stage = 'lost', is_training = 2, person_standing = NULL, deadline = 20261102, satisfaction = 'five'")
        let disagreements = try store.check(number).disagreements
        #expect(disagreements == [
            CaseDisagreement(field: "deadline", stored: "20261102", fromEvents: "2026-11-02T15:59:59.000Z"),
            CaseDisagreement(field: "is_training", stored: "2", fromEvents: "0"),
            CaseDisagreement(field: "person_standing", stored: nil, fromEvents: "owner"),
            CaseDisagreement(field: "satisfaction", stored: "five", fromEvents: nil),
            CaseDisagreement(field: "stage", stored: "lost", fromEvents: "in_handling"),
        ])
        // The case cannot be read as a record any more, but it is still listed by number.
        #expect(try store.file(number) == nil)
        #expect(try store.caseNumbers() == [number])
    }
}
