import CoachEngine
import ComplaintDomain
import Foundation
import Testing

// What Tab offers at the desk once a case or an action is typed: only what applies where each
// case stands (shipped roster and departments).

private let office = IntakeDriver.catalogue.organization

private func file(_ number: String, stage: Stage, needsApproval: Bool = false, unreachable: Bool = false, training: Bool = false) -> CaseFile {
    let record = ComplaintRecord(caseNumber: CaseNumber(number)!, receivedAt: Date(timeIntervalSince1970: 1_795_000_000),
                                 receivedBy: "chan.mw", kind: .complaint, nature: .ordinary, stage: stage, isTraining: training)
    var life = CaseLife(handler: needsApproval ? .propertyGroupLead : .dutySecuritySupervisor, needsApproval: needsApproval)
    if unreachable {
        life.followUpAttempts = [1, 2].map { day in
            FollowUpAttempt(at: Date(timeIntervalSince1970: 1_795_000_000 + Double(day) * 86_400), by: "chan.mw", reached: false,
                            day: .init(year: 2026, month: 11, day: day))
        }
    }
    return CaseFile(record: record, life: life)
}

@Suite struct DeskCompletionTests {
    let table = DeskCompletion.following([
        file("261125-001", stage: .received, needsApproval: true),
        file("261125-002", stage: .awaitingApproval, needsApproval: true),
        file("261125-003", stage: .inHandling),
        file("261125-004", stage: .replied),
        file("261125-005", stage: .replied, unreachable: true),
        file("261125-006", stage: .received, training: true),
    ], organization: office)

    @Test func afterACaseOnlyTheActionsItsStageAllows() {
        #expect(table[["261125-001"]] == ["propose"])
        #expect(table[["261125-002"]] == ["approve"])
        #expect(table[["261125-003"]] == ["assign", "feedback"])
        #expect(table[["261125-004"]] == ["follow-up"])
        #expect(table[["261125-005"]] == ["follow-up", "file"])
        #expect(table[["261125-006"]] == nil, "a training call has no life to act on")
    }

    @Test func afterAnActionOnlyTheCasesItAppliesTo() {
        #expect(table[["approve"]] == ["261125-002"])
        #expect(table[["批准"]] == ["261125-002"])
        #expect(table[["follow-up"]] == ["261125-004", "261125-005"])
        #expect(table[["file"]] == ["261125-005"])
        #expect(table[["escalate"]] == [], "no urgent case in handling")
    }

    @Test func afterBothWhatTheActionTakes() {
        let departments = office.departments.map(\.id)
        #expect(table[["261125-003", "assign"]] == departments)
        #expect(table[["assign", "261125-003"]] == departments)
        #expect(table[["261125-004", "follow-up"]] == ["--not-reached", "1", "2", "3", "4", "5"])
        #expect(table[["file", "261125-005"]] == ["--integrity"])
        // An action the case's stage does not allow takes nothing.
        #expect(table[["261125-004", "file"]] == [])
        #expect(table[["261125-001", "approve"]] == [])
        #expect(table[["--via"]] == ["visit", "letter", "phone", "other"])
    }
}
