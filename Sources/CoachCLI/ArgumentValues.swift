import ArgumentParser
import CaseEvents
import CivilTime
import CoachEngine
import CoachStore
import ComplaintDomain

/// A value typed as one word on the command line (or at the desk), read by the parser itself:
/// a bad one is refused before `run()`, with the option named and what was expected, e.g.
/// `The value '2026-13' is invalid for '--month <month>': expected a month like 2026-11`.
///
/// Declare it with `transform: T.parse` so the refusal says what was expected; the conformance
/// to ExpressibleByArgument is the one reading of the word.
protocol ArgumentValue: ExpressibleByArgument, Sendable {
    /// What a good value looks like, after "expected ".
    static var expected: String { get }
}

extension ArgumentValue {
    /// The value typed, or an error the parser shows after the option's name.
    static func parse(_ text: String) throws -> Self {
        guard let value = Self(argument: text) else { throw Expected(what: expected) }
        return value
    }
}

/// Why a word was refused, shown by ArgumentParser as `…: expected …`.
struct Expected: Error, CustomStringConvertible {
    var what: String
    var description: String { "expected \(what)" }
}

extension CaseNumber: ArgumentValue {
    public init?(argument: String) { self.init(argument) }
    static let expected = "a case number like 261129-007"
}

/// A day, `2026-11-01`, in the organisation's time zone.
extension LocalDate: ArgumentValue {
    public init?(argument: String) { self.init(iso: argument) }
    static let expected = "a day like 2026-11-01"
}

extension ChainDigest: ArgumentValue {
    public init?(argument: String) { self.init(argument) }
    static let expected = "a digest as printed by coach verify --digest, like coach1-1234-<64 hex digits>"
}

extension Stage: ArgumentValue {
    static var expected: String { Stage.allCases.map(\.rawValue).joined(separator: ", ") }
}

extension Nature: ArgumentValue {
    static var expected: String { "ordinary or urgent" }
}

extension ReplyChannel: ArgumentValue {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    static var expected: String { ReplyChannel.allCases.map(\.rawValue).joined(separator: ", ") }
}

/// An action on a case, by any of its words (`feedback`, `結果`, `follow-up`, `回訪`…).
extension CaseAction: ArgumentValue {
    public init?(argument: String) {
        guard let action = CaseRequest.actionWords[argument.lowercased()] else { return nil }
        self = action
    }
    public static var allValueStrings: [String] { CaseRequest.completions }
    static var expected: String { "an action: " + CaseRequest.completions.joined(separator: ", ") }
}

extension Language: ExpressibleByArgument {}

/// A calendar month, `2026-11`, in the organisation's time zone.
struct Month: ArgumentValue, Comparable, CustomStringConvertible {
    var year: Int
    var month: Int

    init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month a day falls in.
    init(_ day: LocalDate) {
        self.init(year: day.year, month: day.month)
    }

    init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isWholeNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    static let expected = "a month like 2026-11"

    var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1) }

    /// The month `months` later (earlier when negative).
    func shifted(by months: Int) -> Month {
        let index = year * 12 + (month - 1) + months
        return Month(year: index / 12, month: index % 12 + 1)
    }

    var description: String { String(format: "%04d-%02d", year, month) }

    static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

/// `--override ITEM=RESULT`: a supervisor's score for one item of the scorecard.
struct ScoreOverride: ArgumentValue {
    var item: ScoreItem
    var result: ScoreResult

    init?(argument: String) {
        let parts = argument.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let item = ScoreItem(rawValue: parts[0]), let result = ScoreResult(rawValue: parts[1]) else { return nil }
        self.item = item
        self.result = result
    }

    static var expected: String {
        "ITEM=RESULT, e.g. g5=met; items: \(ScoreItem.allCases.map(\.rawValue).joined(separator: ", ")); "
            + "results: \(ScoreResult.allCases.map(\.rawValue).joined(separator: ", "))"
    }
}
