import CivilTime
import ComplaintDomain
import Foundation
import Testing

/// A promise's time read from the words said, worked out by hand for Hong Kong time; and every
/// deadline Coach itself says, read back to the time it says.
@Suite struct PromisedTimeTests {
    /// Wednesday 25 November 2026, 10:00 in Hong Kong.
    static let now = iso("2026-11-25T10:00:00+08:00")
    static let calendar = christmasCalendar

    static func read(_ words: String, at: Date = now) -> PromisedTime? {
        PromisedTime.read(words, saidAt: at, calendar: calendar)
    }

    @Test func minutesAndHoursCountFromWhenItWasSaid() {
        #expect(Self.read("當值經理會喺15分鐘內打俾你") == PromisedTime(by: iso("2026-11-25T10:15:00+08:00"), wholeDay: false))
        #expect(Self.read("十五分鐘內覆你")?.by == iso("2026-11-25T10:15:00+08:00"))
        #expect(Self.read("半個鐘內打返俾你")?.by == iso("2026-11-25T10:30:00+08:00"))
        #expect(Self.read("兩個鐘之內")?.by == iso("2026-11-25T12:00:00+08:00"))
        #expect(Self.read("they'll call you within 15 minutes")?.by == iso("2026-11-25T10:15:00+08:00"))
        #expect(Self.read("within half an hour")?.by == iso("2026-11-25T10:30:00+08:00"))
        #expect(Self.read("in an hour")?.by == iso("2026-11-25T11:00:00+08:00"))
    }

    @Test func aDayNamedAloneIsKeptByAnythingDueThatDay() throws {
        let today = try #require(Self.read("今日之內一定覆你"))
        #expect(today == PromisedTime(by: iso("2026-11-25T23:59:59+08:00"), wholeDay: true))
        #expect(Self.read("听日回复您") == PromisedTime(by: iso("2026-11-26T23:59:59+08:00"), wholeDay: true))
        #expect(Self.read("by the end of tomorrow")?.by == iso("2026-11-26T23:59:59+08:00"))
        #expect(Self.read("我三日內覆你") == PromisedTime(by: iso("2026-11-28T23:59:59+08:00"), wholeDay: true))
        #expect(Self.read("星期五前覆你")?.by == iso("2026-11-27T23:59:59+08:00"))
        // Working days skip the weekend: Wednesday + 3 working days is Monday.
        #expect(Self.read("三個工作天內")?.by == iso("2026-11-30T23:59:59+08:00"))
        // A whole day keeps a deadline at any time that day, and no later one's.
        #expect(try #require(Self.read("我三日內覆你")).keeps(iso("2026-11-28T10:00:00+08:00"), calendar: Self.calendar))
        #expect(!today.keeps(iso("2026-11-25T18:00:00+08:00").addingTimeInterval(-86_400), calendar: Self.calendar))
    }

    @Test func aClockTimeIsReadWithItsPartOfTheDay() {
        #expect(Self.read("聽日下晝三點前")?.by == iso("2026-11-26T15:00:00+08:00"))
        #expect(Self.read("今日下午四時四十分前")?.by == iso("2026-11-25T16:40:00+08:00"))
        #expect(Self.read("I'll call by 4:40 pm today")?.by == iso("2026-11-25T16:40:00+08:00"))
        // At noon, six o'clock alone is this evening's: six in the morning has passed.
        #expect(Self.read("六點前", at: iso("2026-11-25T12:00:00+08:00"))?.by == iso("2026-11-25T18:00:00+08:00"))
        #expect(Self.read("十點半前", at: iso("2026-11-25T08:00:00+08:00"))?.by == iso("2026-11-25T10:30:00+08:00"))
        // 快一點 is "a bit quicker", not one o'clock.
        #expect(Self.read("我會快一點處理") == nil)
    }

    @Test func aDateNamedStandsForTheCountBesideIt() {
        #expect(Self.read("三日內，即十一月二十八日（星期六）上午十時前")?.by == iso("2026-11-28T10:00:00+08:00"))
        #expect(Self.read("by 4:40 pm on Saturday 28 November")?.by == iso("2026-11-28T16:40:00+08:00"))
        // A day already past this year is next year's.
        #expect(Self.read("一月二日或之前") == PromisedTime(by: iso("2027-01-02T23:59:59+08:00"), wholeDay: true))
    }

    @Test func theLatestTimeNamedIsThePromise() {
        #expect(Self.read("15分鐘內打俾你，今日之內處理好")?.by == iso("2026-11-25T23:59:59+08:00"))
    }

    @Test func wordsWithoutATimePromiseNone() {
        for words in ["有消息會打俾你", "我會跟進", "I'll call you back as soon as there's news", "你嘅個案編號係261125-007", ""] {
            #expect(Self.read(words) == nil, "\(words)")
        }
    }

    /// Every deadline Coach words for a caller, from now to twelve days on and at any time of
    /// day, reads back as the time it says (to the minute, or the whole day).
    @Test func whatCoachSaysReadsBackAsTheDeadlineItSays() {
        let zone = Self.calendar.zone
        for hours in stride(from: 1, through: 12 * 24, by: 7) {
            for minute in [0, 30, 40] {
                let due = Self.now.addingTimeInterval(Double(hours * 3600 + minute * 60))
                let ends = [due, Self.calendar.endOfDay(Self.calendar.localDate(of: due))]
                for due in ends {
                    for language in Language.allCases {
                        let words = SpokenDeadline.words(due: due, now: Self.now, zone: zone, language: language)
                        guard let read = Self.read(words) else {
                            Issue.record("\(words) reads no time")
                            continue
                        }
                        #expect(read.keeps(due, calendar: Self.calendar), "\(words) → \(read.by) for \(due)")
                        #expect(read.by >= due.addingTimeInterval(-60), "\(words) promises no earlier than it says")
                    }
                }
            }
        }
    }
}
