import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing

// The queue at a fixed moment, Wednesday 2026-11-25 15:00 in Hong Kong (working hours), with the
// shipped roster and rota: 林國峰 lam.kf is the department manager on duty Monday to Wednesday.
// Every expectation is worked out by hand from the cases below; instants are parsed by Foundation.

private let office = IntakeDriver.catalogue.organization
private let queue = CaseQueue(organization: office)

private func at(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: text)!
}

private let now = at("2026-11-25T15:00:00+08:00")

private func file(_ number: String, received: String, by staff: String = "chan.mw", kind: ComplaintKind = .complaint,
                  nature: Nature? = .ordinary, stage: Stage, training: Bool = false, needsApproval: Bool = false,
                  handler: Role? = .propertyGroupLead, deadline: String? = nil, departments: [String] = [],
                  replied: String? = nil, attempts: [FollowUpAttempt] = [], account: String = "天花漏水") -> CaseFile {
    let record = ComplaintRecord(caseNumber: CaseNumber(number)!, receivedAt: at(received), receivedBy: staff, kind: kind,
                                 nature: nature, category: "water", building: "A座", unit: "12樓B室", account: account,
                                 stage: stage, isTraining: training)
    let life = CaseLife(handler: handler, needsApproval: needsApproval, deadline: deadline.map(at), departments: departments,
                        repliedAt: replied.map(at), followUpAttempts: attempts)
    return CaseFile(record: record, life: life)
}

private func missed(_ when: String) -> FollowUpAttempt {
    let date = at(when)
    return FollowUpAttempt(at: date, by: "chan.mw", reached: false, day: office.calendar.localDate(of: date))
}

/// Every kind of case the queue must list or leave out, in no particular order.
private let cases: [CaseFile] = [
    // In: an urgent call still being taken.
    file("261125-020", received: "2026-11-25T14:50:00+08:00", by: "wong.ky", nature: .urgent, stage: .draft),
    // Out: an ordinary draft, a training call, a suggestion, a filed case.
    file("261125-021", received: "2026-11-25T14:55:00+08:00", nature: nil, stage: .draft),
    file("261125-022", received: "2026-11-25T14:40:00+08:00", nature: .urgent, stage: .draft, training: true),
    file("261125-023", received: "2026-11-25T11:00:00+08:00", kind: .suggestion, nature: nil, stage: .received, handler: nil),
    file("261120-001", received: "2026-11-20T10:00:00+08:00", stage: .archived, deadline: "2026-11-20T23:59:59+08:00"),
    // In: urgent, received an hour ago, not dispatched.
    file("261125-010", received: "2026-11-25T14:00:00+08:00", nature: .urgent, stage: .received, handler: .dutyDepartmentManager,
         deadline: "2026-11-28T14:00:00+08:00"),
    // In: overdue since Monday night, in handling with engineering.
    file("261123-001", received: "2026-11-23T10:00:00+08:00", stage: .inHandling, needsApproval: true,
         deadline: "2026-11-23T23:59:59+08:00", departments: ["engineering"]),
    // In: urgent from Sunday 16:30, due at 16:30 today: within two hours.
    file("261122-001", received: "2026-11-22T16:30:00+08:00", nature: .urgent, stage: .inHandling, handler: .dutyDepartmentManager,
         deadline: "2026-11-25T16:30:00+08:00", departments: ["engineering"]),
    // In: received this morning, waiting for the group lead's proposal; and one approved with no department yet.
    file("261125-001", received: "2026-11-25T10:00:00+08:00", stage: .received, needsApproval: true,
         deadline: "2026-11-25T23:59:59+08:00"),
    file("261125-002", received: "2026-11-25T09:30:00+08:00", stage: .inHandling, needsApproval: true,
         deadline: "2026-11-25T23:59:59+08:00"),
    // In: replied yesterday at 10:00; follow-up due since.
    file("261124-001", received: "2026-11-24T09:00:00+08:00", stage: .replied, deadline: "2026-11-24T23:59:59+08:00",
         departments: ["cleaning"], replied: "2026-11-24T10:00:00+08:00"),
    // Out: a call that did not reach the caller today; the next try is on another day.
    file("261124-002", received: "2026-11-24T09:10:00+08:00", stage: .replied, deadline: "2026-11-24T23:59:59+08:00",
         departments: ["cleaning"], replied: "2026-11-24T11:00:00+08:00", attempts: [missed("2026-11-25T10:00:00+08:00")]),
    // In, to be filed: not reached on Monday nor on Tuesday.
    file("261120-002", received: "2026-11-20T09:00:00+08:00", stage: .replied, deadline: "2026-11-20T23:59:59+08:00",
         departments: ["cleaning"], replied: "2026-11-21T10:00:00+08:00",
         attempts: [missed("2026-11-23T10:00:00+08:00"), missed("2026-11-24T16:00:00+08:00")]),
]

