import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// A database written by Coach before events were typed (schema v4, made by that version's
/// binary: a filed complaint with its whole life, a review comment and override, an urgent draft,
/// an unfinished and a finished training call with a gift declined) opens with nothing lost.
@Suite("Migrating a v4 database")
struct MigrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/v4.sqlite").path

    /// A copy of the fixture, so the shipped file stays v4.
    func copy() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let path = folder.path()
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return (folder, path)
    }

    func rawCount(_ path: String, _ sql: String) throws -> Int {
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test func everyLineIsKeptTypedAndTheChainStillVerifies() throws {
        let (folder, path) = try copy()
        defer { folder.remove() }
        let before = try rawCount(path, "SELECT count(*) FROM transcript")
        let cases = try rawCount(path, "SELECT count(*) FROM cases")
        #expect(try rawCount(path, "PRAGMA user_version") == 4)

        let store = try CoachStore(path: path)
        #expect(try rawCount(path, "PRAGMA user_version") == 8)
        #expect(try rawCount(path, "SELECT count(*) FROM transcript") == before + cases, "one snapshot appended per case")
        #expect(try rawCount(path, "SELECT count(*) FROM transcript WHERE hash_version = 1") == before, "older lines keep their hashes")
        #expect(try rawCount(path, "SELECT count(*) FROM transcript WHERE payload = ''") == 0, "every line has its typed payload")

        for number in try store.caseNumbers() {
            let check = try store.check(number)
            #expect(check.isIntact, "\(number): \(check)")
        }
    }

    @Test func oldLinesBecomeTheirEvents() throws {
        let (folder, path) = try copy()
        defer { folder.remove() }
        let store = try CoachStore(path: path)
        let filed = try store.transcript(of: CaseNumber("261130-001")!).map(\.event)
        #expect(filed.contains(.phrase(question: "acknowledge", purpose: .acknowledge, answer: .said)))
        #expect(filed.contains(.phrase(question: "admitShortfall", purpose: .admitShortfall, answer: .notSaid)))
        #expect(filed.contains(.phrase(question: "takeOwnership", purpose: .takeOwnership, answer: .ownWords("我哋會跟進"))))
        #expect(filed.contains(.nature(chosen: .ordinary, suggested: .ordinary, basis: .chosen)))
        #expect(filed.contains(.promise(told: true, note: nil)))
        #expect(filed.contains(.action(ActionTaken(action: .approve, from: .awaitingApproval, to: .inHandling))))
        #expect(filed.contains(.reviewComment("語氣好，但未問清楚開始時間")))
        #expect(filed.contains(.reviewOverride(item: .g3, from: .met, to: .met, reason: "真正原因已在備註記錄")))
        #expect(filed.contains(.typed(question: "account", text: "電梯由昨晚開始停咗")))
        // What no rule reads (the routing summary and its reasons) is kept word for word.
        #expect(filed.contains { if case .legacy("decision", let text) = $0 { text.hasPrefix("route: handler property_group_lead") } else { false } })

        let training = try store.transcript(of: CaseNumber("261130-004")!).map(\.event)
        #expect(training.contains(.trainingStarted(scenario: "corridor-light-lai-see", exam: false, mood: .upset))
                || training.contains { if case .trainingStarted("corridor-light-lai-see", false, _) = $0 { true } else { false } })
        #expect(training.contains(.giftOffered))
        #expect(training.contains(.giftDeclined(term: "唔收得")))
        #expect(training.contains(.saidToCaller("唔好意思，公司規定唔收得利是")))
        #expect(training.contains { if case .callerSaid = $0 { true } else { false } })
        #expect(training.contains(.scored(total: 68, failed: false)))
    }

    @Test func theRecordIsTheProjectionOfItsEventsFromNowOn() throws {
        let (folder, path) = try copy()
        defer { folder.remove() }
        let store = try CoachStore(path: path)
        for number in try store.caseNumbers() {
            let projected = CaseProjection.project(try store.transcript(of: number))
            #expect(projected?.record.caseNumber == number)
            #expect(projected?.record.stage == (try store.file(number))?.record.stage)
        }
        let filed = try #require(try store.file(CaseNumber("261130-001")!))
        #expect(filed.record.stage == .archived)
        #expect(filed.life.satisfaction == 4 && filed.life.departments == ["engineering"] && filed.life.filedBy == "lee.ch")

        // The urgent draft goes on: new events build on the snapshot, and the case still verifies.
        let draft = CaseNumber("261130-002")!
        let more = TranscriptEvent(at: Date(), staff: "wong.ky", step: "account", .accountLine("仲有煙"))
        try store.commit(IntakeTurn(caseNumber: draft, events: [more], record: {
            var record = try! store.record(draft)!
            record.apply(more.event)
            return record
        }(), draft: .unchanged))
        #expect(try store.check(draft).isIntact)
        #expect(try store.record(draft)?.account.hasSuffix("仲有煙") == true)
    }

    @Test func aMigratedLineStillShowsTampering() throws {
        let (folder, path) = try copy()
        defer { folder.remove() }
        _ = try CoachStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER transcript_is_append_only_update")
            // The payload says something its hashed line never said.
            try db.execute(sql: """
                UPDATE transcript SET payload = replace(payload, '"notSaid":{}', '"said":{}')
                WHERE hash_version = 1 AND text = 'admitShortfall: not said'
                """)
            #expect(db.changesCount == 1)
        }
        try queue.close()
        let store = try CoachStore(path: path)
        let check = try store.check(CaseNumber("261130-001")!)
        #expect(check.chain.count == 1)
        guard case .changed = check.chain.first else { Issue.record("\(check.chain)"); return }
    }

    @Test func reopeningDoesNotMigrateAgain() throws {
        let (folder, path) = try copy()
        defer { folder.remove() }
        _ = try CoachStore(path: path)
        let after = try rawCount(path, "SELECT count(*) FROM transcript")
        _ = try CoachStore(path: path)
        #expect(try rawCount(path, "SELECT count(*) FROM transcript") == after)
    }
}
