import Foundation

/// A time zone's offsets from UTC, from a zoneinfo file's contents (RFC 8536) and, after its
/// last transition, from the POSIX rule at its end. Foundation's TimeZone would load ICU's data
/// for this — several megabytes and milliseconds at every start for a few numbers. Reading
/// the file is the Guidance module's job; this only reads its bytes.
public struct ZoneRules: Sendable, Equatable {
    public let identifier: String
    /// Transition instants (seconds since 1970) and the offset in force from each.
    let transitions: [(at: Int64, offset: Int)]
    let initialOffset: Int
    let rule: PosixRule?

    public static func == (a: ZoneRules, b: ZoneRules) -> Bool { a.identifier == b.identifier }

    /// A zone that never changes, e.g. UTC or +08:00.
    public init(fixed offset: Int, identifier: String) {
        self.identifier = identifier
        transitions = []
        initialOffset = offset
        rule = nil
    }

    /// Nil when the bytes are not a zoneinfo file.
    public init?(identifier: String, tzif bytes: [UInt8]) {
        guard let parsed = Self.parse(bytes) else { return nil }
        self.identifier = identifier
        transitions = parsed.transitions
        initialOffset = parsed.initial
        rule = parsed.rule
    }

    /// Seconds east of UTC in force at `date`.
    public func offset(at date: Date) -> Int {
        let t = Int64(date.timeIntervalSince1970.rounded(.down))
        guard let first = transitions.first, t >= first.at else {
            return transitions.isEmpty ? (rule?.offset(at: t) ?? initialOffset) : initialOffset
        }
        if let rule, let last = transitions.last, t >= last.at {
            return rule.offset(at: t)
        }
        var low = 0, high = transitions.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if transitions[mid].at <= t { low = mid } else { high = mid - 1 }
        }
        return transitions[low].offset
    }

    // MARK: Reading a TZif file

    private static func parse(_ bytes: [UInt8]) -> (transitions: [(at: Int64, offset: Int)], initial: Int, rule: PosixRule?)? {
        guard bytes.count >= 44, bytes[0..<4].elementsEqual("TZif".utf8) else { return nil }
        func int(_ at: Int, _ width: Int) -> Int64? {
            guard at + width <= bytes.count else { return nil }
            var value: Int64 = 0
            for i in at..<(at + width) { value = value << 8 | Int64(bytes[i]) }
            return width == 4 ? Int64(Int32(truncatingIfNeeded: value)) : value
        }
        /// The header's six counts; none can be negative or larger than the file (a damaged
        /// file is refused, never indexed with).
        func counts(_ at: Int) -> [Int]? {
            let values = (0..<6).compactMap { int(at + 20 + $0 * 4, 4) }
            guard values.count == 6, values.allSatisfy({ $0 >= 0 && $0 <= Int64(bytes.count) }) else { return nil }
            return values.map { Int($0) }
        }
        guard var header = counts(0), header.count == 6 else { return nil }
        var start = 44
        var width = 4
        if bytes[4] >= 0x32 {
            // Version 2 and later: skip the 32-bit block, read the 64-bit one.
            let (isut, isstd, leap, time, type, chars) = (header[0], header[1], header[2], header[3], header[4], header[5])
            start += time * 5 + type * 6 + chars + leap * 8 + isstd + isut
            guard let second = counts(start), second.count == 6 else { return nil }
            header = second
            start += 44
            width = 8
        }
        let (isut, isstd, leap, time, type, chars) = (header[0], header[1], header[2], header[3], header[4], header[5])
        let typesAt = start + time * width
        let infoAt = typesAt + time
        guard type > 0, infoAt + type * 6 <= bytes.count else { return nil }
        var offsets: [Int] = []
        for i in 0..<type {
            // No place on Earth is more than a day from UTC.
            guard let utoff = int(infoAt + i * 6, 4), abs(utoff) < 86_400 else { return nil }
            offsets.append(Int(utoff))
        }
        var transitions: [(at: Int64, offset: Int)] = []
        for i in 0..<time {
            guard let at = int(start + i * width, width), typesAt + i < bytes.count else { return nil }
            let index = Int(bytes[typesAt + i])
            guard index < offsets.count else { return nil }
            transitions.append((at, offsets[index]))
        }
        var rule: PosixRule?
        if width == 8 {
            let footer = infoAt + type * 6 + chars + leap * 12 + isstd + isut
            if footer >= 0, footer < bytes.count, bytes[footer] == 10, let end = bytes[(footer + 1)...].firstIndex(of: 10) {
                rule = PosixRule(String(decoding: bytes[(footer + 1)..<end], as: UTF8.self))
            }
        }
        return (transitions, offsets[0], rule)
    }
}

/// A POSIX TZ string such as `HKT-8` or `GMT0BST,M3.5.0/1,M10.5.0`: standard offset, and
/// optionally a daylight offset with the rules for when it starts and ends each year.
struct PosixRule: Sendable {
    let standard: Int
    let daylight: Int?
    let start: Day?
    let end: Day?

    /// `Mm.w.d/time` (month, week 1–5 with 5 the last, weekday 0 = Sunday) or `Jn` / `n`.
    enum Day: Sendable {
        case monthWeekDay(month: Int, week: Int, weekday: Int, time: Int)
        case julianNoLeap(day: Int, time: Int)
        case julianZero(day: Int, time: Int)
    }

