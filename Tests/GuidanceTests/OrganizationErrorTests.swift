import Foundation
import Testing
@testable import Guidance

/// Mistakes in organization.yaml: calendar, rules and roster, each reported at its value.
@Suite("Organisation errors")
struct OrganizationErrorTests {
    @Test func unknownTimeZone() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 11, "Asia/Hong_Kong", with: "Mars/Olympus_Mons")
        expectError(copy.loadError(), file: "organization.yaml", line: 11, column: 12,
                    mentions: ["unknown time zone", "Mars/Olympus_Mons", "Asia/Hong_Kong"])
    }

    @Test func workingHoursEndingBeforeTheyStart() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 15, "\"18:00\"", with: "\"08:00\"")
        expectError(copy.loadError(), file: "organization.yaml", line: 15, column: 8,
                    mentions: ["close after it opens", "09:00"])
    }

    @Test func workingHoursEndingWhenTheyStart() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 15, "\"18:00\"", with: "\"09:00\"")
        expectError(copy.loadError(), file: "organization.yaml", line: 15, column: 8, mentions: ["close after it opens"])
    }

    @Test func badTime() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 14, "\"09:00\"", with: "9am")
        expectError(copy.loadError(), file: "organization.yaml", line: 14, column: 10,
                    mentions: ["expected a time", "9am", "working_hours.start"])
    }

    @Test func impossibleHolidayDate() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 19, "2026-12-25", with: "2026-02-30")
        expectError(copy.loadError(), file: "organization.yaml", line: 19, column: 13,
                    mentions: ["expected a date", "2026-02-30", "holidays[0].date"])
    }

    @Test func holidayListedTwice() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 20, "2026-12-26", with: "2026-12-25")
        expectError(copy.loadError(), file: "organization.yaml", line: 20, column: 13, mentions: ["2026-12-25", "twice"])
    }

    @Test func duplicateStaffID() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 54, "id: wong.ky", with: "id: chan.mw")
        expectError(copy.loadError(), file: "organization.yaml", line: 54, column: 11,
                    mentions: ["chan.mw", "used twice"])
    }

    @Test func staffIDWithASpace() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 54, "id: wong.ky", with: "id: \"wong ky\"")
        expectError(copy.loadError(), file: "organization.yaml", line: 54, column: 11, mentions: ["no spaces"])
    }

    @Test func unknownRole() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // `  - { id: cheung.wl, name: 張偉倫, roles: [supervisor], …`: the role is at character 41.
        try copy.replace(in: "organization.yaml", line: 57, "roles: [supervisor]", with: "roles: [boss]")
        expectError(copy.loadError(), file: "organization.yaml", line: 57, column: 41,
                    mentions: ["unknown value", "boss", "front_desk", "duty_manager"])
    }

    @Test func unknownDutyManagerReport() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 49, "duty_manager_report: urgent", with: "duty_manager_report: sometimes")
        expectError(copy.loadError(), file: "organization.yaml", line: 49, column: 24,
                    mentions: ["unknown value", "sometimes", "urgent", "always"])
    }

    @Test func urgentHoursZero() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 45, "urgent_hours: 72", with: "urgent_hours: 0")
        expectError(copy.loadError(), file: "organization.yaml", line: 45, column: 17,
                    mentions: ["1 to 720", "found 0", "rules.urgent_hours"])
    }

    @Test func emptyWorkingDays() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 12, "[mon, tue, wed, thu, fri]", with: "[]")
        expectError(copy.loadError(), file: "organization.yaml", line: 12, column: 15,
                    mentions: ["at least one working day"])
    }

    @Test func workingDayListedTwice() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 12, "[mon, tue, wed, thu, fri]", with: "[mon, tue, mon]")
        expectError(copy.loadError(), file: "organization.yaml", line: 12, column: 26, mentions: ["mon", "twice"])
    }

    @Test func unknownWorkingDay() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 12, "[mon, tue, wed, thu, fri]", with: "[mon, tue, wed, thu, friday]")
        expectError(copy.loadError(), file: "organization.yaml", line: 12, column: 36,
                    mentions: ["unknown value", "friday", "fri"])
    }

    @Test func misspeltTopLevelKey() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 11, "time_zone:", with: "timezone:")
        expectError(copy.loadError(), file: "organization.yaml", line: 11, column: 1, mentions: ["unknown key", "timezone"])
    }
}
