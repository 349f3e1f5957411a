import CivilTime
@testable import ComplaintDomain
import Foundation
import Testing

/// One moment of receipt and what DOMAIN.md says about it, worked out by hand with a calendar
/// (2026-11-27 is a Friday, 2026-11-30 a Monday, 2026-12-25 a Friday).
struct RoutingMoment: Sendable, CustomTestStringConvertible {
    var label: String
    /// When the complaint came in, in whatever offset the input used.
    var at: String
    /// Use `christmasCalendar` (holidays 2026-12-25 and 2026-12-26) instead of `.standard`.
    var holidays: Bool = false
    /// Nil inside working hours (Mon–Fri 09:00–18:00 Hong Kong); otherwise why not.
    var off: WorkingCalendar.OffHours?
    /// After hours: when the office next opens and the group takes over.
    var takeover: String?
    /// Ordinary deadline: 23:59:59 Hong Kong on the day of the first working moment.
    var ordinaryDue: String

    var testDescription: String { "\(label) [\(at)]" }
    var calendar: WorkingCalendar { holidays ? christmasCalendar : .standard }
    var inHours: Bool { off == nil }
}

let routingMoments: [RoutingMoment] = [
    .init(label: "Monday mid-morning", at: "2026-11-30T10:00:00+08:00",
          ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "Monday midnight", at: "2026-11-30T00:00:00+08:00", off: .beforeOpening,
          takeover: "2026-11-30T09:00:00+08:00", ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "one second before opening", at: "2026-11-30T08:59:59+08:00", off: .beforeOpening,
          takeover: "2026-11-30T09:00:00+08:00", ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "exactly at opening", at: "2026-11-30T09:00:00+08:00",
          ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "one second before closing", at: "2026-11-30T17:59:59+08:00",
          ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "exactly at closing", at: "2026-11-30T18:00:00+08:00", off: .afterClosing,
          takeover: "2026-12-01T09:00:00+08:00", ordinaryDue: "2026-12-01T23:59:59+08:00"),
    .init(label: "Monday evening", at: "2026-11-30T20:00:00+08:00", off: .afterClosing,
          takeover: "2026-12-01T09:00:00+08:00", ordinaryDue: "2026-12-01T23:59:59+08:00"),
    .init(label: "Friday evening", at: "2026-11-27T20:00:00+08:00", off: .afterClosing,
          takeover: "2026-11-30T09:00:00+08:00", ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "Saturday", at: "2026-11-28T11:00:00+08:00", off: .restDay(.sat),
          takeover: "2026-11-30T09:00:00+08:00", ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "Sunday", at: "2026-11-29T11:00:00+08:00", off: .restDay(.sun),
          takeover: "2026-11-30T09:00:00+08:00", ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "last second of Sunday", at: "2026-11-29T23:59:59+08:00", off: .restDay(.sun),
          takeover: "2026-11-30T09:00:00+08:00", ordinaryDue: "2026-11-30T23:59:59+08:00"),
    // Other offsets: the rule is applied in Hong Kong time, whatever offset the input carries.
    .init(label: "UTC Friday morning = HK Friday 19:00", at: "2026-11-27T11:00:00Z", off: .afterClosing,
          takeover: "2026-11-30T09:00:00+08:00", ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "New York Friday 06:30 = HK Friday 19:30", at: "2026-11-27T06:30:00-05:00", off: .afterClosing,
          takeover: "2026-11-30T09:00:00+08:00", ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "UTC Friday 16:30 = HK Saturday 00:30", at: "2026-11-27T16:30:00Z", off: .restDay(.sat),
          takeover: "2026-11-30T09:00:00+08:00", ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "New York Sunday evening = HK Monday 09:00", at: "2026-11-29T20:00:00-05:00",
          ordinaryDue: "2026-11-30T23:59:59+08:00"),
    .init(label: "UTC 09:59:59 = HK 17:59:59 Friday", at: "2026-11-27T09:59:59Z",
          ordinaryDue: "2026-11-27T23:59:59+08:00"),
    .init(label: "UTC Friday 01:00 = HK opening", at: "2026-11-27T01:00:00+00:00",
          ordinaryDue: "2026-11-27T23:59:59+08:00"),
    // Holidays.
    .init(label: "Christmas Eve in hours", at: "2026-12-24T10:00:00+08:00", holidays: true,
          ordinaryDue: "2026-12-24T23:59:59+08:00"),
    .init(label: "Christmas Eve evening", at: "2026-12-24T18:30:00+08:00", holidays: true, off: .afterClosing,
          takeover: "2026-12-28T09:00:00+08:00", ordinaryDue: "2026-12-28T23:59:59+08:00"),
    .init(label: "Christmas Day (a Friday)", at: "2026-12-25T10:00:00+08:00", holidays: true,
          off: .holiday(day("2026-12-25"), "Christmas Day"),
          takeover: "2026-12-28T09:00:00+08:00", ordinaryDue: "2026-12-28T23:59:59+08:00"),
    .init(label: "UTC Thursday 16:00 = HK Christmas midnight", at: "2026-12-24T16:00:00Z", holidays: true,
          off: .holiday(day("2026-12-25"), "Christmas Day"),
          takeover: "2026-12-28T09:00:00+08:00", ordinaryDue: "2026-12-28T23:59:59+08:00"),
    .init(label: "Boxing Day on a Saturday: the holiday is the reason given", at: "2026-12-26T10:00:00+08:00",
          holidays: true, off: .holiday(day("2026-12-26"), "Boxing Day"),
          takeover: "2026-12-28T09:00:00+08:00", ordinaryDue: "2026-12-28T23:59:59+08:00"),
]

