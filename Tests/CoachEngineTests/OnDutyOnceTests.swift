import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing

// `coach case N` names the duty department manager once when the one on duty at receipt is still
// on duty, and both when the shift has changed (shipped rota: 林國峰 lam.kf Monday to Wednesday,
// 謝玉潔 tse.yk Thursday to Sunday, each from 09:00).

private let office = IntakeDriver.catalogue.organization

private func at(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: text)!
}

/// An urgent complaint received on Wednesday 2026-11-25 at 10:00 (in hours), with its routing.
private func urgentCase() -> (CaseFile, RoutingDecision) {
    let received = at("2026-11-25T10:00:00+08:00")
    let decision = office.router.route(RoutingInput(channel: .phone, kind: .complaint, nature: .urgent, receivedAt: received))
    let record = ComplaintRecord(caseNumber: CaseNumber("261125-003")!, receivedAt: received, receivedBy: "chan.mw",
                                 kind: .complaint, nature: .urgent, category: "facilities", stage: .received)
    return (CaseFile(record: record, life: CaseLife(routing: decision, flagged: false)), decision)
}

@Suite struct OnDutyOnceTests {
    @Test(arguments: Language.allCases)
    func theManagerStillOnDutyIsNamedOnce(language: Language) {
        let (file, routing) = urgentCase()
        let text = CaseText(organization: office, language: language)
        let lines = text.detail(file, at: at("2026-11-25T10:30:00+08:00"), next: CaseDesk(organization: office).nextSteps(file),
                                routing: routing).map(\.text)
        let naming = lines.filter { $0.contains("林國峰 lam.kf 9123 4520") }
        #expect(naming.count == 1, "\(lines.joined(separator: "\n"))")
        let suffix = language.pick("（現在仍當值）", "（现在仍当值）", " (on duty now too)")
        #expect(naming.first?.hasSuffix(suffix) == true, "\(naming)")
    }

    @Test func afterTheShiftChangesBothAreNamed() {
        let (file, routing) = urgentCase()
        let lines = CaseText(organization: office, language: .en)
            .detail(file, at: at("2026-11-26T10:00:00+08:00"), next: CaseDesk(organization: office).nextSteps(file), routing: routing)
            .map(\.text)
        #expect(lines.contains("  At receipt  department manager on duty — 林國峰 lam.kf 9123 4520"), "\(lines)")
        #expect(lines.contains("  On duty     department manager on duty — 謝玉潔 tse.yk 9123 4521"), "\(lines)")
    }

    @Test func someoneHoldingTwoOfAStepsRolesIsNamedOnce() {
        // A small office where one person is both front desk and group lead: the follow-up is theirs once.
        let both = StaffMember(id: "chan.both", name: "陳雙職", roles: [.frontDesk, .propertyGroupLead])
        let small = Organization(name: LocalizedText(zhHant: "小管理處", zhHans: "小管理处", en: "Small office"),
                                 calendar: office.calendar, staff: [both])
        var file = urgentCase().0
        file.record.stage = .replied
        let steps = CaseDesk(organization: small).nextSteps(file)
        #expect(steps.map(\.action) == [.followUp, .followUpMissed])
        for step in steps {
            #expect(step.people.map(\.id) == ["chan.both"], "\(step.action)")
        }
    }
}
