import CaseEvents
import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing

// Follow-up as it happens (guideline 8), through CaseDesk with the shipped roster: each call is
// recorded, reached or not; satisfaction only where the caller was reached, and optional; after
// two calls on different days that did not reach the caller, the case can be filed as not
// reachable. Instants are written out with their offsets and parsed by Foundation.

private let office = IntakeDriver.catalogue.organization
private let desk = CaseDesk(organization: office)
private let number = "261125-008"

private func at(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else { preconditionFailure("bad fixture \(text)") }
    return date
}

/// An ordinary complaint received after hours on Friday 2026-11-27 and already replied to.
private func replied() -> CaseFile {
    let received = at("2026-11-27T20:00:00+08:00")
    let record = ComplaintRecord(caseNumber: CaseNumber(number)!, receivedAt: received, receivedBy: "chan.mw", channel: .phone,
                                 kind: .complaint, nature: .ordinary, category: "water", building: "A座", unit: "12樓C室",
                                 person: Person(name: "黃先生", standing: .owner, contact: "9876 5432"), account: "浴室天花漏水",
                                 stage: .replied)
    let decision = office.router.route(RoutingInput(channel: .phone, kind: .complaint, nature: .ordinary, receivedAt: received))
    var life = CaseLife(routing: decision, flagged: false)
    life.departments = ["engineering"]
    life.handledAt = at("2026-11-28T12:00:00+08:00")
    life.repliedVia = .phone
    life.repliedAt = at("2026-11-28T15:00:00+08:00")
    return CaseFile(record: record, life: life)
}

private func perform(_ file: inout CaseFile, _ words: [String], by staff: String, at date: Date) throws -> ActionTaken? {
    let request = try CaseRequest.parse(words, organization: office).get()
    let outcome = try desk.perform(request, on: file, by: staff, at: date).get()
    file = outcome.file
    guard case .action(let taken)? = outcome.events.first?.event else { return nil }
    return taken
}

private func refused(_ file: CaseFile, _ words: [String], by staff: String, at date: Date) throws -> CaseDesk.Refusal? {
    let request = try CaseRequest.parse(words, organization: office).get()
    if case .failure(let refusal) = desk.perform(request, on: file, by: staff, at: date) { return refusal }
    return nil
}