/// Regulation 5 as DOMAIN.md and the brief state it, independent of `Router`.
struct ExpectedRoute: Equatable {
    var handler: Role
    var notify: [Role]
    var approvalBy: Role?

    static func of(_ nature: Nature, inHours: Bool, dutyManagerAlways: Bool = false) -> ExpectedRoute {
        switch (nature, inHours) {
        case (.ordinary, true):
            ExpectedRoute(handler: .propertyGroupLead, notify: [.propertyGroupLead], approvalBy: .supervisor)
        case (.urgent, true):
            ExpectedRoute(handler: .dutyDepartmentManager, notify: [.dutyDepartmentManager, .propertyGroupLead], approvalBy: nil)
        case (.urgent, false):
            ExpectedRoute(handler: .dutySecuritySupervisor, notify: [.dutySecuritySupervisor, .dutyManager], approvalBy: nil)
        case (.ordinary, false):
            ExpectedRoute(handler: .dutySecuritySupervisor,
                          notify: dutyManagerAlways ? [.dutySecuritySupervisor, .dutyManager] : [.dutySecuritySupervisor],
                          approvalBy: nil)
        }
    }
}

@Suite("Routing (regulation 5, 6, 8)")
struct RoutingTests {
    func route(_ moment: RoutingMoment, _ nature: Nature, channel: Channel = .phone,
               beyond: Bool = false, rules: HandlingRules = .standard) -> RoutingDecision {
        Router(calendar: moment.calendar, rules: rules).route(
            RoutingInput(channel: channel, nature: nature, receivedAt: iso(moment.at), beyondManagerAuthority: beyond))
    }

    @Test("handler, notify, approval, working hours", arguments: routingMoments, Nature.allCases)
    func whoHandles(moment: RoutingMoment, nature: Nature) {
        let decision = route(moment, nature)
        let expected = ExpectedRoute.of(nature, inHours: moment.inHours)
        #expect(decision.isComplaint)
        #expect(decision.nature == nature)
        #expect(decision.workingHours == moment.inHours)
        #expect(decision.handler == expected.handler)
        #expect(decision.notify == expected.notify)
        #expect(decision.approvalBy == expected.approvalBy)
        #expect(decision.escalateTo == nil)
        #expect(decision.replyVia == .phone)
        #expect(decision.notify.first == decision.handler, "the handler is told first")
    }

    @Test("deadline: ordinary end of working day, urgent +72h", arguments: routingMoments, Nature.allCases)
    func deadline(moment: RoutingMoment, nature: Nature) throws {
        let decision = route(moment, nature)
        let deadline = try #require(decision.deadline)
        switch nature {
        case .ordinary:
            #expect(deadline.due == iso(moment.ordinaryDue))
            #expect(deadline.basis == .endOfWorkingDay(day(String(moment.ordinaryDue.prefix(10)))))
        case .urgent:
            #expect(deadline.due == iso(moment.at).addingTimeInterval(seventyTwoHours))
            #expect(deadline.basis == .hoursAfterReceipt(72))
        }
    }

