import CivilTime
import ComplaintDomain
import Foundation
import Testing
@testable import Guidance

/// organization.yaml's `duty_rota` and `role_titles`: mistakes reported at their value, and the
/// shipped rota covering every hour of the week, holidays included.
@Suite("Duty rota and role titles in organization.yaml")
struct DutyRotaFileTests {
    static let org = "organization.yaml"

    static let replacements: [ErrorCase<Replacement>] = [
        ErrorCase("a staff id not on the roster",
                  Replacement(org, line: 90, "staff: lam.kf", with: "staff: lam.kq"),
                  file: org, line: 90, column: 67,
                  mentions: ["duty_rota.duty_department_manager[0].staff", "unknown staff id \"lam.kq\"", "lam.kf, tse.yk"]),
        ErrorCase("someone on the roster without the role",
                  Replacement(org, line: 90, "staff: lam.kf", with: "staff: yip.mk"),
                  file: org, line: 90, column: 67,
                  mentions: ["yip.mk (葉文傑) does not hold duty_department_manager", "held by lam.kf, tse.yk"]),
        ErrorCase("a bad time",
                  Replacement(org, line: 93, "from: \"08:00\"", with: "from: \"8am\""),
                  file: org, line: 93, mentions: ["duty_security_supervisor[0].from", "expected a time", "8am"]),
        ErrorCase("a shift starting at 24:00",
                  Replacement(org, line: 93, "from: \"08:00\"", with: "from: \"24:00\""),
                  file: org, line: 93, mentions: ["starts before 24:00", "00:00"]),
        ErrorCase("a time past 24:00",
                  Replacement(org, line: 94, "to: \"08:00\"", with: "to: \"25:00\""),
                  file: org, line: 94, mentions: ["duty_security_supervisor[1].to", "expected a time", "25:00"]),
        ErrorCase("two shifts on duty at once on the same day",
                  Replacement(org, line: 94, "from: \"20:00\"", with: "from: \"19:00\""),
                  file: org, line: 94, column: 7,
                  mentions: ["duty_security_supervisor[1]", "overlaps the shift at line 93", "yip.mk", "mon 19:00"]),
        ErrorCase("a night shift running into the next day's",
                  Replacement(org, line: 94, "to: \"08:00\"", with: "to: \"09:00\""),
                  file: org, line: 94, mentions: ["overlaps the shift at line 93", "tue 08:00"]),
        // Monday's 24 hours run to Tuesday 09:00, and Tuesday may be a holiday.
        ErrorCase("a holiday shift starting before the day before's ends",
                  Replacement(org, line: 91, "from: \"09:00\", to: \"09:00\"", with: "from: \"08:00\", to: \"08:00\""),
                  file: org, line: 91, mentions: ["overlaps the shift at line 90", "lam.kf", "holiday 08:00"]),
        ErrorCase("an unknown day",
                  Replacement(org, line: 90, "[mon, tue, wed]", with: "[mon, tues, wed]"),
                  file: org, line: 90, column: 21, mentions: ["days[1]", "unknown value \"tues\"", "sun, holiday"]),
        ErrorCase("a day listed twice",
                  Replacement(org, line: 90, "[mon, tue, wed]", with: "[mon, tue, mon]"),
                  file: org, line: 90, column: 26, mentions: ["mon is listed twice"]),
        ErrorCase("no days",
                  Replacement(org, line: 90, "[mon, tue, wed]", with: "[]"),
                  file: org, line: 90, column: 15, mentions: ["at least one day"]),
        ErrorCase("a misspelt key in a shift",
                  Replacement(org, line: 90, "staff: lam.kf", with: "person: lam.kf"),
                  file: org, line: 90, mentions: ["unknown key", "person", "days, from, staff, to"]),
        ErrorCase("a rota for a role nobody is on duty as",
                  Replacement(org, line: 89, "duty_department_manager:", with: "front_desk:"),
                  file: org, line: 89, column: 3, mentions: ["duty_rota.front_desk", "unknown key", "duty_security_supervisor", "overrides"]),
        ErrorCase("an override for a role with no rota",
                  Replacement(org, line: 100, "role: duty_manager", with: "role: front_desk"),
                  file: org, line: 100, mentions: ["overrides[0].role", "front_desk has no duty rota"]),
        ErrorCase("an impossible override date",
                  Replacement(org, line: 100, "2026-12-31", with: "2026-12-32"),
                  file: org, line: 100, column: 15, mentions: ["overrides[0].date", "expected a date", "2026-12-32"]),
        ErrorCase("an override's staff without the role",
                  Replacement(org, line: 100, "staff: mak.sy", with: "staff: lam.kf"),
                  file: org, line: 100, mentions: ["lam.kf (林國峰) does not hold duty_manager", "fung.ph, mak.sy"]),
        ErrorCase("two overrides on duty at once across midnight",
                  Replacement(org, line: 100, "staff: mak.sy }", with: "staff: mak.sy }\n"
                              + "    - { date: \"2027-01-01\", role: duty_manager, from: \"08:00\", to: \"10:00\", staff: fung.ph }"),
                  file: org, line: 101, column: 7, mentions: ["overrides[1]", "overlaps the shift at line 100", "2027-01-01 08:00"]),
        ErrorCase("a role title missing a language",
                  Replacement(org, line: 73, ", en: supervisor", with: ""),
                  file: org, line: 73, mentions: ["role_titles.supervisor", "missing key \"en\""]),
        ErrorCase("a title for an unknown role",
                  Replacement(org, line: 73, "supervisor:", with: "boss:"),
                  file: org, line: 73, column: 3, mentions: ["role_titles.boss", "unknown key", "duty_manager"]),
    ]

