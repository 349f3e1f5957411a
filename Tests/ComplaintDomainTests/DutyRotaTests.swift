import CivilTime
import Foundation
import Testing
@testable import ComplaintDomain

/// A small office with a rota that leaves gaps on purpose, on the Christmas calendar (Friday
/// 2026-12-25 and Saturday 2026-12-26 are holidays; Monday 2026-11-30 is a plain weekday):
/// security a by day and b by night on weekdays, b all day on holidays, a on Christmas Eve night
/// by override; department manager m Monday–Wednesday office hours; duty manager d Saturdays
/// for 24 hours. Nobody is rostered at weekends outside those.
enum DutyOffice {
    static let a = StaffMember(id: "a", name: "甲", roles: [.dutySecuritySupervisor], contact: "9000 0001")
    static let b = StaffMember(id: "b", name: "乙", roles: [.dutySecuritySupervisor], contact: "9000 0002")
    static let m = StaffMember(id: "m", name: "丙", roles: [.dutyDepartmentManager, .departmentManager])
    static let n = StaffMember(id: "n", name: "丁", roles: [.dutyDepartmentManager])
    static let d = StaffMember(id: "d", name: "戊", roles: [.dutyManager], contact: "9000 0005")

    static func time(_ text: String) -> ClockTime {
        let parts = text.split(separator: ":").map { Int($0)! }
        return ClockTime(hour: parts[0], minute: parts[1])
    }

    static func shift(_ role: Role, _ days: [Weekday], holidays: Bool = false, _ from: String, _ to: String, _ staff: StaffMember) -> DutyShift {
        DutyShift(role: role, days: .weekly(Set(days), holidays: holidays), from: time(from), to: time(to), staffID: staff.id)
    }

    static let weekdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri]

    static let rota = DutyRota([
        shift(.dutySecuritySupervisor, weekdays, "08:00", "20:00", a),
        shift(.dutySecuritySupervisor, weekdays, holidays: true, "20:00", "08:00", b),
        shift(.dutySecuritySupervisor, [], holidays: true, "08:00", "20:00", b),
        DutyShift(role: .dutySecuritySupervisor, days: .date(day("2026-12-24")), from: time("20:00"), to: time("08:00"), staffID: a.id),
        shift(.dutyDepartmentManager, [.mon, .tue, .wed], "09:00", "18:00", m),
        shift(.dutyManager, [.sat], "09:00", "09:00", d),
    ])

    static let organization = Organization(name: LocalizedText(zhHant: "甲", zhHans: "甲", en: "A"), calendar: christmasCalendar,
                                           staff: [a, b, m, n, d], rota: rota)
}

