import Foundation

/// A time of day (`HH:MM`), as an organisation writes its opening and closing hours.
public struct ClockTime: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// Parses `H:MM` or `HH:MM` with hour 0–24 (24:00 only, meaning the end of the day).
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let h = Int(parts[0]), let m = Int(parts[1]),
              (0...24).contains(h), (0...59).contains(m), h < 24 || m == 0
        else { return nil }
        self.init(hour: h, minute: m)
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public var description: String { "\(hour.zeroPadded(2)):\(minute.zeroPadded(2))" }

    public static func < (a: ClockTime, b: ClockTime) -> Bool {
        a.minutesSinceMidnight < b.minutesSinceMidnight
    }
}