@Suite struct CaseQueueTests {
    @Test func theQueueIsInOrderWithTheStepAndWhoForEach() {
        let items = queue.items(cases.shuffled(), at: now)
        let lam = office.member("lam.kf")!
        let leads = office.staff(holding: .propertyGroupLead)
        let expected: [(String, CaseQueue.Reason, CaseAction?, CaseQueue.Actor, CaseQueue.Clock)] = [
            ("261125-020", .urgentDraft, nil, .taker(id: "wong.ky", member: office.member("wong.ky")),
             .waitingSince(at("2026-11-25T14:50:00+08:00"))),
            ("261125-010", .urgentNotDispatched, .dispatch, .role(.dutyDepartmentManager, onDuty: lam, holders: [lam, office.member("tse.yk")!]),
             .waitingSince(at("2026-11-25T14:00:00+08:00"))),
            ("261123-001", .overdue, .recordFeedback, .role(.relevantDepartment, onDuty: nil, holders: [office.member("siu.kc")!]),
             .overdueSince(at("2026-11-23T23:59:59+08:00"))),
            ("261122-001", .dueSoon, .recordFeedback, .role(.relevantDepartment, onDuty: nil, holders: [office.member("siu.kc")!]),
             .dueAt(at("2026-11-25T16:30:00+08:00"))),
            ("261125-002", .unassigned, .assign, .role(.propertyGroupLead, onDuty: nil, holders: leads),
             .waitingSince(at("2026-11-25T09:30:00+08:00"))),
            ("261125-001", .unassigned, .propose, .role(.propertyGroupLead, onDuty: nil, holders: leads),
             .waitingSince(at("2026-11-25T10:00:00+08:00"))),
            ("261124-001", .followUpDue, .followUp, .role(.propertyGroupLead, onDuty: nil, holders: leads),
             .waitingSince(at("2026-11-24T10:00:00+08:00"))),
            ("261120-002", .followUpDue, .file, .role(.propertyGroupLead, onDuty: nil, holders: leads),
             .waitingSince(at("2026-11-24T16:00:00+08:00"))),
        ]
        #expect(items.map(\.file.record.caseNumber.description) == expected.map(\.0))
        for (item, want) in zip(items, expected) {
            #expect(item.reason == want.1, "\(want.0)")
            #expect(item.step == want.2, "\(want.0)")
            #expect(item.actor == want.3, "\(want.0)")
            #expect(item.clock == want.4, "\(want.0)")
        }
    }

    @Test func aCallThatDidNotReachTheCallerYesterdayIsDueAgainToday() {
        let yesterday = file("261124-003", received: "2026-11-24T09:10:00+08:00", stage: .replied, departments: ["cleaning"],
                             replied: "2026-11-24T11:00:00+08:00", attempts: [missed("2026-11-24T15:00:00+08:00")])
        let item = queue.items([yesterday], at: now).first
        #expect(item?.reason == .followUpDue && item?.step == .followUp)
        #expect(item?.clock == .waitingSince(at("2026-11-24T15:00:00+08:00")))
        // The same call made this morning instead: nothing is due until tomorrow.
        var today = yesterday
        today.life.followUpAttempts = [missed("2026-11-25T09:00:00+08:00")]
        #expect(queue.items([today], at: now).isEmpty)
    }

