import CivilTime
import Foundation

/// A deadline as staff say it to a caller, not as a record prints it: 今日之內, 聽日下晝三點前,
/// 三日內，即十二月三日（星期四）下午四時四十分前; by the end of today, by 4:40 pm on Thursday
/// 3 December. Today and tomorrow are said the way people speak; a later day gets its date and
/// weekday too, so the caller can write it down.
public enum SpokenDeadline {
    public static func words(due: Date, now: Date, zone: ZoneRules, language: Language) -> String {
        // Only the calendar's clock arithmetic is used; its working days and hours play no part.
        let midnight = ClockTime(hour: 0, minute: 0)
        let calendar = WorkingCalendar(zone: zone, workingDays: [], opens: midnight, closes: midnight)
        let today = calendar.localDate(of: now)
        let (day, hour, minute, _) = calendar.clock(of: due)
        let days = Int((calendar.moment(day, midnight).timeIntervalSince(calendar.moment(today, midnight)) / 86_400).rounded())
        let reading = Due(day: day, weekday: calendar.weekday(of: day), hour: hour, minute: minute, thisYear: today.year)
        // A deadline at 23:59 is the end of that day (DOMAIN.md's same-day rule).
        let endOfDay = hour == 23 && minute == 59
        let (_, nowHour, nowMinute, _) = calendar.clock(of: now)
        // 六點 alone is clear at noon: six in the morning has passed. Tomorrow always needs 朝早 or 下晝.
        let periodClear = days == 0 && hour >= 12 && (hour - 12) * 60 + minute <= nowHour * 60 + nowMinute

        switch language {
        case .en:
            switch days {
            case 0: return endOfDay ? "by the end of today" : "by \(reading.englishClock) today"
            case 1: return endOfDay ? "by the end of tomorrow" : "by \(reading.englishClock) tomorrow"
            default: return endOfDay ? "by the end of \(reading.englishDate)" : "by \(reading.englishClock) on \(reading.englishDate)"
            }
        case .zhHant, .zhHans:
            let hans = language == .zhHans
            let withinTheDay = hans ? "之内" : "之內"
            switch days {
            case 0: return (hans ? "今天" : "今日") + (endOfDay ? withinTheDay : reading.spokenClock(language, withPeriod: !periodClear) + "前")
            case 1: return (hans ? "明天" : "聽日") + (endOfDay ? withinTheDay : reading.spokenClock(language, withPeriod: true) + "前")
            default:
                let when = reading.chineseDate(language) + (endOfDay ? "或之前" : reading.formalClock(language) + "前")
                guard days > 1 else { return when }
                let count = ChineseNumeral.words(days, language: language, counting: true)
                return count + (hans ? "天内" : "日內") + "，即" + when
            }
        }
    }

    /// The wall-clock reading of a deadline, and what each language makes of it.
    private struct Due {
        var day: LocalDate
        var weekday: Weekday
        var hour: Int
        var minute: Int
        var thisYear: Int

        private var hour12: Int { hour % 12 == 0 ? 12 : hour % 12 }

        /// 4:40 pm, 3 pm, noon, midnight.
        var englishClock: String {
            if minute == 0, hour == 12 { return "noon" }
            if minute == 0, hour == 0 { return "midnight" }
            let suffix = hour < 12 ? "am" : "pm"
            return minute == 0 ? "\(hour12) \(suffix)" : "\(hour12):\(minute < 10 ? "0" : "")\(minute) \(suffix)"
        }

        /// Thursday 3 December, with the year only when it is not this year's.
        var englishDate: String {
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"]
            let year = day.year == thisYear ? "" : " \(day.year)"
            return "\(weekday.name(in: .en)) \(day.day) \(months[day.month - 1])\(year)"
        }

        /// 下晝三點, 朝早十點半, 六點 (without its part of the day when that is clear).
        func spokenClock(_ language: Language, withPeriod: Bool) -> String {
            let hans = language == .zhHans
            let period: String = switch hour {
            case 0..<6: "凌晨"
            case 6..<12: hans ? "早上" : "朝早"
            case 12: "中午"
            case 13..<18: hans ? "下午" : "下晝"
            case 18: "傍晚"
            default: hans ? "晚上" : "夜晚"
            }
            let minutes = switch minute {
            case 0: ""
            case 30: "半"
            default: (minute < 10 ? "零" : "") + ChineseNumeral.words(minute, language: language) + "分"
            }
            return (withPeriod ? period : "") + ChineseNumeral.words(hour12, language: language, counting: true)
                + (hans ? "点" : "點") + minutes
        }

        /// 下午四時四十分, as a date is written beside it.
        func formalClock(_ language: Language) -> String {
            let period = switch hour {
            case 0..<6: "凌晨"
            case 6..<12: "上午"
            case 12: "中午"
            case 13..<18: "下午"
            default: "晚上"
            }
            let minutes = minute == 0 ? "" : (minute < 10 ? "零" : "") + ChineseNumeral.words(minute, language: language) + "分"
            return period + ChineseNumeral.words(hour12, language: language) + (language == .zhHans ? "时" : "時") + minutes
        }

        /// 十二月三日（星期四）, with the year only when it is not this year's.
        func chineseDate(_ language: Language) -> String {
            let weekdays = ["一", "二", "三", "四", "五", "六", "日"]
            let index = Weekday.allCases.firstIndex(of: weekday) ?? 0
            let year = day.year == thisYear ? "" : ChineseNumeral.digits(day.year) + "年"
            return year + ChineseNumeral.words(day.month, language: language) + "月"
                + ChineseNumeral.words(day.day, language: language) + "日（星期" + weekdays[index] + "）"
        }
    }
}
