import CaseEvents
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing

// A case's life after intake, driven through CaseDesk with the shipped roster
// (guidance/organization.yaml): lee.ch group lead, cheung.wl supervisor, lam.kf duty department
// manager, yip.mk security supervisor on duty, fung.ph duty manager, siu.kc relevant
// department, chan.mw front desk, ng.ts general manager. Expected instants are written out
// with their offsets and parsed by Foundation, never by the code under test.

private let office = IntakeDriver.catalogue.organization
private let desk = CaseDesk(organization: office)
private let number = "261125-007"

/// An instant from ISO 8601 with the offset written out.
private func at(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else { preconditionFailure("bad fixture \(text)") }
    return date
}

/// Wednesday 2026-11-25 10:00 Hong Kong: working hours.
private let wednesdayMorning = at("2026-11-25T10:00:00+08:00")
/// Friday 2026-11-27 20:00 Hong Kong: after closing, before a weekend.
private let fridayEvening = at("2026-11-27T20:00:00+08:00")
/// Friday 2026-11-27 17:00 Hong Kong: the last working hour before the weekend.
private let fridayAfternoon = at("2026-11-27T17:00:00+08:00")

/// A case just received and routed, as intake leaves it.
private func received(_ kind: ComplaintKind = .complaint, _ nature: Nature = .ordinary, channel: Channel = .phone,
                      at date: Date = wednesdayMorning, training: Bool = false, account: String = "浴室天花漏水") -> CaseFile {
    let record = ComplaintRecord(caseNumber: CaseNumber(number)!, receivedAt: date, receivedBy: "chan.mw", channel: channel,
                                 kind: kind, nature: kind == .suggestion ? nil : nature, category: "water", building: "A座",
                                 unit: "12樓C室", person: Person(name: "黃先生", standing: nil, contact: "9876 5432"),
                                 account: account, stage: .received, isTraining: training)
    let decision = office.router.route(RoutingInput(channel: channel, kind: kind, nature: nature, receivedAt: date))
    return CaseFile(record: record, life: CaseLife(routing: decision, flagged: false))
}

private func parse(_ words: [String]) -> Result<CaseRequest, CaseRequest.ParseError> {
    CaseRequest.parse(words, organization: office)
}

/// Parses and performs `words` (ACTION CASE …) by `staff`; on success moves `file` on and returns the events.
@discardableResult
private func act(_ file: inout CaseFile, _ words: [String], by staff: String, at date: Date,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> [TranscriptEvent] {
    let request = try parse(words).get()
    let outcome = try desk.perform(request, on: file, by: staff, at: date).get()
    file = outcome.file
    return outcome.events
}

/// Parses and performs `words`, expecting a refusal; `file` is left as it was.
private func refusal(_ file: CaseFile, _ words: [String], by staff: String, at date: Date) throws -> CaseDesk.Refusal? {
    let request = try parse(words).get()
    switch desk.perform(request, on: file, by: staff, at: date) {
    case .success(let outcome):
        Issue.record("\(words.joined(separator: " ")) by \(staff) was not refused; stage now \(outcome.file.record.stage.rawValue)")
        return nil
    case .failure(let refusal):
        return refusal
    }
}

private func notAllowed(_ refusal: CaseDesk.Refusal?) -> ActionRefused? {
    if case .notAllowed(let refused) = refusal { return refused }
    return nil
}

private func notNow(_ refusal: CaseDesk.Refusal?) -> IllegalTransition? {
    if case .notNow(let illegal) = refusal { return illegal }
    return nil
}

/// The events as short lines, for comparing whole lists at once: an action and what it carries.
private func lines(_ events: [TranscriptEvent]) -> [String] {
    events.flatMap { event -> [String] in
        guard case .action(let a) = event.event else { return ["\(event.kind.rawValue) \(event.event)"] }
        var out = ["transition \(a.action.rawValue): \(a.from.rawValue) → \(a.to.rawValue)"]
        if let department = a.department { out.append("decision department: \(department)") }
        if a.action == .escalate { out.append("decision escalated to: general_manager") }
        if let via = a.repliedVia { out.append("decision replied by: \(via.rawValue)" + (a.reason.map { " (reason: \($0))" } ?? "")) }
        if let satisfaction = a.satisfaction { out.append("decision satisfaction: \(satisfaction)/5") }
        if a.integrityConfirmed {
            out.append("decision integrity confirmed by \(event.staff): handled fairly and honestly; nothing was asked for or accepted")
        }
        if let text = a.text { out.append("note \(text)") }
        return out
    }
}

private func expectStamped(_ events: [TranscriptEvent], by staff: String, at date: Date, step: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!events.isEmpty, sourceLocation: sourceLocation)
    for event in events {
        #expect(event.staff == staff, sourceLocation: sourceLocation)
        #expect(event.at == date, sourceLocation: sourceLocation)
        #expect(event.step == step, sourceLocation: sourceLocation)
    }
    #expect(events.first?.kind == .transition, sourceLocation: sourceLocation)
}

/// True when `text` holds an ESC or any other C0/C1 control character (a newline aside when allowed).
private func hasControl(_ text: String, allowNewline: Bool = false) -> Bool {
    text.unicodeScalars.contains { s in
        if allowNewline && s == "\n" { return false }
        return s.value < 0x20 || (0x7F...0x9F).contains(s.value)
    }
}

private let integrityLine = "integrity confirmed by lee.ch: handled fairly and honestly; nothing was asked for or accepted"

@Suite struct CaseLifeTests {
    // MARK: The roster this suite relies on

