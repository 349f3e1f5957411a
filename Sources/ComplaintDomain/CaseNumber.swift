import CivilTime

/// A case's number as staff read it to the caller: the local day it was received and its
/// place in that day, `261129-007`. Short enough to say on the phone, sortable as text.
public struct CaseNumber: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var day: LocalDate
    public var sequence: Int

    public init(day: LocalDate, sequence: Int) {
        self.day = day
        self.sequence = sequence
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 6, parts[1].count >= 3,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              parts[1].count <= 5, let sequence = Int(parts[1]), sequence > 0,
              let day = LocalDate(iso: "20\(parts[0].prefix(2))-\(parts[0].dropFirst(2).prefix(2))-\(parts[0].suffix(2))")
        else { return nil }
        self.init(day: day, sequence: sequence)
    }

    public var description: String {
        // Padded by hand: String(format:) would cut a large number to 32 bits.
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let number = String(sequence)
        return two(day.year % 100) + two(day.month) + two(day.day) + "-" + String(repeating: "0", count: max(0, 3 - number.count)) + number
    }

    public static func < (a: CaseNumber, b: CaseNumber) -> Bool {
        (a.day, a.sequence) < (b.day, b.sequence)
    }
}