    init?(_ text: String) {
        var s = Substring(text)
        func name() -> Bool {
            if s.first == "<" {
                guard let close = s.firstIndex(of: ">") else { return false }
                s = s[s.index(after: close)...]
                return true
            }
            let letters = s.prefix { $0.isLetter }
            guard letters.count >= 3 else { return false }
            s = s.dropFirst(letters.count)
            return true
        }
        /// `[+-]hh[:mm[:ss]]` in seconds, as written. Hours go to 167 (RFC 8536's widest, for a
        /// rule's time of day), minutes and seconds to 59: a damaged footer's huge numbers are no
        /// clock, never an overflow.
        func clock() -> Int? {
            var sign = 1
            if s.first == "+" { s = s.dropFirst() } else if s.first == "-" { sign = -1; s = s.dropFirst() }
            var parts: [Int] = []
            while parts.count < 3 {
                let digits = s.prefix { $0.isASCII && $0.isNumber }
                guard !digits.isEmpty, let value = Int(digits) else { break }
                guard value <= (parts.isEmpty ? 167 : 59) else { return nil }
                parts.append(value)
                s = s.dropFirst(digits.count)
                guard s.first == ":" else { break }
                s = s.dropFirst()
            }
            guard let hours = parts.first else { return nil }
            return sign * (hours * 3600 + (parts.count > 1 ? parts[1] * 60 : 0) + (parts.count > 2 ? parts[2] : 0))
        }
        func day() -> Day? {
            var result: Day?
            if s.first == "M" {
                s = s.dropFirst()
                let fields = s.prefix { $0 != "/" && $0 != "," }.split(separator: ".").compactMap { Int($0) }
                s = s.dropFirst(s.prefix { $0 != "/" && $0 != "," }.count)
                guard fields.count == 3, (1...12).contains(fields[0]), (1...5).contains(fields[1]), (0...6).contains(fields[2])
                else { return nil }
                result = .monthWeekDay(month: fields[0], week: fields[1], weekday: fields[2], time: 7200)
            } else {
                let julian = s.first == "J"
                if julian { s = s.dropFirst() }
                let digits = s.prefix { $0.isASCII && $0.isNumber }
                guard let n = Int(digits), n >= (julian ? 1 : 0), n <= 365 else { return nil }
                s = s.dropFirst(digits.count)
                result = julian ? .julianNoLeap(day: n, time: 7200) : .julianZero(day: n, time: 7200)
            }
            if s.first == "/" {
                s = s.dropFirst()
                guard let time = clock() else { return nil }
                switch result {
                case .monthWeekDay(let m, let w, let d, _): result = .monthWeekDay(month: m, week: w, weekday: d, time: time)
                case .julianNoLeap(let n, _): result = .julianNoLeap(day: n, time: time)
                case .julianZero(let n, _): result = .julianZero(day: n, time: time)
                case nil: return nil
                }
            }
            return result
        }
        // No place on Earth is more than a day from UTC (as in the file's table of offsets).
        guard name(), let std = clock(), abs(std) < 86_400 else { return nil }
        standard = -std
        guard !s.isEmpty, s.first != "," else {
            daylight = nil
            start = nil
            end = nil
            return
        }
        guard name() else { return nil }
        if let first = s.first, first != "," {
            guard let dst = clock(), abs(dst) < 86_400 else { return nil }
            daylight = -dst
        } else {
            daylight = standard + 3600
        }
        guard s.first == "," else {
            start = nil
            end = nil
            return
        }
        s = s.dropFirst()
        guard let begins = day(), s.first == "," else { return nil }
        s = s.dropFirst()
        guard let ends = day() else { return nil }
        start = begins
        end = ends
    }

    func offset(at t: Int64) -> Int {
        guard let daylight, let start, let end else { return standard }
        let year = CivilDate.date(Int(floorDivide(t + Int64(standard), 86_400))).year
        // The rule's moments are in local time: the start in standard time, the end in daylight time.
        let begins = Int64(seconds(start, year: year)) - Int64(standard)
        let ends = Int64(seconds(end, year: year)) - Int64(daylight)
        let inDaylight = begins < ends ? (t >= begins && t < ends) : (t >= begins || t < ends)
        return inDaylight ? daylight : standard
    }

    /// Seconds since 1970 of a rule's day and time in `year`, as a wall-clock reading.
    private func seconds(_ day: Day, year: Int) -> Int {
        switch day {
        case .monthWeekDay(let month, let week, let weekday, let time):
            let first = CivilDate.days(LocalDate(year: year, month: month, day: 1))
            let firstWeekday = ((first % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday (4, Sunday = 0)
            var date = first + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            let length = LocalDate.daysIn(month: month, year: year)
            while date >= first + length { date -= 7 }
            return date * 86_400 + time
        case .julianNoLeap(let n, let time):
            let jan1 = CivilDate.days(LocalDate(year: year, month: 1, day: 1))
            let leap = LocalDate.daysIn(month: 2, year: year) == 29
            return (jan1 + n - 1 + (leap && n >= 60 ? 1 : 0)) * 86_400 + time
        case .julianZero(let n, let time):
            return (CivilDate.days(LocalDate(year: year, month: 1, day: 1)) + n) * 86_400 + time
        }
    }

    private func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : (a - b + 1) / b
    }
}
