import CivilTime

/// Two shifts of one role that would put two people on duty at once. Guidance refuses such a
/// rota rather than pick one of them silently. Overrides clash only with other overrides: over
/// the weekly shifts they simply win.
public struct DutyClash: Sendable, Equatable {
    /// The day the clash starts on, in the rota's words: `mon`…`sun`, `holiday`, or a date.
    public var day: String
    /// When on that day both are first on duty (the later of the two starts).
    public var time: ClockTime

    /// Where `a` and `b` are first both on duty, or nil when they never are.
    public static func between(_ a: DutyShift, _ b: DutyShift, calendar: WorkingCalendar) -> DutyClash? {
        guard a.role == b.role else { return nil }
        switch (a.days, b.days) {
        case (.date(let x), .date(let y)):
            let spanA = a.span(startingOn: x, calendar: calendar), spanB = b.span(startingOn: y, calendar: calendar)
            guard spanA.overlaps(spanB) else { return nil }
            return spanA.lowerBound >= spanB.lowerBound ? DutyClash(day: x.description, time: a.from)
                                                        : DutyClash(day: y.description, time: b.from)
        case (.weekly, .weekly):
            // Every pair of consecutive days a week can have (a holiday may follow any day, and
            // any day a holiday), so a shift running past midnight meets the next day's.
            for (first, second) in RotaDay.pairs {
                let minutesA = a.minutes(on: first, then: second), minutesB = b.minutes(on: first, then: second)
                for x in minutesA {
                    for y in minutesB where x.overlaps(y) {
                        let start = max(x.lowerBound, y.lowerBound)
                        return DutyClash(day: (start < 1440 ? first : second).word, time: ClockTime(hour: start % 1440 / 60, minute: start % 60))
                    }
                }
            }
            return nil
        default:
            return nil
        }
    }
}

/// A day as a weekly rota sees it: a weekday, or a public holiday whatever its weekday.
private enum RotaDay: Equatable {
    case weekday(Weekday)
    case holiday

    var word: String {
        switch self {
        case .weekday(let day): day.rawValue
        case .holiday: "holiday"
        }
    }

    static let all: [RotaDay] = Weekday.allCases.map(RotaDay.weekday) + [.holiday]

    static let pairs: [(RotaDay, RotaDay)] = all.flatMap { first -> [(RotaDay, RotaDay)] in
        switch first {
        case .weekday(let day):
            let next = Weekday.allCases[(Weekday.allCases.firstIndex(of: day)! + 1) % 7]
            return [(first, .weekday(next)), (first, .holiday)]
        case .holiday:
            return all.map { (first, $0) }
        }
    }
}

private extension DutyShift {
    /// The minutes a weekly shift covers over two consecutive days, counted from the first's midnight.
    func minutes(on first: RotaDay, then second: RotaDay) -> [Range<Int>] {
        [(first, 0), (second, 1440)].compactMap { day, offset in
            starts(on: day) ? (offset + from.minutesSinceMidnight)..<(offset + from.minutesSinceMidnight + minutes) : nil
        }
    }

    func starts(on day: RotaDay) -> Bool {
        guard case .weekly(let weekdays, let holidays) = days else { return false }
        return switch day {
        case .weekday(let weekday): weekdays.contains(weekday)
        case .holiday: holidays
        }
    }
}