    @Test func theShippedRosterHoldsTheRolesThisSuiteUses() {
        let expected: [(String, Role)] = [
            ("lee.ch", .propertyGroupLead), ("cheung.wl", .supervisor), ("lam.kf", .dutyDepartmentManager),
            ("yip.mk", .dutySecuritySupervisor), ("fung.ph", .dutyManager), ("siu.kc", .relevantDepartment),
            ("chan.mw", .frontDesk), ("ng.ts", .generalManager),
        ]
        for (id, role) in expected {
            #expect(office.member(id)?.roles.contains(role) == true, "\(id) should be \(role.rawValue)")
        }
    }

    // MARK: An ordinary complaint inside working hours (5a, 7, 8, guideline 8, 9)

    @Test func anOrdinaryComplaintInHoursLivesItsWholeLife() throws {
        var file = received()
        #expect(file.life.handler == .propertyGroupLead)
        #expect(file.life.needsApproval)
        #expect(file.life.receivedInWorkingHours == true)
        #expect(file.life.deadline == at("2026-11-25T23:59:59+08:00"))
        #expect(desk.nextSteps(file).map(\.action) == [.propose])

        // Propose: the group lead registers it and proposes a handling.
        let t1 = at("2026-11-25T10:15:00+08:00")
        var events = try act(&file, ["propose", number, "派工程部檢查浴室天花"], by: "lee.ch", at: t1)
        #expect(file.record.stage == .awaitingApproval)
        #expect(file.life.proposal == "派工程部檢查浴室天花")
        #expect(lines(events) == ["transition propose: received → awaiting_approval", "note 派工程部檢查浴室天花"])
        expectStamped(events, by: "lee.ch", at: t1, step: "propose")

        // Approve: only the supervisor.
        let t2 = at("2026-11-25T10:30:00+08:00")
        let byLead = try refusal(file, ["approve", number], by: "lee.ch", at: t2)
        #expect(notAllowed(byLead)?.allowed == [.supervisor])
        #expect(notAllowed(byLead)?.holders.map(\.id) == ["cheung.wl"])
        events = try act(&file, ["approve", number, "同意"], by: "cheung.wl", at: t2)
        #expect(file.record.stage == .inHandling)
        #expect(lines(events) == ["transition approve: awaiting_approval → in_handling", "note 同意"])
        expectStamped(events, by: "cheung.wl", at: t2, step: "approve")
        #expect(file.life.proposal == "派工程部檢查浴室天花", "approving keeps the proposal")

        // Assign: the group lead tells engineering to act.
        let t3 = at("2026-11-25T10:45:00+08:00")
        events = try act(&file, ["assign", number, "engineering"], by: "lee.ch", at: t3)
        #expect(file.record.stage == .inHandling)
        #expect(file.life.departments == ["engineering"])
        #expect(lines(events) == ["transition assign: in_handling → in_handling", "decision department: engineering"])
        expectStamped(events, by: "lee.ch", at: t3, step: "assign")

        // Feedback: the department reports the result (7).
        let t4 = at("2026-11-25T15:00:00+08:00")
        events = try act(&file, ["feedback", number, "已更換喉管", "天花已修補"], by: "siu.kc", at: t4)
        #expect(file.record.stage == .handled)
        #expect(file.life.feedback == "已更換喉管 天花已修補")
        #expect(file.life.handledAt == t4)
        #expect(lines(events) == ["transition record_feedback: in_handling → handled", "note 已更換喉管 天花已修補"])
        expectStamped(events, by: "siu.kc", at: t4, step: "record_feedback")
        #expect(!file.isOverdue(at: at("2026-11-30T10:00:00+08:00")))

        // Reply: by phone, as it came (8).
        let t5 = at("2026-11-25T16:00:00+08:00")
        events = try act(&file, ["reply", number], by: "lee.ch", at: t5)
        #expect(file.record.stage == .replied)
        #expect(file.life.repliedVia == .phone)
        #expect(file.life.repliedAt == t5)
        #expect(file.life.replyReason == nil)
        #expect(lines(events) == ["transition reply: handled → replied", "decision replied by: phone"])
        expectStamped(events, by: "lee.ch", at: t5, step: "reply")

        // Follow-up: the front desk calls back (guideline 8).
        let t6 = at("2026-11-26T10:00:00+08:00")
        events = try act(&file, ["follow-up", number, "4", "滿意"], by: "chan.mw", at: t6)
        #expect(file.record.stage == .followedUp)
        #expect(file.life.satisfaction == 4)
        #expect(file.life.followUpWords == "滿意")
        #expect(file.life.followedUpAt == t6)
        #expect(lines(events) == ["transition follow_up: replied → followed_up", "decision satisfaction: 4/5", "note 滿意"])
        expectStamped(events, by: "chan.mw", at: t6, step: "follow_up")

        // File, with the integrity note (9, guideline 11).
        let t7 = at("2026-11-26T11:00:00+08:00")
        events = try act(&file, ["file", number, "--integrity"], by: "lee.ch", at: t7)
        #expect(file.record.stage == .archived)
        #expect(file.life.filedBy == "lee.ch")
        #expect(file.life.filedAt == t7)
        #expect(lines(events) == ["transition file: followed_up → archived", "decision \(integrityLine)"])
        expectStamped(events, by: "lee.ch", at: t7, step: "file")

        // Everything kept, nothing next, never overdue.
        #expect(file.life.proposal == "派工程部檢查浴室天花")
        #expect(file.life.departments == ["engineering"])
        #expect(file.life.handledAt == t4)
        #expect(file.life.repliedVia == .phone)
        #expect(file.life.satisfaction == 4)
        #expect(!file.life.escalated)
        #expect(desk.nextSteps(file).isEmpty)
        #expect(!file.isOverdue(at: at("2026-12-31T10:00:00+08:00")))
        let after = try refusal(file, ["reply", number], by: "lee.ch", at: t7)
        #expect(notNow(after)?.stage == .archived)
        #expect(notNow(after)?.allowed == [])
    }

