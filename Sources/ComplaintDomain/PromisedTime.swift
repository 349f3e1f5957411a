import CivilTime
import Foundation

/// The latest time a caller was promised, read from the words staff typed or were offered to
/// say: 15分鐘內, 半個鐘內, 今日之內, 聽日下晝三點前, 三日內，即十二月三日（星期四）下午四時四十分前,
/// within 15 minutes, by the end of today, by 4:40 pm on Thursday 3 December. It lets a promise
/// be held against the deadline (regulation 6) or the urgent call back; words that name no time
/// promise none (nil), and Coach then says it cannot check them rather than guess.
public struct PromisedTime: Codable, Sendable, Equatable {
    /// The moment it was promised by; for a day named without a time, that day's 23:59:59.
    public var by: Date
    /// Only a day was named (今日之內, 三日內, tomorrow): anything due that same day is kept.
    public var wholeDay: Bool

    public init(by: Date, wholeDay: Bool) {
        self.by = by
        self.wholeDay = wholeDay
    }

    /// Whether keeping this promise meets `due`. A minute's grace: spoken times drop the seconds.
    public func keeps(_ due: Date, calendar: WorkingCalendar) -> Bool {
        by <= due.addingTimeInterval(60) || (wholeDay && calendar.localDate(of: by) == calendar.localDate(of: due))
    }

    /// The promise in `words`, said at `saidAt`: the latest time they name. A date or day named
    /// (with its clock time, if any) stands for a count of days beside it (三日內，即十二月三日…);
    /// minutes and hours count from when it was said.
    public static func read(_ words: String, saidAt: Date, calendar: WorkingCalendar) -> PromisedTime? {
        var text = Self.normalized(words)
        let today = calendar.localDate(of: saidAt)
        var found: [PromisedTime] = []
        func day(_ date: LocalDate, at clock: ClockTime?) -> PromisedTime {
            clock.map { PromisedTime(by: calendar.moment(date, $0), wholeDay: false) } ?? PromisedTime(by: calendar.endOfDay(date), wholeDay: true)
        }
        func plus(_ days: Int) -> LocalDate {
            (0..<days).reduce(today) { d, _ in calendar.next(d) }
        }

        let clock = Self.clock(in: text, today: today, saidAt: saidAt, calendar: calendar)
        var named: LocalDate?
        if let (match, date) = Self.date(in: text, today: today) {
            named = date
            text = text.replacingOccurrences(of: match, with: " ")
        } else if let date = Self.dayWord(in: text, today: today, calendar: calendar) {
            named = date
        }
        if let named {
            found.append(day(named, at: clock))
        } else if let clock {
            // A time alone that has passed today (9 am, said at ten; midnight) is the next one.
            let promise = day(today, at: clock)
            found.append(promise.by < saidAt ? day(calendar.next(today), at: clock) : promise)
        }
        for (count, unit) in Self.counts(in: text) {
            switch unit {
            case .minutes: found.append(PromisedTime(by: saidAt.addingTimeInterval(Double(count) * 60), wholeDay: false))
            case .hours: found.append(PromisedTime(by: saidAt.addingTimeInterval(Double(count) * 3600), wholeDay: false))
            case .days where named == nil: found.append(day(plus(count), at: nil))
            case .workingDays where named == nil:
                let last = (0..<count).reduce(today) { d, _ in calendar.workingDay(atOrAfter: calendar.next(d)) }
                found.append(day(last, at: nil))
            case .days, .workingDays: break
            }
        }
        return found.max { $0.by < $1.by }
    }

    // MARK: Reading the words

    private enum Unit { case minutes, hours, days, workingDays }