@Suite("Duty rota: who is on duty when")
struct DutyRotaTests {
    @Test("start inclusive, end exclusive, across midnight, holidays, overrides", arguments: [
        // Monday's day shift starts at 08:00:00 and ends before 20:00:00, when the night begins.
        ("2026-11-30T08:00:00+08:00", Role.dutySecuritySupervisor, "a"),
        ("2026-11-30T19:59:59+08:00", .dutySecuritySupervisor, "a"),
        ("2026-11-30T20:00:00+08:00", .dutySecuritySupervisor, "b"),
        // Monday's night shift runs into Tuesday and is Monday's.
        ("2026-12-01T07:59:59+08:00", .dutySecuritySupervisor, "b"),
        ("2026-12-01T08:00:00+08:00", .dutySecuritySupervisor, "a"),
        // Friday night's shift runs into Saturday; then nobody until Monday.
        ("2026-11-28T07:59:59+08:00", .dutySecuritySupervisor, "b"),
        ("2026-11-28T08:00:00+08:00", .dutySecuritySupervisor, nil),
        ("2026-11-29T23:00:00+08:00", .dutySecuritySupervisor, nil),
        // Christmas Eve (Thursday): a by day as every weekday, and by night through the override.
        ("2026-12-24T19:00:00+08:00", .dutySecuritySupervisor, "a"),
        ("2026-12-24T20:00:00+08:00", .dutySecuritySupervisor, "a"),
        ("2026-12-25T07:59:59+08:00", .dutySecuritySupervisor, "a"),
        // Christmas Day, a Friday holiday: the holiday shifts, not Friday's.
        ("2026-12-25T08:00:00+08:00", .dutySecuritySupervisor, "b"),
        ("2026-12-25T12:00:00+08:00", .dutySecuritySupervisor, "b"),
        // Boxing Day, a Saturday holiday: holiday shifts whatever the weekday, its night into Sunday.
        ("2026-12-26T12:00:00+08:00", .dutySecuritySupervisor, "b"),
        ("2026-12-27T07:59:59+08:00", .dutySecuritySupervisor, "b"),
        ("2026-12-27T08:00:00+08:00", .dutySecuritySupervisor, nil),
        // Office hours only, Monday to Wednesday.
        ("2026-11-30T09:00:00+08:00", .dutyDepartmentManager, "m"),
        ("2026-11-30T17:59:59+08:00", .dutyDepartmentManager, "m"),
        ("2026-11-30T18:00:00+08:00", .dutyDepartmentManager, nil),
        ("2026-12-03T10:00:00+08:00", .dutyDepartmentManager, nil),
        // Equal start and end: Saturday 09:00 to Sunday 09:00.
        ("2026-11-28T09:00:00+08:00", .dutyManager, "d"),
        ("2026-11-29T08:59:59+08:00", .dutyManager, "d"),
        ("2026-11-29T09:00:00+08:00", .dutyManager, nil),
        // The same instant written in UTC.
        ("2026-11-30T12:00:00Z", .dutySecuritySupervisor, "b"),
    ] as [(String, Role, String?)])
    func onDutyAt(moment: String, role: Role, staff: String?) {
        let onDuty = DutyOffice.organization.onDuty(role, at: iso(moment))
        #expect(onDuty.role == role)
        #expect(onDuty.staff?.id == staff, "\(role.rawValue) at \(moment)")
        #expect(onDuty.holders == DutyOffice.organization.staff(holding: role))
    }

    @Test("nobody rostered still lists the holders; no rota at all is nobody rostered")
    func nobodyRostered() {
        let sunday = iso("2026-11-29T12:00:00+08:00")
        let security = DutyOffice.organization.onDuty(.dutySecuritySupervisor, at: sunday)
        #expect(security.staff == nil)
        #expect(security.holders.map(\.id) == ["a", "b"])
        var bare = DutyOffice.organization
        bare.rota = DutyRota()
        #expect(bare.onDuty(.dutyManager, at: sunday) == OnDuty(role: .dutyManager, staff: nil, holders: [DutyOffice.d]))
        #expect(bare.onDuty(.frontDesk, at: sunday) == OnDuty(role: .frontDesk, staff: nil, holders: []))
    }

    @Test("a shift covers its day's span: end on the next day when it is not after the start")
    func spans() {
        let night = DutyOffice.shift(.dutySecuritySupervisor, [.mon], "20:00", "08:00", DutyOffice.b)
        #expect(night.minutes == 12 * 60)
        #expect(night.span(startingOn: day("2026-11-30"), calendar: christmasCalendar)
                == iso("2026-11-30T20:00:00+08:00")..<iso("2026-12-01T08:00:00+08:00"))
        let whole = DutyOffice.shift(.dutyManager, [.mon], "00:00", "24:00", DutyOffice.d)
        #expect(whole.minutes == 24 * 60)
        #expect(whole.span(startingOn: day("2026-11-30"), calendar: christmasCalendar)
                == iso("2026-11-30T00:00:00+08:00")..<iso("2026-12-01T00:00:00+08:00"))
    }
}

@Suite("Duty rota: clashes")
struct DutyClashTests {
    typealias O = DutyOffice