    @Test(arguments: replacements)
    func replacingAValue(_ row: ErrorCase<Replacement>) throws {
        try row.check()
    }

    @Test("the shipped rota has someone on duty for every duty role, every half hour, holidays and the override included")
    func shippedRotaCoversTheWeek() throws {
        let organization = try GuidanceLoader.load(from: shippedGuidance).organization
        let calendar = organization.calendar
        // 2026-12-20 (Sunday) to 2027-01-10: Christmas, New Year's Eve's override, New Year's Day.
        let start = calendar.moment(try #require(LocalDate(iso: "2026-12-20")), ClockTime(hour: 0, minute: 0))
        for step in 0..<(21 * 48) {
            let moment = start.addingTimeInterval(Double(step) * 1800)
            for role in Role.onDuty {
                let onDuty = organization.onDuty(role, at: moment)
                #expect(onDuty.staff != nil, "\(role.rawValue) at \(calendar.iso8601(moment))")
                #expect(onDuty.staff.map { onDuty.holders.contains($0) } ?? true)
            }
        }
        let eve = try #require(Timestamp.parse("2026-12-31T20:00:00+08:00"))
        #expect(organization.onDuty(.dutyManager, at: eve).staff?.id == "mak.sy", "the override")
        let thursday = try #require(Timestamp.parse("2026-12-24T20:00:00+08:00"))
        #expect(organization.onDuty(.dutyManager, at: thursday).staff?.id == "fung.ph")
        #expect(organization.onDuty(.dutySecuritySupervisor, at: thursday).staff?.id == "kwok.ls")
    }

    @Test("the shipped titles are the Hong Kong defaults")
    func shippedTitles() throws {
        let organization = try GuidanceLoader.load(from: shippedGuidance).organization
        for role in Role.allCases {
            #expect(organization.titles[role] == RoleTitles.hongKong[role], "\(role.rawValue)")
        }
    }

    @Test("an office's own title is used; a file without role_titles or duty_rota keeps the defaults and rosters nobody")
    func ownTitlesAndNoRota() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: Self.org, line: 77, "zh-Hant: 當值保安主管", with: "zh-Hant: 夜更主管")
        #expect(try GuidanceLoader.load(from: copy.url).organization.title(of: .dutySecuritySupervisor, in: .zhHant) == "夜更主管")

        let lines = try copy.lines(Self.org)
        let first = try #require(lines.firstIndex(of: "role_titles:"))
        let last = try #require(lines.firstIndex { $0.contains("date: \"2026-12-31\"") })
        try copy.removeLines(in: Self.org, (first + 1)...(last + 1), firstContaining: "role_titles:")
        let bare = try GuidanceLoader.load(from: copy.url).organization
        #expect(bare.titles == RoleTitles.hongKong)
        #expect(bare.rota == DutyRota())
        let sunday = try #require(Timestamp.parse("2026-11-29T12:00:00+08:00"))
        #expect(bare.onDuty(.dutySecuritySupervisor, at: sunday).staff == nil)
        #expect(bare.onDuty(.dutySecuritySupervisor, at: sunday).holders.map(\.id) == ["yip.mk", "kwok.ls"])
    }
}
