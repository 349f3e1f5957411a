import Foundation
import Testing
@testable import ComplaintDomain

/// Every `RoutingReason` case, built by hand, with the article DOMAIN.md's regulation assigns it.
let everyReason: [(RoutingReason, String)] = {
    let fridayEvening = iso("2026-11-27T20:00:00+08:00")
    let fire = UrgencySuggestion.Match(hintKey: "fire", label: LocalizedText(zhHant: "火警", zhHans: "火警", en: "fire"),
                                       term: "火警")
    return [
        (.notAComplaint, "1"),
        (.natureStated(.ordinary), "2"),
        (.natureStated(.urgent), "2"),
        (.natureSuggested(UrgencySuggestion(matches: [])), "2"),
        (.natureSuggested(UrgencySuggestion(matches: [fire])), "2"),
        (.insideWorkingHours(iso("2026-11-30T10:00:00+08:00")), "5c"),
        (.outsideWorkingHours(fridayEvening, .afterClosing), "5c"),
        (.outsideWorkingHours(iso("2026-11-30T08:00:00+08:00"), .beforeOpening), "5c"),
        (.outsideWorkingHours(iso("2026-11-28T10:00:00+08:00"), .restDay(.sat)), "5c"),
        (.outsideWorkingHours(iso("2026-12-25T10:00:00+08:00"), .holiday(day("2026-12-25"), "Christmas Day")), "5c"),
        (.ordinaryToGroup, "5a"),
        (.urgentToDutyDepartmentManager, "5b"),
        (.securitySupervisorAfterHours, "5c"),
        (.dutyManagerToldAfterHours(.urgent), "5c"),
        (.dutyManagerToldAfterHours(.ordinary), "5c"),
        (.dutyManagerAtSupervisorsChoice, "5c"),
        (.groupTakesOverAt(iso("2026-11-30T09:00:00+08:00")), "5c"),
        (.escalateBeyondAuthority, "5b"),
        (.beyondAuthorityNotForOrdinary, "5a"),
        (.due(Deadline(due: iso("2026-11-30T23:59:59+08:00"), basis: .endOfWorkingDay(day("2026-11-30")))), "6"),
        (.due(Deadline(due: iso("2026-11-30T20:00:00+08:00"), basis: .hoursAfterReceipt(72))), "6"),
        (.replyBySameChannel(.inPerson), "8"),
        (.replyBySameChannel(.letter), "8"),
        (.replyBySameChannel(.phone), "8"),
        (.replyBySameChannel(.other), "8"),
    ]
}()

@Suite("Routing reasons as text")
struct RoutingReasonTests {
    @Test("every reason names its article and renders in all three languages",
          arguments: everyReason.indices)
    func rendersEverywhere(index: Int) {
        let (reason, article) = everyReason[index]
        #expect(reason.article == article)
        var texts: [String] = []
        for language in Language.allCases {
            let text = reason.text(in: language, calendar: christmasCalendar)
            #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(reason) in \(language)")
            texts.append(text)
        }
        #expect(texts[0] != texts[2], "Traditional and English texts should differ for \(reason)")
    }

    @Test("the ordinary deadline text names the due day and 23:59:59")
    func ordinaryDueText() {
        let reason = RoutingReason.due(Deadline(due: iso("2026-11-30T23:59:59+08:00"), basis: .endOfWorkingDay(day("2026-11-30"))))
        for language in Language.allCases {
            let text = reason.text(in: language, calendar: .standard)
            #expect(text.contains("2026-11-30"))
            #expect(text.contains("23:59:59"))
        }
        #expect(reason.text(in: .en, calendar: .standard).contains("Monday"))
        #expect(reason.text(in: .zhHant, calendar: .standard).contains("週一"))
        #expect(reason.text(in: .zhHans, calendar: .standard).contains("周一"))
    }

    @Test("the urgent deadline text names the hours and the due moment in Hong Kong time")
    func urgentDueText() {
        let reason = RoutingReason.due(Deadline(due: iso("2026-11-30T12:00:00Z"), basis: .hoursAfterReceipt(72)))
        let text = reason.text(in: .en, calendar: .standard)
        #expect(text.contains("72"))
        #expect(text.contains("2026-11-30 (Monday) 20:00"))
    }

    @Test("an after-hours reason says why the office is closed")
    func offHoursText() {
        let holiday = RoutingReason.outsideWorkingHours(iso("2026-12-25T10:00:00+08:00"), .holiday(day("2026-12-25"), "Christmas Day"))
        #expect(holiday.text(in: .en, calendar: christmasCalendar).contains("Christmas Day"))
        #expect(holiday.text(in: .zhHant, calendar: christmasCalendar).contains("Christmas Day"))
        let closing = RoutingReason.outsideWorkingHours(iso("2026-11-30T20:00:00+08:00"), .afterClosing)
        #expect(closing.text(in: .en, calendar: .standard).contains("18:00"))
        let opening = RoutingReason.outsideWorkingHours(iso("2026-11-30T08:00:00+08:00"), .beforeOpening)
        #expect(opening.text(in: .en, calendar: .standard).contains("09:00"))
        let rest = RoutingReason.outsideWorkingHours(iso("2026-11-29T10:00:00+08:00"), .restDay(.sun))
        #expect(rest.text(in: .en, calendar: .standard).contains("Sunday"))
        #expect(rest.text(in: .zhHant, calendar: .standard).contains("週日"))
    }

    @Test("the reply reason names both the channel and the reply", arguments: Channel.allCases)
    func replyText(channel: Channel) {
        for language in Language.allCases {
            let text = RoutingReason.replyBySameChannel(channel).text(in: language, calendar: .standard)
            #expect(text.contains(channel.name(in: language)))
            #expect(text.contains(channel.replyChannel.name(in: language)))
        }
    }
}
