import CaseEvents
import CivilTime
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// Schema v9: a database whose cases were followed up before the life kept each follow-up call
/// opens with those calls in the cache, and `coach verify` finds nothing wrong; what was edited
/// in the cache behind Coach's back still shows afterwards.
@Suite("Migrating follow-up attempts (v9)")
struct FollowUpMigrationTests {
    /// A complaint received, replied to and followed up, written through the store; the case number.
    func followedUp(_ store: CoachStore) throws -> CaseNumber {
        let opened = try store.openCase(receivedAt: utc(2026, 11, 27, 12, 0), receivedBy: "chan.mw", calendar: hongKong)
        let life = CaseLife(handler: .dutySecuritySupervisor, needsApproval: false, deadline: utc(2026, 11, 30, 15, 59, 59))
        let events = [
            TranscriptEvent(at: utc(2026, 11, 27, 12, 4), staff: "chan.mw", .field(.name("黃先生"))),
            TranscriptEvent(at: utc(2026, 11, 27, 12, 5), staff: "chan.mw", .nature(chosen: .ordinary, suggested: .ordinary, basis: .chosen)),
            TranscriptEvent(at: utc(2026, 11, 27, 12, 6), staff: "chan.mw", .received(life)),
            TranscriptEvent(at: utc(2026, 11, 28, 2, 0), staff: "yip.mk", step: "dispatch",
                            .action(ActionTaken(action: .dispatch, from: .received, to: .inHandling, department: "engineering"))),
            TranscriptEvent(at: utc(2026, 11, 28, 4, 0), staff: "siu.kc", step: "record_feedback",
                            .action(ActionTaken(action: .recordFeedback, from: .inHandling, to: .handled, text: "已修好"))),
            TranscriptEvent(at: utc(2026, 11, 28, 6, 0), staff: "lee.ch", step: "reply",
                            .action(ActionTaken(action: .reply, from: .handled, to: .replied, repliedVia: .phone))),
            // Written as Coach wrote a follow-up before attempts were kept: no day.
            TranscriptEvent(at: utc(2026, 11, 30, 2, 0), staff: "chan.mw", step: "follow_up",
                            .action(ActionTaken(action: .followUp, from: .replied, to: .followedUp, text: "滿意", satisfaction: 4))),
        ]
        let projected = try #require(CaseProjection.project(try store.transcript(of: opened.caseNumber) + events))
        try store.save(projected, events: events)
        return opened.caseNumber
    }

    /// Makes the database look as a v7 Coach left it: the life without its attempts, and v9 not yet run.
    func rollBack(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "UPDATE cases SET life = json_remove(life, '$.followUpAttempts', '$.notReachable')")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v9: follow-up attempts'")
            try db.execute(sql: "PRAGMA user_version = 7")
        }
        try queue.close()
    }

    func lifeJSON(_ path: String, _ number: CaseNumber) throws -> String {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchOne($0, sql: "SELECT life FROM cases WHERE case_number = ?", arguments: [number.description]) ?? "" }
    }

    @Test func aFollowUpFromBeforeGetsItsAttemptAndStillVerifies() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let number = try followedUp(try CoachStore(path: path))
        try rollBack(path)
        #expect(try !lifeJSON(path, number).contains("followUpAttempts"))

        let store = try CoachStore(path: path)
        let check = try store.check(number)
        #expect(check.isIntact, "\(check)")
        let life = try #require(try store.file(number)).life
        #expect(life.followUpAttempts == [FollowUpAttempt(at: utc(2026, 11, 30, 2, 0), by: "chan.mw", reached: true, day: nil,
                                                          satisfaction: 4, note: "滿意")])
        #expect(life.satisfaction == 4)
    }

    @Test func withoutTheMigrationVerifyWouldCallTheCacheWrong() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let store = try CoachStore(path: path)
        let number = try followedUp(store)
        // The same state the migration repairs, made after it ran: verify names the attempts.
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE cases SET life = json_remove(life, '$.followUpAttempts')") }
        try queue.close()
        let check = try store.check(number)
        #expect(check.disagreements.map(\.field) == ["life.followUpAttempts"], "\(check.disagreements)")
    }

    @Test func aValueEditedInTheCacheBeforeTheUpgradeStillShowsAfterIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path()
        let number = try followedUp(try CoachStore(path: path))
        try rollBack(path)
        // Someone made the follow-up look happier, in the life and in its column.
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE cases SET life = json_set(life, '$.satisfaction', 5), satisfaction = 5") }
        try queue.close()

        let check = try CoachStore(path: path).check(number)
        #expect(Set(check.disagreements.map(\.field)) == ["life.satisfaction", "satisfaction"], "\(check.disagreements)")
    }
}