    @Test("two people on duty at once is found, with the day and time it starts", arguments: [
        (O.shift(.dutySecuritySupervisor, [.mon], "08:00", "20:00", O.a), O.shift(.dutySecuritySupervisor, [.mon], "19:00", "21:00", O.b), "mon", "19:00"),
        (O.shift(.dutySecuritySupervisor, [.mon], "20:00", "08:00", O.a), O.shift(.dutySecuritySupervisor, [.tue], "07:00", "09:00", O.b), "tue", "07:00"),
        (O.shift(.dutySecuritySupervisor, [.sun], "20:00", "08:00", O.a), O.shift(.dutySecuritySupervisor, [.mon], "06:00", "10:00", O.b), "mon", "06:00"),
        (O.shift(.dutySecuritySupervisor, [.fri], "20:00", "08:00", O.a), O.shift(.dutySecuritySupervisor, [], holidays: true, "06:00", "10:00", O.b), "holiday", "06:00"),
        (O.shift(.dutySecuritySupervisor, [], holidays: true, "20:00", "08:00", O.a), O.shift(.dutySecuritySupervisor, [.wed], "07:00", "09:00", O.b), "wed", "07:00"),
        (O.shift(.dutyManager, [.mon], "09:00", "09:00", O.d), O.shift(.dutyManager, [.tue], "08:00", "10:00", O.d), "tue", "08:00"),
    ] as [(DutyShift, DutyShift, String, String)])
    func clash(first: DutyShift, second: DutyShift, day: String, time: String) {
        let clash = DutyClash.between(first, second, calendar: christmasCalendar)
        #expect(clash == DutyClash(day: day, time: O.time(time)))
        #expect(DutyClash.between(second, first, calendar: christmasCalendar) == clash, "either order")
    }

    @Test("touching shifts, other roles, and an override over a weekly shift do not clash", arguments: [
        (O.shift(.dutySecuritySupervisor, O.weekdays, holidays: true, "08:00", "20:00", O.a),
         O.shift(.dutySecuritySupervisor, O.weekdays, holidays: true, "20:00", "08:00", O.b)),
        (O.shift(.dutyManager, [.mon, .tue, .wed], "09:00", "09:00", O.d), O.shift(.dutyManager, [.thu], "09:00", "09:00", O.d)),
        (O.shift(.dutySecuritySupervisor, [.mon], "08:00", "20:00", O.a), O.shift(.dutyManager, [.mon], "08:00", "20:00", O.d)),
        (O.shift(.dutySecuritySupervisor, [.thu], "20:00", "08:00", O.b),
         DutyShift(role: .dutySecuritySupervisor, days: .date(day("2026-12-24")), from: O.time("20:00"), to: O.time("08:00"), staffID: "a")),
    ] as [(DutyShift, DutyShift)])
    func noClash(first: DutyShift, second: DutyShift) {
        #expect(DutyClash.between(first, second, calendar: christmasCalendar) == nil)
    }

    @Test("overrides clash with each other across midnight")
    func overrides() {
        let eve = DutyShift(role: .dutySecuritySupervisor, days: .date(day("2026-12-24")), from: O.time("20:00"), to: O.time("08:00"), staffID: "a")
        let day25 = DutyShift(role: .dutySecuritySupervisor, days: .date(day("2026-12-25")), from: O.time("07:00"), to: O.time("09:00"), staffID: "b")
        let later = DutyShift(role: .dutySecuritySupervisor, days: .date(day("2026-12-25")), from: O.time("08:00"), to: O.time("09:00"), staffID: "b")
        #expect(DutyClash.between(eve, day25, calendar: christmasCalendar) == DutyClash(day: "2026-12-25", time: O.time("07:00")))
        #expect(DutyClash.between(eve, later, calendar: christmasCalendar) == nil)
    }
}

@Suite("Routing names who is on duty at receipt")
struct OnDutyRoutingTests {
    let router = DutyOffice.organization.router

    func route(_ at: String, _ nature: Nature) -> RoutingDecision {
        router.route(RoutingInput(channel: .phone, nature: nature, receivedAt: iso(at)))
    }

