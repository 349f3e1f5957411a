import Foundation
import Testing
@testable import Guidance

/// Mistakes in organization.yaml: calendar, rules and roster, each reported at its value.
@Suite("Organisation errors")
struct OrganizationErrorTests {
    static let org = "organization.yaml"

    static let replacements: [ErrorCase<Replacement>] = [
        ErrorCase("an unknown time zone",
                  Replacement(org, line: 11, "Asia/Hong_Kong", with: "Mars/Olympus_Mons"),
                  file: org, line: 11, column: 12, mentions: ["unknown time zone", "Mars/Olympus_Mons", "Asia/Hong_Kong"]),
        ErrorCase("working hours ending before they start",
                  Replacement(org, line: 15, "\"18:00\"", with: "\"08:00\""),
                  file: org, line: 15, column: 8, mentions: ["close after it opens", "09:00"]),
        ErrorCase("working hours ending when they start",
                  Replacement(org, line: 15, "\"18:00\"", with: "\"09:00\""),
                  file: org, line: 15, column: 8, mentions: ["close after it opens"]),
        ErrorCase("a bad time",
                  Replacement(org, line: 14, "\"09:00\"", with: "9am"),
                  file: org, line: 14, column: 10, mentions: ["expected a time", "9am", "working_hours.start"]),
        ErrorCase("an impossible holiday date",
                  Replacement(org, line: 19, "2026-12-25", with: "2026-02-30"),
                  file: org, line: 19, column: 13, mentions: ["expected a date", "2026-02-30", "holidays[0].date"]),
        ErrorCase("a holiday listed twice",
                  Replacement(org, line: 20, "2026-12-26", with: "2026-12-25"),
                  file: org, line: 20, column: 13, mentions: ["2026-12-25", "twice"]),
        ErrorCase("a duplicate staff id",
                  Replacement(org, line: 54, "id: wong.ky", with: "id: chan.mw"),
                  file: org, line: 54, column: 11, mentions: ["chan.mw", "used twice"]),
        ErrorCase("a staff id with a space",
                  Replacement(org, line: 54, "id: wong.ky", with: "id: \"wong ky\""),
                  file: org, line: 54, column: 11, mentions: ["no spaces"]),
        // `  - { id: cheung.wl, name: 張偉倫, roles: [supervisor], …`: the role is at character 41.
        ErrorCase("an unknown role",
                  Replacement(org, line: 57, "roles: [supervisor]", with: "roles: [boss]"),
                  file: org, line: 57, column: 41, mentions: ["unknown value", "boss", "front_desk", "duty_manager"]),
        ErrorCase("an unknown duty manager report",
                  Replacement(org, line: 48, "duty_manager_report: urgent", with: "duty_manager_report: sometimes"),
                  file: org, line: 48, column: 24, mentions: ["unknown value", "sometimes", "urgent", "always"]),
        ErrorCase("urgent hours of zero",
                  Replacement(org, line: 45, "urgent_hours: 72", with: "urgent_hours: 0"),
                  file: org, line: 45, column: 17, mentions: ["1 to 720", "found 0", "rules.urgent_hours"]),
        ErrorCase("an urgent call back of zero minutes",
                  Replacement(org, line: 49, "urgent_call_back_minutes: 15", with: "urgent_call_back_minutes: 0"),
                  file: org, line: 49, column: 29, mentions: ["1 to 240", "found 0", "rules.urgent_call_back_minutes"]),
        ErrorCase("no working days",
                  Replacement(org, line: 12, "[mon, tue, wed, thu, fri]", with: "[]"),
                  file: org, line: 12, column: 15, mentions: ["at least one working day"]),
        ErrorCase("a working day listed twice",
                  Replacement(org, line: 12, "[mon, tue, wed, thu, fri]", with: "[mon, tue, mon]"),
                  file: org, line: 12, column: 26, mentions: ["mon", "twice"]),
        ErrorCase("an unknown working day",
                  Replacement(org, line: 12, "[mon, tue, wed, thu, fri]", with: "[mon, tue, wed, thu, friday]"),
                  file: org, line: 12, column: 36, mentions: ["unknown value", "friday", "fri"]),
        ErrorCase("a misspelt top-level key",
                  Replacement(org, line: 11, "time_zone:", with: "timezone:"),
                  file: org, line: 11, column: 1, mentions: ["unknown key", "timezone"]),
    ]

    @Test(arguments: replacements)
    func replacingAValue(_ row: ErrorCase<Replacement>) throws {
        try row.check()
    }
}
