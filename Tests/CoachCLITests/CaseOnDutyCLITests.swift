import Foundation
import Testing

/// `coach case N` names who was on duty at receipt (from the routing stored in the transcript)
/// and who is on duty now, through the real binary.
@Suite struct CaseOnDutyCLITests {
    @Test func aCaseReceivedAfterHoursNamesTheSecuritySupervisorThenAndNow() throws {
        let desk = try CaseLifeCLITests.Desk(hours: .afterHours)
        let number = try desk.intake()
        #expect(try desk.handler(number) == "duty_security_supervisor")

        // The routing kept at receipt names the one rostered then, with how to reach them.
        let stored = try desk.value("""
            SELECT json_extract(payload, '$.event.routed._0.onDuty[0].staff.id') FROM transcript JOIN cases ON cases.id = case_id
            WHERE case_number = '\(number)' AND json_extract(payload, '$.event.routed') IS NOT NULL ORDER BY seq DESC LIMIT 1
            """)
        let people = ["yip.mk": "葉文傑 yip.mk 9123 4540", "kwok.ls": "郭麗珊 kwok.ls 9123 4541"]
        let then = try #require(people[stored], "stored on duty: \(stored)")

        let shown = try desk.coach(["case", number])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.components(separatedBy: "\n")
        // The same person still on duty is named once, at receipt; a new one after a change of shift.
        if let now = lines.first(where: { $0.hasPrefix("  On duty     ") }) {
            #expect(lines.contains("  At receipt  security supervisor on duty — \(then)"), "\(shown.stdout)")
            #expect(people.values.contains { now == "  On duty     security supervisor on duty — \($0)" && $0 != then }, "\(now)")
        } else {
            #expect(lines.contains("  At receipt  security supervisor on duty — \(then) (on duty now too)"), "\(shown.stdout)")
        }
        #expect(shown.stdout.components(separatedBy: then).count == 2, "named once:\n\(shown.stdout)")
        // Still as wide as before: the labels fit the column.
        #expect(shown.stdout.contains("Handler     security supervisor on duty"))
    }

    @Test func withoutARotaItSaysNobodyIsRosteredAndNamesTheHolders() throws {
        let desk = try CaseLifeCLITests.Desk(hours: .afterHours)
        let file = desk.guidance.appendingPathComponent("organization.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "duty_rota:"))
        let end = try #require(lines[start...].firstIndex(of: ""))
        lines.removeSubrange(start..<end)
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let number = try desk.intake()

        let english = try desk.coach(["case", number])
        #expect(english.status == 0, "\(english.stderr)")
        let holders = "葉文傑 yip.mk 9123 4540, 郭麗珊 kwok.ls 9123 4541"
        #expect(english.stdout.contains("  At receipt  security supervisor on duty — nobody rostered; holders: \(holders) (nobody rostered now either)"),
                "\(english.stdout)")
        #expect(!english.stdout.contains("On duty  "), "the holders are listed once")

        let chinese = try CoachProcess.run(["case", number, "--guidance", desk.guidance.path, "--db", desk.db, "--lang", "zh-Hant"],
                                           environment: desk.environment)
        #expect(chinese.stdout.contains("收到時當值  當值保安主管 — 沒有人編更當值；可找：葉文傑 yip.mk 9123 4540、郭麗珊 kwok.ls 9123 4541（現在亦沒有人當值）"),
                "\(chinese.stdout)")
    }

    @Test func aCaseInOfficeHoursNamesNobodyOnDuty() throws {
        let desk = try CaseLifeCLITests.Desk(hours: .inHours)
        let number = try desk.intake()
        guard try desk.handler(number) == "property_group_lead" else { return }  // 23:59, when that calendar is closed
        let shown = try desk.coach(["case", number])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(!shown.stdout.contains("At receipt") && !shown.stdout.contains("On duty  "), "an ordinary case in hours has no duty role")
    }
}