    @Test func anOrdinaryComplaintInHoursIsNotDispatchedNorEscalated() throws {
        var file = received()
        let t = at("2026-11-25T10:15:00+08:00")
        // Dispatch is for urgent and after-hours cases: not now for 5a.
        let dispatch = try refusal(file, ["dispatch", number, "engineering"], by: "lam.kf", at: t)
        #expect(notNow(dispatch)?.allowed == [.propose])
        // Approving before anything was proposed.
        #expect(notNow(try refusal(file, ["approve", number], by: "cheung.wl", at: t))?.stage == .received)
        // Feedback before approval.
        #expect(notNow(try refusal(file, ["feedback", number, "修好"], by: "siu.kc", at: t))?.stage == .received)
        // Only the group lead proposes.
        let bySupervisor = notAllowed(try refusal(file, ["propose", number, "x"], by: "cheung.wl", at: t))
        #expect(bySupervisor?.allowed == [.propertyGroupLead])
        #expect(Set(bySupervisor?.holders.map(\.id) ?? []) == ["lee.ch", "ho.sy"])
        try act(&file, ["propose", number, "派工程部"], by: "lee.ch", at: t)
        try act(&file, ["approve", number], by: "cheung.wl", at: t)
        let escalate = try refusal(file, ["escalate", number], by: "lam.kf", at: t)
        #expect(notNow(escalate)?.nature == .ordinary)
        #expect(notNow(escalate)?.allowed == [.assign, .recordFeedback])
        // The front desk may not tell a department to act; the supervisor may.
        #expect(notAllowed(try refusal(file, ["assign", number, "cleaning"], by: "chan.mw", at: t)) != nil)
        try act(&file, ["assign", number, "清潔部"], by: "cheung.wl", at: t)
        try act(&file, ["assign", number, "engineering"], by: "lee.ch", at: t)
        #expect(file.life.departments == ["cleaning", "engineering"])
    }

    // MARK: An urgent complaint inside working hours (5b)