@Suite struct FollowUpAttemptsTests {
    @Test func aCallThatReachesTheCallerNeedsNoSatisfaction() throws {
        var file = replied()
        let call = at("2026-11-30T10:00:00+08:00")
        let taken = try perform(&file, ["follow-up", number, "已修好，多謝"], by: "chan.mw", at: call)
        #expect(taken?.action == .followUp && taken?.satisfaction == nil)
        #expect(taken?.day == LocalDate(year: 2026, month: 11, day: 30))
        #expect(file.record.stage == .followedUp)
        #expect(file.life.satisfaction == nil)
        #expect(file.life.followedUpAt == call)
        #expect(file.life.followUpAttempts == [FollowUpAttempt(at: call, by: "chan.mw", reached: true,
                                                               day: LocalDate(year: 2026, month: 11, day: 30), note: "已修好，多謝")])
    }

    @Test func aCallThatReachesTheCallerMayCarryTheirSatisfaction() throws {
        var file = replied()
        _ = try perform(&file, ["follow-up", number, "2", "師傅遲到"], by: "lee.ch", at: at("2026-11-30T10:00:00+08:00"))
        #expect(file.life.satisfaction == 2)
        #expect(file.life.followUpAttempts.map(\.satisfaction) == [2])
        #expect(file.life.followUpWords == "師傅遲到")
    }

    @Test func twoMissedCallsOnDifferentDaysLetTheCaseBeFiledAsNotReachable() throws {
        var file = replied()
        // Monday morning and afternoon: two calls, one day.
        let monday = at("2026-11-30T10:00:00+08:00"), mondayLater = at("2026-11-30T17:30:00+08:00")
        let first = try perform(&file, ["follow-up", number, "--not-reached", "無人接聽"], by: "chan.mw", at: monday)
        #expect(first?.action == .followUpMissed && first?.from == .replied && first?.to == .replied)
        _ = try perform(&file, ["follow-up", number, "--not-reached", "關機"], by: "wong.ky", at: mondayLater)
        #expect(file.record.stage == .replied)
        #expect(Set(desk.nextSteps(file).map(\.action)) == [.followUp, .followUpMissed], "not filable: both calls on Monday")
        let early = try refused(file, ["file", number, "--integrity"], by: "lee.ch", at: mondayLater)
        #expect(early == .stepsMissing([.followUp]))
        let words = CaseText(organization: office, language: .en).refusal(early!)
        #expect(words.contains("follow-up --not-reached"), "\(words)")
        #expect(words.contains("two different days"), "\(words)")

        // Tuesday: the second day. Now it can be filed, and the filing says why.
        let tuesday = at("2026-12-01T09:30:00+08:00")
        _ = try perform(&file, ["follow-up", number, "--not-reached"], by: "chan.mw", at: tuesday)
        #expect(desk.nextSteps(file).map(\.action) == [.followUp, .followUpMissed, .file])
        let filed = try perform(&file, ["file", number, "--integrity"], by: "lee.ch", at: at("2026-12-01T10:00:00+08:00"))
        #expect(filed?.from == .replied && filed?.to == .archived && filed?.notReachable == true)
        #expect(file.record.stage == .archived)
        #expect(file.life.notReachable)
        #expect(file.life.followUpAttempts.map(\.reached) == [false, false, false])
        #expect(file.life.followUpAttempts.map(\.by) == ["chan.mw", "wong.ky", "chan.mw"])
        #expect(file.life.followUpAttempts.map(\.note) == ["無人接聽", "關機", nil])
        #expect(file.life.satisfaction == nil && file.life.followedUpAt == nil)
    }

    @Test func aCaseFiledAfterTheFollowUpIsNotMarkedNotReachable() throws {
        var file = replied()
        _ = try perform(&file, ["follow-up", number, "--not-reached"], by: "chan.mw", at: at("2026-11-30T10:00:00+08:00"))
        _ = try perform(&file, ["follow-up", number, "5"], by: "chan.mw", at: at("2026-12-01T10:00:00+08:00"))
        let filed = try perform(&file, ["file", number, "--integrity"], by: "lee.ch", at: at("2026-12-01T11:00:00+08:00"))
        #expect(filed?.notReachable == false)
        #expect(!file.life.notReachable)
        #expect(file.life.followUpAttempts.map(\.reached) == [false, true])
    }

    @Test func aMissedCallIsRecordedOnlyWhileAFollowUpIsDue() throws {
        var file = replied()
        _ = try perform(&file, ["follow-up", number], by: "chan.mw", at: at("2026-11-30T10:00:00+08:00"))
        let late = try refused(file, ["follow-up", number, "--not-reached"], by: "chan.mw", at: at("2026-11-30T11:00:00+08:00"))
        guard case .notNow(let illegal)? = late else { Issue.record("expected notNow, got \(String(describing: late))"); return }
        #expect(illegal.stage == .followedUp && illegal.allowed == [.file])
        // Nor by someone whose role does not make follow-up calls.
        let other = try refused(replied(), ["follow-up", number, "--not-reached"], by: "siu.kc", at: at("2026-11-30T10:00:00+08:00"))
        guard case .notAllowed(let who)? = other else { Issue.record("expected notAllowed"); return }
        #expect(who.allowed == [.propertyGroupLead, .frontDesk])
    }

    @Test(arguments: Language.allCases)
    func theCaseShowsEveryCallAndWhyItWasFiled(language: Language) throws {
        var file = replied()
        _ = try perform(&file, ["follow-up", number, "--not-reached", "無人接聽"], by: "chan.mw", at: at("2026-11-30T10:00:00+08:00"))
        _ = try perform(&file, ["follow-up", number, "--not-reached", "留言信箱"], by: "wong.ky", at: at("2026-12-01T16:20:00+08:00"))
        _ = try perform(&file, ["file", number, "--integrity"], by: "lee.ch", at: at("2026-12-01T16:30:00+08:00"))
        let text = CaseText(organization: office, language: language)
        let shown = text.detail(file, at: at("2026-12-01T17:00:00+08:00"), next: desk.nextSteps(file)).map(\.text).joined(separator: "\n")
        let expected: [Language: [String]] = [
            .zhHant: ["2026-11-30（週一） 10:00 · 陳美華 chan.mw · 未能聯絡 — 無人接聽",
                      "2026-12-01（週二） 16:20 · 黃嘉儀 wong.ky · 未能聯絡 — 留言信箱", "lee.ch（未能聯絡投訴人：兩日回訪均未接通）"],
            .zhHans: ["2026-11-30（周一） 10:00 · 陳美華 chan.mw · 未能联络 — 無人接聽", "lee.ch（未能联络投诉人：两日回访均未接通）"],
            .en: ["2026-11-30 (Monday) 10:00 · 陳美華 chan.mw · not reached — 無人接聽",
                  "2026-12-01 (Tuesday) 16:20 · 黃嘉儀 wong.ky · not reached — 留言信箱",
                  "lee.ch (the caller could not be reached: calls on two days went unanswered)"],
        ]
        for line in expected[language]! {
            #expect(shown.contains(line), "\(language): \(line)\n\(shown)")
        }
    }
}