    @Test("reasons name the branch taken, and only that branch", arguments: routingMoments, Nature.allCases)
    func reasons(moment: RoutingMoment, nature: Nature) throws {
        let decision = route(moment, nature)
        let at = iso(moment.at)
        let deadline = try #require(decision.deadline)
        var expected: [RoutingReason] = [.natureStated(nature), .due(deadline), .replyBySameChannel(.phone)]
        var excluded: [RoutingReason] = [.notAComplaint, .escalateBeyondAuthority, .beyondAuthorityNotForOrdinary]
        if let off = moment.off {
            let takeover = try #require(moment.takeover)
            expected += [.outsideWorkingHours(at, off), .securitySupervisorAfterHours, .groupTakesOverAt(iso(takeover))]
            expected.append(nature == .urgent ? .dutyManagerToldAfterHours(.urgent) : .dutyManagerAtSupervisorsChoice)
            excluded += [.insideWorkingHours(at), .ordinaryToGroup, .urgentToDutyDepartmentManager]
        } else {
            expected += [.insideWorkingHours(at), nature == .ordinary ? .ordinaryToGroup : .urgentToDutyDepartmentManager]
            excluded += [.securitySupervisorAfterHours, .dutyManagerAtSupervisorsChoice,
                         .dutyManagerToldAfterHours(.urgent), .dutyManagerToldAfterHours(.ordinary),
                         nature == .ordinary ? .urgentToDutyDepartmentManager : .ordinaryToGroup]
        }
        #expect(!decision.reasons.isEmpty)
        for reason in expected {
            #expect(decision.reasons.contains(reason), "missing \(reason)")
        }
        for reason in excluded {
            #expect(!decision.reasons.contains(reason), "unexpected \(reason)")
        }
        #expect(decision.reasons.count == expected.count, "reasons: \(decision.reasons)")
    }

    @Test("every reason given reads as text in all three languages", arguments: routingMoments, Nature.allCases)
    func reasonsRender(moment: RoutingMoment, nature: Nature) {
        for beyond in [false, true] {
            let decision = route(moment, nature, beyond: beyond)
            for reason in decision.reasons {
                for language in Language.allCases {
                    let text = reason.text(in: language, calendar: moment.calendar)
                    #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(reason) in \(language)")
                }
                #expect(reason.text(in: .zhHant, calendar: moment.calendar) != reason.text(in: .en, calendar: moment.calendar))
            }
        }
    }

    // MARK: Beyond the duty manager's authority (5b)

    @Test("urgent beyond authority escalates to the general manager, in hours or not",
          arguments: ["2026-11-30T10:00:00+08:00", "2026-11-30T20:00:00+08:00", "2026-11-28T11:00:00+08:00"])
    func urgentBeyondAuthority(at: String) {
        let moment = RoutingMoment(label: "", at: at, ordinaryDue: "")
        let decision = route(moment, .urgent, beyond: true)
        #expect(decision.escalateTo == .generalManager)
        #expect(decision.reasons.contains(.escalateBeyondAuthority))
        #expect(!decision.reasons.contains(.beyondAuthorityNotForOrdinary))
        #expect(!decision.notify.isEmpty)
    }

    @Test("ordinary beyond authority does not escalate; it says why",
          arguments: ["2026-11-30T10:00:00+08:00", "2026-11-30T20:00:00+08:00"])
    func ordinaryBeyondAuthority(at: String) {
        let moment = RoutingMoment(label: "", at: at, ordinaryDue: "")
        let decision = route(moment, .ordinary, beyond: true)
        #expect(decision.escalateTo == nil)
        #expect(decision.reasons.contains(.beyondAuthorityNotForOrdinary))
        #expect(!decision.reasons.contains(.escalateBeyondAuthority))
        #expect(!decision.notify.contains(.generalManager))
    }

    @Test("beyond authority changes nothing else about an urgent in-hours route")
    func beyondAuthorityOnlyAddsEscalation() {
        let moment = routingMoments[0]
        let plain = route(moment, .urgent)
        let beyond = route(moment, .urgent, beyond: true)
        #expect(plain.handler == beyond.handler)
        #expect(plain.notify == beyond.notify)
        #expect(plain.deadline == beyond.deadline)
        #expect(plain.escalateTo == nil)
        #expect(beyond.escalateTo == .generalManager)
    }

    // MARK: Suggestions (regulation 1)

    @Test("a suggestion is not a complaint: no deadline, no approval, no escalation",
          arguments: routingMoments, Nature.allCases)
    func suggestion(moment: RoutingMoment, nature: Nature) {
        let decision = Router(calendar: moment.calendar).route(
            RoutingInput(channel: .letter, kind: .suggestion, nature: nature, receivedAt: iso(moment.at),
                         beyondManagerAuthority: true))
        #expect(!decision.isComplaint)
        #expect(decision.deadline == nil)
        #expect(decision.approvalBy == nil)
        #expect(decision.escalateTo == nil)
        #expect(!decision.notify.contains(.dutyManager))
        #expect(!decision.notify.contains(.dutyDepartmentManager))
        #expect(decision.replyVia == .letter)
        #expect(decision.workingHours == moment.inHours)
        #expect(decision.reasons.contains(.notAComplaint))
        #expect(decision.reasons.contains(.replyBySameChannel(.letter)))
        #expect(!decision.reasons.contains { if case .due = $0 { true } else { false } })
        #expect(!decision.reasons.contains(.escalateBeyondAuthority))
        for reason in decision.reasons {
            for language in Language.allCases {
                #expect(!reason.text(in: language, calendar: moment.calendar).isEmpty)
            }
        }
    }