    @Test func afterHoursTheSecuritySupervisorOnDutyIsNamed() {
        // Thursday 2026-11-26 22:00: 郭麗珊 kwok.ls has the night shift.
        let night = file("261126-005", received: "2026-11-26T21:30:00+08:00", nature: .urgent, stage: .received,
                         handler: .dutySecuritySupervisor, deadline: "2026-11-29T21:30:00+08:00")
        let item = queue.items([night], at: at("2026-11-26T22:00:00+08:00")).first
        guard case .role(.dutySecuritySupervisor, let onDuty?, _)? = item?.actor else {
            Issue.record("expected the security supervisor on duty, got \(String(describing: item?.actor))")
            return
        }
        #expect(onDuty.id == "kwok.ls")
    }

    @Test func nothingPressingMakesAnEmptyQueue() {
        let calm = file("261125-030", received: "2026-11-25T10:00:00+08:00", stage: .handled, deadline: "2026-11-25T23:59:59+08:00",
                        departments: ["engineering"])
        #expect(queue.items([calm], at: now).isEmpty)
        #expect(QueueText(organization: office, language: .en).lines([], at: now).map(\.text)
                == ["2026-11-25 (Wednesday) 15:00: nothing needs anyone now."])
    }

    @Test(arguments: Language.allCases)
    func theQueueReadsInTheReadersLanguage(language: Language) {
        let lines = QueueText(organization: office, language: language).lines(queue.items(cases, at: now), at: now).map(\.text)
        let expected: [Language: [String]] = [
            .en: [
                "2026-11-25 (Wednesday) 15:00 — needs someone now: 8",
                "Urgent: intake not finished (1)",
                "  261125-020  waiting 10 min  Leaks and water · A座 12樓B室 · 天花漏水",
                "              → who took it: 黃嘉儀 wong.ky · coach resume 261125-020",
                "Urgent: no department set to work (1)",
                "  261125-010  waiting 1 h 0 min  Leaks and water · A座 12樓B室 · 天花漏水",
                "              → department manager on duty 林國峰 lam.kf 9123 4520 · dispatch 261125-010 DEPARTMENT",
                "  261123-001  overdue by 1 d 15 h  Leaks and water · A座 12樓B室 · 天花漏水",
                "  261122-001  1 h 30 min left  Leaks and water · A座 12樓B室 · 天花漏水",
                "              → relevant department 蕭家俊 siu.kc · feedback 261122-001 TEXT",
                "              → property group lead 李志豪 lee.ch, 何淑儀 ho.sy · propose 261125-001 TEXT",
                "              → property group lead 李志豪 lee.ch, 何淑儀 ho.sy · follow-up 261124-001",
                "              → property group lead 李志豪 lee.ch, 何淑儀 ho.sy · file 261120-002 --integrity (caller not reachable)",
            ],
            .zhHant: [
                "2026-11-25（週三） 15:00　要處理：8 件",
                "緊急：接訴未完成（1）",
                "  261125-020  已等 10 分鐘  漏水及水務 · A座 12樓B室 · 天花漏水",
                "              → 接訴人 黃嘉儀 wong.ky · coach resume 261125-020",
                "逾期（1）",
                "  261123-001  逾期 1 天 15 小時  漏水及水務 · A座 12樓B室 · 天花漏水",
                "兩小時內到期（1）",
                "  261122-001  尚餘 1 小時 30 分  漏水及水務 · A座 12樓B室 · 天花漏水",
                "未交部門處理（2）",
                "待回訪（2）",
                "              → 物業主任 李志豪 lee.ch、何淑儀 ho.sy · file 261120-002 --integrity（未能聯絡投訴人）",
            ],
            .zhHans: [
                "紧急：未安排部门处理（1）",
                "  261122-001  尚余 1 小时 30 分  漏水及水务 · A座 12樓B室 · 天花漏水",
                "              → 当值部门经理 林國峰 lam.kf 9123 4520 · dispatch 261125-010 部门",
            ],
        ]
        for line in expected[language]! {
            #expect(lines.contains(line), "\(language): \(line)\n\(lines.joined(separator: "\n"))")
        }
    }
}