    /// Lowercased, full-width digits and Chinese numerals as ASCII digits (十二月三日 → 12月3日,
    /// 兩日 → 2日), so one set of patterns reads all three languages.
    static func normalized(_ words: String) -> String {
        let units: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                                       "六": 6, "七": 7, "八": 8, "九": 9]
        var out = ""
        var run: [Character] = []
        func flush() {
            guard !run.isEmpty else { return }
            out += chineseValue(run, units: units).map(String.init) ?? String(run)
            run = []
        }
        for c in words.lowercased() {
            if units[c] != nil || c == "十" {
                run.append(c)
                continue
            }
            flush()
            if let v = c.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(v) {
                out.append(Character(UnicodeScalar(v - 0xFF10 + 0x30)!))
            } else {
                out.append(c)
            }
        }
        flush()
        return out
    }

    /// 一 to 九十九 as spoken: [tens]十[units], or digits read one by one (二〇二七).
    private static func chineseValue(_ chars: [Character], units: [Character: Int]) -> Int? {
        guard let ten = chars.firstIndex(of: "十") else {
            return chars.reduce(0) { $0 * 10 + (units[$1] ?? 0) }
        }
        let before = chars[..<ten], after = chars[(ten + 1)...]
        guard before.count <= 1, after.count <= 1 else { return nil }
        return (before.first.flatMap { units[$0] } ?? 1) * 10 + (after.first.flatMap { units[$0] } ?? 0)
    }

    private static func matches(_ pattern: String, in text: String) -> [[String?]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (0..<match.numberOfRanges).map { i in
                let range = match.range(at: i)
                return range.location == NSNotFound ? nil : ns.substring(with: range)
            }
        }
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                 "october", "november", "december"]

    /// A date named (12月3日, 3 december, december 3): the words matched and the day, this year
    /// or, when that day has passed, next year's.
    private static func date(in text: String, today: LocalDate) -> (String, LocalDate)? {
        var found: (String, Int, Int)?
        if let m = matches(#"(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]"#, in: text).first, let month = Int(m[1]!), let day = Int(m[2]!) {
            found = (m[0]!, month, day)
        } else {
            let names = months.joined(separator: "|")
            if let m = matches(#"\b(\d{1,2})\s+("# + names + #")\b"#, in: text).first, let day = Int(m[1]!) {
                found = (m[0]!, months.firstIndex(of: m[2]!)! + 1, day)
            } else if let m = matches(#"\b("# + names + #")\s+(\d{1,2})\b"#, in: text).first, let day = Int(m[2]!) {
                found = (m[0]!, months.firstIndex(of: m[1]!)! + 1, day)
            }
        }
        guard let (words, month, day) = found else { return nil }
        for year in [today.year, today.year + 1] {
            if let date = LocalDate(iso: String(format: "%04d-%02d-%02d", year, month, day)), !(date < today) { return (words, date) }
        }
        return nil
    }

    /// Today, tomorrow, the day after, or a weekday named on its own (the next one to come).
    private static func dayWord(in text: String, today: LocalDate, calendar: WorkingCalendar) -> LocalDate? {
        func after(_ n: Int) -> LocalDate { (0..<n).reduce(today) { d, _ in calendar.next(d) } }
        if ["後日", "后日", "後天", "后天", "day after tomorrow"].contains(where: text.contains) { return after(2) }
        if ["聽日", "听日", "明天", "明日", "tomorrow"].contains(where: text.contains) { return after(1) }
        if ["今日", "今天", "今晚", "today", "tonight"].contains(where: text.contains) { return today }
        let chinese: [String: Weekday] = ["1": .mon, "2": .tue, "3": .wed, "4": .thu, "5": .fri, "6": .sat, "日": .sun, "天": .sun]
        let english: [String: Weekday] = ["monday": .mon, "tuesday": .tue, "wednesday": .wed, "thursday": .thu, "friday": .fri,
                                          "saturday": .sat, "sunday": .sun]
        var weekday: Weekday?
        if let m = matches(#"(?:星期|禮拜|礼拜|週|周)([1-6日天])"#, in: text).first { weekday = chinese[m[1]!] }
        if let m = matches(#"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"#, in: text).first { weekday = english[m[1]!] }
        guard let weekday else { return nil }
        return (1...7).map(after).first { calendar.weekday(of: $0) == weekday }
    }

    /// A clock time named: 下晝3點, 4時40分, 10點半, 4:40 pm, noon. Without a part of the day, an
    /// hour already past today is taken as the afternoon's (六點 at noon is six in the evening).
    private static func clock(in text: String, today: LocalDate, saidAt: Date, calendar: WorkingCalendar) -> ClockTime? {
        if !matches(#"\bnoon\b"#, in: text).isEmpty { return ClockTime(hour: 12, minute: 0) }
        if !matches(#"\bmidnight\b"#, in: text).isEmpty { return ClockTime(hour: 0, minute: 0) }
        var hour: Int?, minute = 0, period: String?
        // Without a part of the day before it, a number after 快, 早… is "a bit" (快一點), not an hour.
        if let m = matches(#"(?:(凌晨|朝早|早上|上午|中午|下晝|下昼|下午|傍晚|晚上|夜晚|今晚)\s*|(?<![快早慢多少遲迟大小再有好差\d]))(\d{1,2})\s*[點点時时](半|(\d{1,2})\s*分)?"#, in: text).first {
            hour = Int(m[2]!)
            minute = m[3] == "半" ? 30 : m[4].flatMap { Int($0) } ?? 0
            period = m[1]
        } else if let m = matches(#"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)"#, in: text).first {
            hour = Int(m[1]!)
            minute = m[2].flatMap { Int($0) } ?? 0
            period = m[3]!.hasPrefix("p") ? "下午" : "上午"
        }
        guard var h = hour, (0...23).contains(h), (0...59).contains(minute) else { return nil }
        switch period {
        case "下晝"?, "下昼"?, "下午"?, "傍晚"?, "晚上"?, "夜晚"?, "今晚"?: if h < 12 { h += 12 }
        case "凌晨"?, "朝早"?, "早上"?, "上午"?: if h == 12 { h = 0 }
        case "中午"?: if h < 12 && h != 0 { h += 12 }
        default:
            let (_, nowHour, nowMinute, _) = calendar.clock(of: saidAt)
            if h < 12, h * 60 + minute < nowHour * 60 + nowMinute { h += 12 }
        }
        return ClockTime(hour: h, minute: minute)
    }

    /// Counts of minutes, hours and days: 15分鐘, 半個鐘, 2個鐘頭, 3日內, 3個工作天, within 2 days,
    /// half an hour. A count of working days skips the office's days off.
    private static func counts(in text: String) -> [(Int, Unit)] {
        var out: [(Int, Unit)] = []
        if ["半個鐘", "半个钟", "半小時", "半小时", "half an hour"].contains(where: text.contains) { out.append((30, .minutes)) }
        if matches(#"(?<!half )\b(an|one) hour\b"#, in: text).first != nil { out.append((1, .hours)) }
        for m in matches(#"(\d{1,3})\s*(分鐘|分钟|mins?\b|minutes?\b)"#, in: text) { out.append((Int(m[1]!)!, .minutes)) }
        for m in matches(#"(\d{1,3})\s*(個鐘|个钟|個小時|个小时|小時|小时|hours?\b|hrs?\b)"#, in: text) { out.append((Int(m[1]!)!, .hours)) }
        for m in matches(#"(\d{1,2})\s*(個工作天|个工作天|個工作日|个工作日|working days?\b)"#, in: text) {
            out.append((Int(m[1]!)!, .workingDays))
        }
        for m in matches(#"(\d{1,2})\s*(日|天|days?\b)"#, in: text) { out.append((Int(m[1]!)!, .days)) }
        return out
    }
}