    // MARK: Reply by the same channel (regulation 8)

    @Test("the reply goes back the way the complaint came", arguments: [
        (Channel.inPerson, ReplyChannel.visit),
        (Channel.letter, ReplyChannel.letter),
        (Channel.phone, ReplyChannel.phone),
        (Channel.other, ReplyChannel.other),
    ])
    func replyChannel(channel: Channel, reply: ReplyChannel) {
        #expect(channel.replyChannel == reply)
        for kind in ComplaintKind.allCases {
            for moment in [routingMoments[0], routingMoments[7]] {
                let decision = Router(calendar: .standard).route(
                    RoutingInput(channel: channel, kind: kind, nature: .ordinary, receivedAt: iso(moment.at)))
                #expect(decision.replyVia == reply)
                #expect(decision.reasons.contains(.replyBySameChannel(channel)))
            }
        }
    }

    @Test("channel and reply raw values are the glossary identifiers")
    func channelIdentifiers() {
        #expect(Channel.allCases.map(\.rawValue) == ["in_person", "letter", "phone", "other"])
        #expect(ReplyChannel.allCases.map(\.rawValue) == ["visit", "letter", "phone", "other"])
    }

    // MARK: Duty manager report setting (5c, decided)

    @Test("dutyManagerReport .always tells the duty manager of an after-hours ordinary complaint",
          arguments: routingMoments.filter { !$0.inHours })
    func dutyManagerAlways(moment: RoutingMoment) {
        let rules = HandlingRules(dutyManagerReport: .always)
        let decision = route(moment, .ordinary, rules: rules)
        #expect(decision.handler == .dutySecuritySupervisor)
        #expect(decision.notify == [.dutySecuritySupervisor, .dutyManager])
        #expect(decision.approvalBy == nil)
        #expect(decision.reasons.contains(.dutyManagerToldAfterHours(.ordinary)))
        #expect(!decision.reasons.contains(.dutyManagerAtSupervisorsChoice))

        let urgent = route(moment, .urgent, rules: rules)
        #expect(urgent.notify == [.dutySecuritySupervisor, .dutyManager])
        #expect(urgent.reasons.contains(.dutyManagerToldAfterHours(.urgent)))
    }

    @Test("dutyManagerReport .always changes nothing inside working hours",
          arguments: routingMoments.filter(\.inHours), Nature.allCases)
    func dutyManagerAlwaysInHours(moment: RoutingMoment, nature: Nature) {
        let decision = route(moment, nature, rules: HandlingRules(dutyManagerReport: .always))
        let expected = ExpectedRoute.of(nature, inHours: true)
        #expect(decision.handler == expected.handler)
        #expect(decision.notify == expected.notify)
        #expect(decision.approvalBy == expected.approvalBy)
        #expect(!decision.notify.contains(.dutyManager))
    }

    @Test("the default rules leave the duty manager to the supervisor's choice for ordinary complaints")
    func defaultRules() {
        #expect(HandlingRules.standard.dutyManagerReport == .urgentOnly)
        #expect(HandlingRules.standard.urgentHours == 72)
        #expect(HandlingRules.standard.ordinaryExtraWorkingDays == 0)
        #expect(HandlingRules.DutyManagerReport.urgentOnly.rawValue == "urgent")
    }

    // MARK: Nature basis

    @Test("a suggested nature is reported as suggested, with the matched term")
    func suggestedNature() {
        let match = UrgencySuggestion.Match(hintKey: "fire", label: LocalizedText(zhHant: "火警", zhHans: "火警", en: "fire"), term: "fire")
        let suggestion = UrgencySuggestion(matches: [match])
        let decision = Router(calendar: .standard).route(
            RoutingInput(channel: .phone, nature: .urgent, natureBasis: .suggested(suggestion),
                         receivedAt: iso("2026-11-30T10:00:00+08:00")))
        #expect(decision.reasons.contains(.natureSuggested(suggestion)))
        #expect(!decision.reasons.contains(.natureStated(.urgent)))
        let english = RoutingReason.natureSuggested(suggestion).text(in: .en, calendar: .standard)
        #expect(english.contains("\"fire\""))
    }

    @Test("Organization.router uses the organisation's calendar and rules")
    func organizationRouter() {
        let org = Organization(name: LocalizedText(zhHant: "甲", zhHans: "甲", en: "A"), calendar: christmasCalendar,
                               rules: HandlingRules(dutyManagerReport: .always))
        let decision = org.router.route(RoutingInput(channel: .phone, nature: .ordinary,
                                                     receivedAt: iso("2026-12-25T10:00:00+08:00")))
        #expect(!decision.workingHours)
        #expect(decision.notify == [.dutySecuritySupervisor, .dutyManager])
    }
}