    @Test func anUrgentComplaintInHoursIsDispatchedByTheDutyDepartmentManager() throws {
        var file = received(.complaint, .urgent)
        #expect(file.life.handler == .dutyDepartmentManager)
        #expect(!file.life.needsApproval)
        #expect(file.life.deadline == at("2026-11-28T10:00:00+08:00"), "urgent: 72 hours")

        let t1 = at("2026-11-25T10:05:00+08:00")
        // Not the security supervisor: it is working hours.
        let byYip = notAllowed(try refusal(file, ["dispatch", number, "engineering"], by: "yip.mk", at: t1))
        #expect(byYip?.allowed == [.dutyDepartmentManager])
        #expect(byYip?.onRoster == true)
        #expect(Set(byYip?.holders.map(\.id) ?? []) == ["lam.kf", "tse.yk"])
        for language in Language.allCases {
            #expect(byYip?.text(in: language).contains("lam.kf") == true, "\(language)")
        }
        // Nor the group lead, nor a proposal.
        #expect(notAllowed(try refusal(file, ["dispatch", number, "engineering"], by: "lee.ch", at: t1)) != nil)
        #expect(notNow(try refusal(file, ["propose", number, "x"], by: "lee.ch", at: t1))?.allowed == [.dispatch])

        var events = try act(&file, ["dispatch", number, "工程部"], by: "lam.kf", at: t1)
        #expect(file.record.stage == .inHandling)
        #expect(file.life.departments == ["engineering"])
        #expect(lines(events) == ["transition dispatch: received → in_handling", "decision department: engineering"])
        expectStamped(events, by: "lam.kf", at: t1, step: "dispatch")

        // Escalate once, beyond the manager's authority.
        let t2 = at("2026-11-25T11:00:00+08:00")
        #expect(notAllowed(try refusal(file, ["escalate", number], by: "lee.ch", at: t2))?.allowed.contains(.dutyDepartmentManager) == true)
        events = try act(&file, ["escalate", number, "需更換整條水管"], by: "lam.kf", at: t2)
        #expect(file.life.escalated)
        #expect(file.record.stage == .inHandling)
        #expect(lines(events) == ["transition escalate: in_handling → in_handling", "decision escalated to: general_manager",
                                  "note 需更換整條水管"])
        expectStamped(events, by: "lam.kf", at: t2, step: "escalate")

        // A second time: not now, whoever asks.
        let again = notNow(try refusal(file, ["escalate", number], by: "lam.kf", at: t2))
        #expect(again?.action == .escalate)
        #expect(again?.stage == .inHandling)
        #expect(again?.kind == .complaint)
        #expect(again?.nature == .urgent)
        #expect(again?.allowed == [.assign, .recordFeedback])
        #expect(notNow(try refusal(file, ["escalate", number], by: "fung.ph", at: t2)) != nil)

        // Then to filing.
        try act(&file, ["assign", number, "security"], by: "lam.kf", at: t2)
        #expect(file.life.departments == ["engineering", "security"])
        let t3 = at("2026-11-26T09:00:00+08:00")
        try act(&file, ["feedback", number, "已修好"], by: "siu.kc", at: t3)
        #expect(file.life.handledAt == t3)
        try act(&file, ["reply", number, "--via", "phone"], by: "lee.ch", at: t3)
        try act(&file, ["follow-up", number, "5"], by: "chan.mw", at: t3)
        #expect(file.life.followUpWords == nil)
        events = try act(&file, ["file", number, "--integrity"], by: "chan.mw", at: t3)
        #expect(file.record.stage == .archived)
        #expect(file.life.filedBy == "chan.mw")
        #expect(lines(events).last == "decision integrity confirmed by chan.mw: handled fairly and honestly; nothing was asked for or accepted")
        #expect(file.life.escalated)
        #expect(!file.isOverdue(at: at("2026-12-10T10:00:00+08:00")))
    }

    // MARK: After working hours (5c)

    @Test(arguments: Nature.allCases)
    func afterHoursTheSecuritySupervisorDispatches(nature: Nature) throws {
        var file = received(.complaint, nature, at: fridayEvening)
        #expect(file.life.handler == .dutySecuritySupervisor)
        #expect(file.life.receivedInWorkingHours == false)
        #expect(!file.life.needsApproval)
        let t = at("2026-11-27T20:10:00+08:00")

        let byLam = notAllowed(try refusal(file, ["dispatch", number, "security"], by: "lam.kf", at: t))
        #expect(byLam?.allowed == [.dutySecuritySupervisor])
        #expect(Set(byLam?.holders.map(\.id) ?? []) == ["yip.mk", "kwok.ls"])
        for language in Language.allCases {
            #expect(byLam?.text(in: language).contains("yip.mk") == true, "\(language)")
        }
        #expect(notNow(try refusal(file, ["propose", number, "x"], by: "lee.ch", at: t)) != nil, "no approval after hours")

        let events = try act(&file, ["dispatch", number, "security"], by: "yip.mk", at: t)
        #expect(file.record.stage == .inHandling)
        #expect(file.life.departments == ["security"])
        #expect(lines(events) == ["transition dispatch: received → in_handling", "decision department: security"])
        expectStamped(events, by: "yip.mk", at: t, step: "dispatch")

        if nature == .urgent {
            #expect(file.life.deadline == at("2026-11-30T20:00:00+08:00"))
            try act(&file, ["escalate", number], by: "fung.ph", at: t)
            #expect(file.life.escalated)
        } else {
            #expect(file.life.deadline == at("2026-11-30T23:59:59+08:00"))
            #expect(notNow(try refusal(file, ["escalate", number], by: "fung.ph", at: t))?.nature == .ordinary)
        }
        try act(&file, ["assign", number, "engineering"], by: "yip.mk", at: t)
        try act(&file, ["feedback", number, "已處理"], by: "lee.ch", at: t)
        try act(&file, ["reply", number], by: "lee.ch", at: t)
        try act(&file, ["follow-up", number, "3"], by: "lee.ch", at: t)
        try act(&file, ["file", number, "--integrity"], by: "lee.ch", at: t)
        #expect(file.record.stage == .archived)
        #expect(file.life.departments == ["security", "engineering"])
    }

    // MARK: Suggestions (1)

    @Test func aSuggestionIsRepliedToThenFiled() throws {
        var file = received(.suggestion, channel: .letter)
        #expect(file.life.deadline == nil)
        #expect(file.life.handler == .propertyGroupLead)
        let t = at("2026-11-25T11:00:00+08:00")
        #expect(notNow(try refusal(file, ["propose", number, "x"], by: "lee.ch", at: t))?.allowed == [.reply, .file])
        #expect(notNow(try refusal(file, ["dispatch", number, "engineering"], by: "lam.kf", at: t)) != nil)
        let events = try act(&file, ["reply", number], by: "lee.ch", at: t)
        #expect(file.record.stage == .replied)
        #expect(file.life.repliedVia == .letter)
        #expect(lines(events) == ["transition reply: received → replied", "decision replied by: letter"])
        #expect(notNow(try refusal(file, ["follow-up", number, "4"], by: "chan.mw", at: t))?.allowed == [.file])
        #expect(try refusal(file, ["file", number], by: "chan.mw", at: t) == .integrityUnconfirmed)
        try act(&file, ["file", number, "--integrity"], by: "chan.mw", at: t)
        #expect(file.record.stage == .archived)
        #expect(file.life.filedBy == "chan.mw")
        #expect(!file.isOverdue(at: at("2027-01-01T00:00:00+08:00")))
    }

    @Test func aSuggestionMayBeFiledStraightAway() throws {
        var file = received(.suggestion)
        let t = at("2026-11-25T11:00:00+08:00")
        #expect(notAllowed(try refusal(file, ["file", number, "--integrity"], by: "siu.kc", at: t)) != nil)
        let events = try act(&file, ["歸檔", number, "--integrity"], by: "lee.ch", at: t)
        #expect(file.record.stage == .archived)
        #expect(file.life.repliedVia == nil)
        #expect(lines(events) == ["transition file: received → archived", "decision \(integrityLine)"])
    }

    // MARK: Filing too early, and the integrity note

    /// A stage to reach and, written out from the regulation, what is still to do there before filing.
    struct EarlyFiling: Sendable, CustomTestStringConvertible {
        var label: String
        var nature: Nature
        /// Steps to take first, as (words after the case number, who).
        var path: [([String], String)]
        var stage: Stage
        var missing: [CaseAction]
        var testDescription: String { label }
    }

    static let earlyFilings: [EarlyFiling] = [
        .init(label: "ordinary, received", nature: .ordinary, path: [], stage: .received,
              missing: [.propose, .approve, .recordFeedback, .reply, .followUp]),
        .init(label: "ordinary, awaiting approval", nature: .ordinary, path: [(["propose", "派工程部"], "lee.ch")],
              stage: .awaitingApproval, missing: [.approve, .recordFeedback, .reply, .followUp]),
        .init(label: "urgent, received", nature: .urgent, path: [], stage: .received,
              missing: [.dispatch, .recordFeedback, .reply, .followUp]),
        .init(label: "ordinary, in handling", nature: .ordinary,
              path: [(["propose", "派工程部"], "lee.ch"), (["approve"], "cheung.wl")],
              stage: .inHandling, missing: [.recordFeedback, .reply, .followUp]),
        .init(label: "ordinary, handled", nature: .ordinary,
              path: [(["propose", "派工程部"], "lee.ch"), (["approve"], "cheung.wl"), (["feedback", "修好"], "siu.kc")],
              stage: .handled, missing: [.reply, .followUp]),
        .init(label: "ordinary, replied", nature: .ordinary,
              path: [(["propose", "派工程部"], "lee.ch"), (["approve"], "cheung.wl"), (["feedback", "修好"], "siu.kc"),
                     (["reply"], "lee.ch")],
              stage: .replied, missing: [.followUp]),
        .init(label: "urgent, in handling", nature: .urgent, path: [(["dispatch", "engineering"], "lam.kf")],
              stage: .inHandling, missing: [.recordFeedback, .reply, .followUp]),
    ]

    @Test(arguments: CaseLifeTests.earlyFilings)
    func filingTooEarlyListsExactlyWhatIsStillToDo(early: EarlyFiling) throws {
        var file = received(.complaint, early.nature)
        let t = at("2026-11-25T12:00:00+08:00")
        for (words, staff) in early.path {
            try act(&file, [words[0], number] + words.dropFirst(), by: staff, at: t)
        }
        #expect(file.record.stage == early.stage)
        for staff in ["lee.ch", "chan.mw"] {
            let got = try refusal(file, ["file", number, "--integrity"], by: staff, at: t)
            #expect(got == .stepsMissing(early.missing), "\(early.label) by \(staff): got \(String(describing: got))")
            // Without the integrity note too: the missing steps come first.
            let bare = try refusal(file, ["file", number], by: staff, at: t)
            #expect(bare == .stepsMissing(early.missing), "\(early.label) by \(staff), no --integrity: got \(String(describing: bare))")
        }
        // Not the group lead's or front desk's to file: refused for who, not for when.
        #expect(notAllowed(try refusal(file, ["file", number, "--integrity"], by: "cheung.wl", at: t)) != nil)
        let text = CaseText(organization: office, language: .en).refusal(.stepsMissing(early.missing))
        for step in early.missing {
            #expect(text.contains(CaseRequest.word(for: step)), "\(text)")
        }
    }

    @Test func filingWithoutTheIntegrityNoteIsRefused() throws {
        var file = received()
        let t = at("2026-11-25T12:00:00+08:00")
        try act(&file, ["propose", number, "派工程部"], by: "lee.ch", at: t)
        try act(&file, ["approve", number], by: "cheung.wl", at: t)
        try act(&file, ["feedback", number, "修好"], by: "siu.kc", at: t)
        try act(&file, ["reply", number], by: "lee.ch", at: t)
        try act(&file, ["follow-up", number, "4"], by: "chan.mw", at: t)
        #expect(try refusal(file, ["file", number], by: "lee.ch", at: t) == .integrityUnconfirmed)
        #expect(try refusal(file, ["file", number, "歸檔"], by: "chan.mw", at: t) == .integrityUnconfirmed)
        #expect(file.record.stage == .followedUp)
        for language in Language.allCases {
            #expect(CaseText(organization: office, language: language).refusal(.integrityUnconfirmed).contains("--integrity"))
        }
        try act(&file, ["file", number, "--integrity"], by: "chan.mw", at: t)
        #expect(file.record.stage == .archived)
    }

    @Test func filingAFiledComplaintAgainIsNotNowRatherThanStepsMissing() throws {
        var file = try handledCase(channel: .phone)
        let t = at("2026-11-25T16:00:00+08:00")
        try act(&file, ["reply", number], by: "lee.ch", at: t)
        try act(&file, ["follow-up", number, "4"], by: "chan.mw", at: t)
        try act(&file, ["file", number, "--integrity"], by: "chan.mw", at: t)
        #expect(file.record.stage == .archived)
        // Filed once: nothing is missing, so "Cannot file yet; still to do: ." would be wrong;
        // the stage simply allows nothing more.
        let again = try refusal(file, ["file", number, "--integrity"], by: "chan.mw", at: t)
        #expect(notNow(again)?.stage == .archived, "got \(String(describing: again))")
        #expect(notNow(again)?.allowed == [])
    }

    // MARK: Reply by the same channel (8)

    private func handledCase(channel: Channel) throws -> CaseFile {
        var file = received(channel: channel)
        let t = at("2026-11-25T12:00:00+08:00")
        try act(&file, ["propose", number, "派工程部"], by: "lee.ch", at: t)
        try act(&file, ["approve", number], by: "cheung.wl", at: t)
        try act(&file, ["feedback", number, "修好"], by: "siu.kc", at: t)
        return file
    }

    @Test func replyingAnotherWayNeedsAReason() throws {
        var file = try handledCase(channel: .phone)
        let t = at("2026-11-25T16:00:00+08:00")
        #expect(try refusal(file, ["reply", number, "--via", "letter"], by: "lee.ch", at: t) == .replyChannel(expected: .phone))
        #expect(try refusal(file, ["reply", number, "--via", "visit", "--reason"], by: "lee.ch", at: t) == .replyChannel(expected: .phone),
                "an empty reason is no reason")
        let english = CaseText(organization: office, language: .en).refusal(.replyChannel(expected: .phone))
        #expect(english.contains("a phone call") && english.contains("--reason"))

        let events = try act(&file, ["reply", number, "--via", "letter", "--reason", "電話多次未能接通"], by: "lee.ch", at: t)
        #expect(file.record.stage == .replied)
        #expect(file.life.repliedVia == .letter)
        #expect(file.life.replyReason == "電話多次未能接通")
        #expect(file.life.repliedAt == t)
        #expect(lines(events) == ["transition reply: handled → replied", "decision replied by: letter (reason: 電話多次未能接通)"])
    }

    @Test func aReasonOfSeveralWordsIsKeptWhole() throws {
        var file = try handledCase(channel: .inPerson)
        try act(&file, ["reply", number, "--reason", "owner", "asked", "for", "a", "letter", "--via", "letter"], by: "lee.ch",
                at: at("2026-11-25T16:00:00+08:00"))
        #expect(file.life.repliedVia == .letter)
        #expect(file.life.replyReason == "owner asked for a letter")
    }

    @Test(arguments: Channel.allCases)
    func replyingTheWayItCameNeedsNoReason(channel: Channel) throws {
        var file = try handledCase(channel: channel)
        try act(&file, ["reply", number, "--via", channel.replyChannel.rawValue], by: "lee.ch", at: at("2026-11-25T16:00:00+08:00"))
        #expect(file.life.repliedVia == channel.replyChannel)
        #expect(file.life.replyReason == nil)
        var plain = try handledCase(channel: channel)
        try act(&plain, ["reply", number], by: "lee.ch", at: at("2026-11-25T16:00:00+08:00"))
        #expect(plain.life.repliedVia == channel.replyChannel)
    }

    // MARK: Training

    @Test func aTrainingCaseHasNoLife() throws {
        let file = received(training: true)
        let t = at("2026-11-25T10:15:00+08:00")
        for (words, staff) in [(["propose", number, "x"], "lee.ch"), (["dispatch", number, "engineering"], "lam.kf"),
                               (["file", number, "--integrity"], "lee.ch"), (["approve", number], "stranger")] {
            #expect(try refusal(file, words, by: staff, at: t) == .training, "\(words)")
        }
        #expect(CaseText(organization: office, language: .en).refusal(.training).contains("training"))
    }

    // MARK: Overdue across a weekend (6)

    @Test func anOrdinaryComplaintLateOnFridayIsDueThatNight() {
        let file = received(at: fridayAfternoon)
        #expect(file.life.receivedInWorkingHours == true)
        #expect(file.life.deadline == at("2026-11-27T23:59:59+08:00"))
        #expect(!file.isOverdue(at: at("2026-11-27T23:00:00+08:00")))
        #expect(!file.isOverdue(at: at("2026-11-27T23:59:59+08:00")))
        #expect(file.isOverdue(at: at("2026-11-28T00:00:00+08:00")))
        #expect(file.isOverdue(at: at("2026-11-28T10:00:00+08:00")))
        #expect(file.isOverdue(at: at("2026-11-30T10:00:00+08:00")))

        let text = CaseText(organization: office, language: .en)
        #expect(text.timeLeft(file, at: at("2026-11-27T23:00:00+08:00")) == "59 min left")
        #expect(text.timeLeft(file, at: at("2026-11-27T22:00:00+08:00")) == "1 h 59 min left")
        #expect(text.timeLeft(file, at: at("2026-11-28T10:00:00+08:00")) == "overdue by 10 h 0 min")
        #expect(text.timeLeft(file, at: at("2026-11-30T10:00:00+08:00")) == "overdue by 2 d 10 h")
        #expect(CaseText(organization: office, language: .zhHant).timeLeft(file, at: at("2026-11-28T10:00:00+08:00")) == "逾期 10 小時 0 分")
    }

    @Test func anOrdinaryComplaintOnFridayEveningIsDueMondayNight() {
        let file = received(at: fridayEvening)
        #expect(file.life.deadline == at("2026-11-30T23:59:59+08:00"))
        #expect(!file.isOverdue(at: at("2026-11-28T10:00:00+08:00")))
        #expect(!file.isOverdue(at: at("2026-11-29T12:00:00+08:00")))
        #expect(!file.isOverdue(at: at("2026-11-30T23:59:59+08:00")))
        #expect(file.isOverdue(at: at("2026-12-01T00:00:00+08:00")))
        let text = CaseText(organization: office, language: .en)
        #expect(text.timeLeft(file, at: at("2026-11-29T12:00:00+08:00"))?.hasSuffix("left") == true)
        #expect(text.timeLeft(file, at: at("2026-11-29T12:00:00+08:00")) == "1 d 11 h left")
    }

    @Test func handledBeforeTheDeadlineIsNeverOverdue() throws {
        var file = received(at: fridayAfternoon)
        try act(&file, ["propose", number, "派工程部"], by: "lee.ch", at: at("2026-11-27T17:10:00+08:00"))
        try act(&file, ["approve", number], by: "cheung.wl", at: at("2026-11-27T17:20:00+08:00"))
        try act(&file, ["assign", number, "engineering"], by: "lee.ch", at: at("2026-11-27T17:30:00+08:00"))
        try act(&file, ["feedback", number, "已修好"], by: "siu.kc", at: at("2026-11-27T22:00:00+08:00"))
        let text = CaseText(organization: office, language: .en)
        for now in ["2026-11-28T10:00:00+08:00", "2026-11-30T10:00:00+08:00", "2027-06-01T10:00:00+08:00"] {
            #expect(!file.isOverdue(at: at(now)), "\(now)")
            #expect(text.timeLeft(file, at: at(now)) == "handled on time")
        }
        // Replying and following up after the deadline changes nothing: handling is what counts.
        try act(&file, ["reply", number], by: "lee.ch", at: at("2026-11-30T10:00:00+08:00"))
        try act(&file, ["follow-up", number, "4"], by: "chan.mw", at: at("2026-12-01T10:00:00+08:00"))
        try act(&file, ["file", number, "--integrity"], by: "lee.ch", at: at("2026-12-01T11:00:00+08:00"))
        #expect(!file.isOverdue(at: at("2026-12-02T10:00:00+08:00")))
        #expect(text.timeLeft(file, at: at("2026-12-02T10:00:00+08:00")) == "handled on time")
    }

    @Test func handledAfterTheDeadlineStaysOverdue() throws {
        var file = received(at: fridayAfternoon)
        try act(&file, ["propose", number, "派工程部"], by: "lee.ch", at: at("2026-11-27T17:10:00+08:00"))
        try act(&file, ["approve", number], by: "cheung.wl", at: at("2026-11-27T17:20:00+08:00"))
        let saturday = at("2026-11-28T10:00:00+08:00")
        try act(&file, ["feedback", number, "已修好"], by: "siu.kc", at: saturday)
        #expect(file.life.handledAt == saturday)
        let text = CaseText(organization: office, language: .en)
        #expect(file.isOverdue(at: saturday))
        #expect(text.timeLeft(file, at: saturday) == "handled late")
        try act(&file, ["reply", number], by: "lee.ch", at: at("2026-11-30T10:00:00+08:00"))
        try act(&file, ["follow-up", number, "2"], by: "chan.mw", at: at("2026-11-30T11:00:00+08:00"))
        try act(&file, ["file", number, "--integrity"], by: "lee.ch", at: at("2026-11-30T12:00:00+08:00"))
        #expect(file.record.stage == .archived)
        #expect(file.isOverdue(at: at("2026-12-31T10:00:00+08:00")))
        #expect(text.timeLeft(file, at: at("2026-12-31T10:00:00+08:00")) == "handled late")
        #expect(CaseText(organization: office, language: .zhHant).timeLeft(file, at: saturday) == "逾期處理")
    }

    @Test func aSuggestionHasNoDeadlineToMiss() {
        let file = received(.suggestion, at: fridayAfternoon)
        #expect(!file.isOverdue(at: at("2027-01-01T00:00:00+08:00")))
        #expect(CaseText(organization: office, language: .en).timeLeft(file, at: at("2027-01-01T00:00:00+08:00")) == nil)
    }

    // MARK: Parsing requests

    @Test func chineseActionWordsAreUnderstood() throws {
        let approve = try parse(["批准", number]).get()
        #expect(approve.action == .approve)
        #expect(approve.number == CaseNumber(number)!)
        #expect(approve.text == nil)
        let followUp = try parse(["回訪", number, "5", "非常滿意"]).get()
        #expect(followUp.action == .followUp)
        #expect(followUp.satisfaction == 5)
        #expect(followUp.text == "非常滿意")
        let file = try parse(["歸檔", number, "--integrity"]).get()
        #expect(file.action == .file)
        #expect(file.integrity)
        #expect(file.text == nil)
        #expect(try parse(["归档", number]).get().integrity == false)
        #expect(try parse(["回复", number]).get().action == .reply)
        #expect(try parse(["上報", number]).get().action == .escalate)
        #expect(try parse(["結果", number, "修好"]).get().action == .recordFeedback)
        #expect(try parse(["APPROVE", number]).get().action == .approve)
    }

    @Test func departmentsByIdAndByName() throws {
        for name in ["engineering", "Engineering", "工程部", "ENGINEERING"] {
            #expect(try parse(["assign", number, name]).get().department == "engineering", "\(name)")
        }
        #expect(try parse(["dispatch", number, "清洁部"]).get().department == "cleaning")
        #expect(try parse(["派工", number, "保安部", "即時", "到場"]).get().department == "security")
        #expect(try parse(["派工", number, "保安部", "即時", "到場"]).get().text == "即時 到場")
        #expect(try parse(["通知", number, "customer_service"]).get().department == "customer_service")
    }

    @Test func parseErrors() {
        let known = ["engineering", "cleaning", "security", "landscaping", "accounts", "customer_service"]
        #expect(office.departments.map(\.id) == known)
        let cases: [([String], CaseRequest.ParseError)] = [
            ([], .unknownAction("")),
            (["close", number], .unknownAction("close")),
            (["關閉", number], .unknownAction("關閉")),
            (["approve"], .missingCase),
            (["approve", "261125-7"], .badCase("261125-7")),
            (["approve", "2611-007"], .badCase("2611-007")),
            (["approve", "x"], .badCase("x")),
            (["approve", "261325-007"], .badCase("261325-007")),
            (["assign", number], .missingDepartment),
            (["assign", number, "plumbing"], .unknownDepartment("plumbing", known: known)),
            (["dispatch", number, "水喉部"], .unknownDepartment("水喉部", known: known)),
            (["follow-up", number, "0"], .badSatisfaction("0")),
            (["follow-up", number, "6"], .badSatisfaction("6")),
            (["回訪", number, "12"], .badSatisfaction("12")),
            (["follow-up", number, "--not-reached", "3"], .satisfactionNotReached),
            (["follow-up", number, "3", "--not-reached"], .satisfactionNotReached),
            (["feedback", number], .missingText),
            (["feedback", number, "--integrity"], .missingText),
            (["propose", number], .missingText),
            (["reply", number, "--via", "fax"], .badChannel("fax")),
            (["reply", number, "--via"], .badChannel("")),
        ]
        for (words, error) in cases {
            #expect(parse(words) == .failure(error), "\(words)")
        }
        let english = CaseText(organization: office, language: .en)
        #expect(english.parseError(.unknownDepartment("plumbing", known: known)).contains("engineering, cleaning, security"))
        #expect(english.parseError(.badChannel("fax")).contains("visit, letter, phone, other"))
        #expect(english.parseError(.unknownAction("close")).contains("follow-up"))
    }

    @Test func typedTextIsCleanedOnTheWayIn() throws {
        let request = try parse(["feedback", number, "\u{1B}[31m已修好\u{1B}[0m\u{07}", "\u{1B}]0;x\u{07}天花"]).get()
        #expect(request.text == "已修好 天花")
        #expect(parse(["feedback", number, "\u{1B}[2J"]) == .failure(.missingText), "nothing left once cleaned")
    }

    // MARK: Nothing typed can drive the reader's terminal

    private static let hostile = "\u{1B}[2J\u{1B}]0;pwned\u{07}漏水"

    private func hostileCase() -> CaseFile {
        var file = received(account: Self.hostile)
        file.record.receivedBy = "\u{1B}[31mchan.mw"
        file.record.person = Person(name: "\u{1B}[5m黃先生\u{9B}31m", standing: .owner, contact: "\u{1B}]8;;http://x\u{07}9876")
        file.record.building = "A座\u{1B}[1A"
        file.record.unit = "12C\u{08}\u{08}"
        file.record.location = "lobby\u{7F}\r\nline two"
        file.record.wants = "\u{1B}P+q\u{1B}\\賠償"
        file.record.realCause = "\u{1B}[?1049h不被重視"
        file.life.proposal = "\u{1B}[2K派工"
        file.life.departments = ["engineering", "\u{1B}[31mrogue"]
        file.life.feedback = "\u{1B}[H已修好"
        file.life.repliedVia = .letter
        file.life.replyReason = "\u{1B}]52;c;Zm9v\u{07}未接通"
        file.life.satisfaction = 3
        file.life.followUpWords = "\u{1B}c還好"
        file.life.followUpAttempts = [FollowUpAttempt(at: at("2026-11-26T10:00:00+08:00"), by: "\u{1B}[8mchan.mw", reached: false,
                                                      day: nil, note: "\u{1B}]0;pwned\u{07}無人接聽")]
        file.life.filedBy = "\u{1B}[8mlee.ch"
        file.record.stage = .replied
        return file
    }

    @Test(arguments: Language.allCases)
    func theDetailNeverCarriesAControlCharacter(language: Language) {
        let file = hostileCase()
        let text = CaseText(organization: office, language: language)
        let detail = text.detail(file, at: at("2026-11-25T12:00:00+08:00"), next: desk.nextSteps(file))
        #expect(!detail.isEmpty)
        for line in detail {
            #expect(!hasControl(line.text), "\(language): \(line.text.debugDescription)")
            #expect(!line.text.contains("pwned"), "\(line.text.debugDescription)")
        }
        let all = detail.map(\.text).joined(separator: "\n")
        #expect(all.contains("漏水"))
        #expect(all.contains("賠償"))
        #expect(all.contains("不被重視"))
        #expect(all.contains("未接通"))
        let row = text.listRow(file, at: at("2026-11-25T12:00:00+08:00"))
        for cell in row {
            #expect(!hasControl(cell), "\(cell.debugDescription)")
        }
    }

    @Test(arguments: Language.allCases)
    func refusalTextsNeverCarryAControlCharacter(language: Language) throws {
        var file = hostileCase()
        file.record.stage = .received
        let text = CaseText(organization: office, language: language)
        let t = at("2026-11-25T12:00:00+08:00")
        var refusals: [CaseDesk.Refusal] = [.stepsMissing([.recordFeedback, .reply, .followUp]), .replyChannel(expected: .visit),
                                            .integrityUnconfirmed, .training]
        refusals.append(try #require(try refusal(file, ["approve", number], by: "chan.mw", at: t)))
        refusals.append(try #require(try refusal(file, ["feedback", number, "\u{1B}[2J修好"], by: "siu.kc", at: t)))
        refusals.append(try #require(try refusal(file, ["file", number, "--integrity"], by: "lee.ch", at: t)))
        refusals.append(try #require(try refusal(file, ["propose", number, "\u{1B}]0;x\u{07}意見"], by: "not.on.roster", at: t)))
        for refusal in refusals {
            let shown = text.refusal(refusal)
            #expect(!shown.isEmpty)
            #expect(!hasControl(shown), "\(language): \(shown.debugDescription)")
        }
    }

    /// The staff id comes from --staff, COACH_STAFF or the login name: typed text like any other.
    @Test(arguments: Language.allCases)
    func aRefusalToSomeoneOffTheRosterDoesNotEchoEscapesInTheirId(language: Language) throws {
        let file = received()
        let staff = "\u{1B}]0;pwned\u{07}\u{1B}[2Jintruder"
        let refused = try #require(try refusal(file, ["propose", number, "x"], by: staff, at: at("2026-11-25T12:00:00+08:00")))
        #expect(notAllowed(refused)?.onRoster == false)
        let shown = CaseText(organization: office, language: language).refusal(refused)
        #expect(shown.contains("lee.ch"))
        #expect(shown.contains("intruder"))
        #expect(!hasControl(shown), "\(language): \(shown.debugDescription)")
    }

    /// A word that could not be parsed is echoed back: it too is typed text.
    @Test(arguments: Language.allCases)
    func parseErrorsDoNotEchoEscapes(language: Language) {
        let text = CaseText(organization: office, language: language)
        let evil = "\u{1B}]0;pwned\u{07}\u{1B}[2Jx"
        for words in [[evil, number], ["approve", evil], ["assign", number, evil], ["reply", number, "--via", evil]] {
            guard case .failure(let error) = parse(words) else {
                Issue.record("\(words.debugDescription) parsed")
                continue
            }
            let shown = text.parseError(error)
            #expect(!hasControl(shown), "\(language): \(shown.debugDescription)")
        }
    }
}