    @Test("after hours: the security supervisor rostered, and a duty manager nobody is rostered as")
    func afterHours() {
        let decision = route("2026-11-30T21:00:00+08:00", .urgent)
        #expect(decision.onDuty == [
            OnDuty(role: .dutySecuritySupervisor, staff: DutyOffice.b, holders: [DutyOffice.a, DutyOffice.b]),
            OnDuty(role: .dutyManager, staff: nil, holders: [DutyOffice.d]),
        ])
    }

    @Test("urgent in office hours: the department manager rostered; the group lead is no duty role")
    func urgentInHours() {
        let decision = route("2026-11-30T10:00:00+08:00", .urgent)
        #expect(decision.notify == [.dutyDepartmentManager, .propertyGroupLead])
        #expect(decision.onDuty.map(\.role) == [.dutyDepartmentManager])
        #expect(decision.onDuty.first?.staff == DutyOffice.m)
    }

    @Test("ordinary in office hours, a suggestion: no duty role, nobody named")
    func noDutyRole() {
        #expect(route("2026-11-30T10:00:00+08:00", .ordinary).onDuty.isEmpty)
        let suggestion = router.route(RoutingInput(channel: .letter, kind: .suggestion, nature: .ordinary, receivedAt: iso("2026-11-30T21:00:00+08:00")))
        #expect(suggestion.onDuty.isEmpty)
    }

    @Test("each duty role once, handler first, the escalation last")
    func dutyRoles() {
        let decision = router.route(RoutingInput(channel: .phone, nature: .urgent, receivedAt: iso("2026-11-30T10:00:00+08:00"),
                                                 beyondManagerAuthority: true))
        #expect(decision.escalateTo == .generalManager)
        #expect(decision.dutyRoles == [.dutyDepartmentManager])
    }

    @Test("a decision stored before the rota reads with nobody named; a new one round-trips")
    func storedDecisions() throws {
        let decision = route("2026-11-30T21:00:00+08:00", .urgent)
        let data = try JSONEncoder().encode(decision)
        #expect(try JSONDecoder().decode(RoutingDecision.self, from: data) == decision)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["onDuty"] != nil)
        object["onDuty"] = nil
        let old = try JSONDecoder().decode(RoutingDecision.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.onDuty.isEmpty)
        #expect(old.handler == decision.handler && old.reasons == decision.reasons && old.deadline == decision.deadline)
        #expect(old.dutyRoles == [.dutySecuritySupervisor, .dutyManager])
    }
}

@Suite("Role titles")
struct RoleTitleTests {
    @Test("Hong Kong defaults: the desk's words, not the regulation's")
    func hongKongDefaults() {
        let titles = RoleTitles.hongKong
        #expect(titles.title(of: .dutySecuritySupervisor, in: .zhHant) == "當值保安主管")
        #expect(titles.title(of: .dutySecuritySupervisor, in: .zhHans) == "当值保安主管")
        #expect(titles.title(of: .frontDesk, in: .zhHant) == "接待處")
        #expect(titles.title(of: .propertyGroupLead, in: .zhHant) == "物業主任")
        #expect(titles.title(of: .dutyManager, in: .zhHant) == "值班經理")
        for role in Role.allCases {
            for language in Language.allCases {
                #expect(!titles.title(of: role, in: language).isEmpty)
                #expect(role.name(in: language) == titles.title(of: role, in: language), "Role.name is the default")
            }
        }
    }

    @Test("an office's title replaces the default wherever routing reasons name the role")
    func officeTitles() {
        let custom = LocalizedText(zhHant: "夜更保安主任", zhHans: "夜班保安主任", en: "night security officer")
        let titles = RoleTitles(overriding: [.dutySecuritySupervisor: custom])
        #expect(titles[.dutySecuritySupervisor] == custom)
        #expect(titles[.dutyManager] == RoleTitles.hongKong[.dutyManager])
        var organization = DutyOffice.organization
        organization.titles = titles
        #expect(organization.title(of: .dutySecuritySupervisor, in: .en) == "night security officer")
        for reason in [RoutingReason.securitySupervisorAfterHours, .dutyManagerAtSupervisorsChoice] {
            #expect(reason.text(in: .zhHant, calendar: .standard, titles: titles).contains("夜更保安主任"))
            #expect(reason.text(in: .zhHans, calendar: .standard, titles: titles).contains("夜班保安主任"))
            #expect(reason.text(in: .en, calendar: .standard, titles: titles).contains("night security officer"))
        }
    }

    @Test("reasons use the titles, never the regulation's 總台 or 當值安全主管", arguments: everyReason.indices)
    func reasonsInHongKongWords(index: Int) {
        let text = everyReason[index].0.text(in: .zhHant, calendar: christmasCalendar)
        for word in ["總台", "當值安全主管", "上司", "相應部門"] {
            #expect(!text.contains(word), "\(text)")
        }
    }
}
