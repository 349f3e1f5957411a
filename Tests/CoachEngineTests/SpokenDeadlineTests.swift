import CivilTime
import CoachText
import ComplaintDomain
import Foundation
import Testing

/// Deadlines as staff say them on the phone, worked out by hand for Hong Kong time.
@Suite("Spoken deadlines")
struct SpokenDeadlineTests {
    static let hongKong = ZoneRules(fixed: 8 * 3600, identifier: "Asia/Hong_Kong")

    /// An instant from an ISO 8601 string with its offset, by Foundation's parser.
    static func at(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)!
    }

    static func said(_ due: String, now: String, zone: ZoneRules = hongKong) -> [String] {
        Language.allCases.map { SpokenDeadline.words(due: at(due), now: at(now), zone: zone, language: $0) }
    }

    // Monday 30 November 2026, mid-morning.
    static let monday = "2026-11-30T10:00:00+08:00"

    @Test func theEndOfToday() {
        #expect(Self.said("2026-11-30T23:59:59+08:00", now: Self.monday) == ["今日之內", "今天之内", "by the end of today"])
    }

    @Test func aTimeLaterToday() {
        #expect(Self.said("2026-11-30T18:00:00+08:00", now: Self.monday) == ["今日六點前", "今天六点前", "by 6 pm today"])
        #expect(Self.said("2026-11-30T15:30:00+08:00", now: Self.monday) == ["今日三點半前", "今天三点半前", "by 3:30 pm today"])
        #expect(Self.said("2026-11-30T12:00:00+08:00", now: Self.monday) == ["今日十二點前", "今天十二点前", "by noon today"])
    }

    @Test func thePartOfTheDayIsSaidWhenTheHourAloneCouldMeanEither() {
        // At five in the morning, 六點 could still mean six this morning.
        #expect(Self.said("2026-11-30T18:00:00+08:00", now: "2026-11-30T05:00:00+08:00")
                == ["今日傍晚六點前", "今天傍晚六点前", "by 6 pm today"])
        #expect(Self.said("2026-11-30T11:00:00+08:00", now: "2026-11-30T08:00:00+08:00")
                == ["今日朝早十一點前", "今天早上十一点前", "by 11 am today"])
    }

    @Test func tomorrow() {
        #expect(Self.said("2026-12-01T15:00:00+08:00", now: Self.monday) == ["聽日下晝三點前", "明天下午三点前", "by 3 pm tomorrow"])
        #expect(Self.said("2026-12-01T10:30:00+08:00", now: Self.monday) == ["聽日朝早十點半前", "明天早上十点半前", "by 10:30 am tomorrow"])
        #expect(Self.said("2026-12-01T14:05:00+08:00", now: Self.monday) == ["聽日下晝兩點零五分前", "明天下午两点零五分前", "by 2:05 pm tomorrow"])
        #expect(Self.said("2026-12-01T20:00:00+08:00", now: Self.monday) == ["聽日夜晚八點前", "明天晚上八点前", "by 8 pm tomorrow"])
        #expect(Self.said("2026-12-01T23:59:59+08:00", now: Self.monday) == ["聽日之內", "明天之内", "by the end of tomorrow"])
    }

    @Test func inThreeDaysTheDateAndWeekdayAreSaidToo() {
        #expect(Self.said("2026-12-03T16:40:00+08:00", now: Self.monday) == [
            "三日內，即十二月三日（星期四）下午四時四十分前",
            "三天内，即十二月三日（星期四）下午四时四十分前",
            "by 4:40 pm on Thursday 3 December",
        ])
        #expect(Self.said("2026-12-02T09:00:00+08:00", now: Self.monday) == [
            "兩日內，即十二月二日（星期三）上午九時前",
            "两天内，即十二月二日（星期三）上午九时前",
            "by 9 am on Wednesday 2 December",
        ])
        #expect(Self.said("2026-12-03T23:59:59+08:00", now: Self.monday) == [
            "三日內，即十二月三日（星期四）或之前",
            "三天内，即十二月三日（星期四）或之前",
            "by the end of Thursday 3 December",
        ])
    }

    @Test func acrossTheEndOfAMonth() {
        #expect(Self.said("2026-12-02T20:00:00+08:00", now: "2026-11-29T20:00:00+08:00") == [
            "三日內，即十二月二日（星期三）晚上八時前",
            "三天内，即十二月二日（星期三）晚上八时前",
            "by 8 pm on Wednesday 2 December",
        ])
        #expect(Self.said("2026-12-01T09:00:00+08:00", now: "2026-11-30T17:00:00+08:00")
                == ["聽日朝早九點前", "明天早上九点前", "by 9 am tomorrow"])
    }

    @Test func acrossTheEndOfAYearTheYearIsSaid() {
        #expect(Self.said("2027-01-02T09:05:00+08:00", now: "2026-12-30T11:00:00+08:00") == [
            "三日內，即二〇二七年一月二日（星期六）上午九時零五分前",
            "三天内，即二〇二七年一月二日（星期六）上午九时零五分前",
            "by 9:05 am on Saturday 2 January 2027",
        ])
    }

    @Test func theDayIsTheOneInTheOfficesZone() {
        // 23:30 in Hong Kong: one in the morning is tomorrow there, while in UTC both are the same afternoon.
        let now = "2026-11-30T23:30:00+08:00", due = "2026-12-01T01:00:00+08:00"
        #expect(Self.said(due, now: now) == ["聽日凌晨一點前", "明天凌晨一点前", "by 1 am tomorrow"])
        #expect(Self.said(due, now: now, zone: ZoneRules(fixed: 0, identifier: "UTC"))[2] == "by 5 pm today")
    }

    @Test func aDeadlineAlreadyPastIsSaidByItsDate() {
        #expect(Self.said("2026-11-29T15:00:00+08:00", now: Self.monday) == [
            "十一月二十九日（星期日）下午三時前",
            "十一月二十九日（星期日）下午三时前",
            "by 3 pm on Sunday 29 November",
        ])
    }
}
