import CivilTime
import Foundation
import Testing
@testable import ComplaintDomain

/// When a caller counts as not reachable: two follow-up calls that did not reach them, on
/// different days of the office's calendar, and none that did.
@Suite struct FollowUpAttemptTests {
    let monday = LocalDate(year: 2026, month: 11, day: 30)
    let tuesday = LocalDate(year: 2026, month: 12, day: 1)

    func missed(_ day: LocalDate, hour: Int = 10) -> FollowUpAttempt {
        FollowUpAttempt(at: iso("\(day)T\(String(format: "%02d", hour)):00:00+08:00"), by: "chan.mw", reached: false, day: day, note: "無人接聽")
    }

    @Test func oneMissedCallIsNotEnough() {
        #expect(![missed(monday)].callerUnreachable)
        #expect(![FollowUpAttempt]().callerUnreachable)
    }

    @Test func twoMissedCallsOnOneDayAreNotEnough() {
        #expect(![missed(monday, hour: 10), missed(monday, hour: 17)].callerUnreachable)
    }

    @Test func twoMissedCallsOnDifferentDaysAre() {
        #expect([missed(monday), missed(tuesday)].callerUnreachable)
        #expect([missed(monday, hour: 10), missed(monday, hour: 17), missed(tuesday)].callerUnreachable)
    }

    @Test func aCallThatReachedThemEndsIt() {
        let reached = FollowUpAttempt(at: iso("2026-12-02T10:00:00+08:00"), by: "lee.ch", reached: true, day: nil, satisfaction: 4)
        #expect(![missed(monday), missed(tuesday), reached].callerUnreachable)
    }

    @Test func aCallWithoutItsDayDoesNotCountTowardsTwoDays() {
        var undated = missed(tuesday)
        undated.day = nil
        #expect(![missed(monday), undated].callerUnreachable)
    }

    @Test func theCaseFileMayBeFiledFromRepliedOnlyThen() {
        var life = CaseLife(handler: .dutySecuritySupervisor, needsApproval: false)
        let record = ComplaintRecord(caseNumber: CaseNumber("261130-001")!, receivedAt: iso("2026-11-30T20:00:00+08:00"),
                                     receivedBy: "chan.mw", nature: .ordinary, stage: .replied)
        life.followUpAttempts = [missed(monday)]
        #expect(CaseFile(record: record, life: life).progress.target(of: .file) == nil)
        life.followUpAttempts.append(missed(tuesday))
        #expect(CaseFile(record: record, life: life).progress.target(of: .file) == .archived)
    }

    @Test func aLifeWrittenBeforeAttemptsWereKeptReadsAsNone() throws {
        let old = #"{"needsApproval":false,"departments":[],"escalated":false,"flagged":false,"satisfaction":4}"#
        let life = try JSONDecoder().decode(CaseLife.self, from: Data(old.utf8))
        #expect(life.followUpAttempts.isEmpty)
        #expect(!life.notReachable)
        #expect(life.satisfaction == 4)
    }
}
