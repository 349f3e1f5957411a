import CaseEvents
import ComplaintDomain
import Foundation

/// How a call was handled, item by item against the guidelines and the record, each with the
/// transcript line that shows it. The same card scores a training call and a real one.
public struct Scorecard: Codable, Equatable, Sendable {
    public typealias Result = ScoreResult
    public typealias Item = ScoreItem

    /// A transcript event offered as evidence: its place in the transcript, when, and the event.
    public struct Evidence: Codable, Equatable, Sendable {
        public var index: Int
        public var at: Date
        public var kind: TranscriptEvent.Kind
        /// Nil only in a card saved by an earlier Coach, which kept the line's words instead.
        public var event: CaseEvent?
        public var text: String?

        public init(index: Int, at: Date, kind: TranscriptEvent.Kind, event: CaseEvent) {
            self.index = index
            self.at = at
            self.kind = kind
            self.event = event
        }
    }

    public struct Line: Codable, Equatable, Sendable {
        public var item: Item
        public var result: Result
        public var evidence: Evidence?
        public var reason: ScoreReason
        /// What the line counts for: the item's own weight, or the one its rubric gives it (a
        /// live call weighs its items differently from a drill). Kept with the line, so a card
        /// saved today adds up the same way after the weights change.
        public var weight: Double
        /// The result rests only on what staff reported (a `y` at "did you say it?"), not on
        /// anything Coach saw typed or done: shown as reported, and it earns half its credit.
        public var reported: Bool

        public init(item: Item, result: Result, evidence: Evidence?, reason: ScoreReason, weight: Double? = nil, reported: Bool = false) {
            self.item = item
            self.result = result
            self.evidence = evidence
            self.reason = reason
            self.weight = weight ?? item.weight
            self.reported = reported
        }

        /// Whether the result stands on a report: not once a reviewer set it on their own
        /// judgement, and not for an item that does not apply.
        public var restsOnReport: Bool {
            if case .overridden = reason { return false }
            return reported && result != .notApplicable
        }

        /// The share of its weight the line earns: partly is half, and what rests on a report
        /// half again.
        public var credit: Double {
            let base: Double = switch result {
            case .met, .notApplicable: 1
            case .partly: 0.5
            case .missed: 0
            }
            return restsOnReport ? base / 2 : base
        }

        private enum CodingKeys: String, CodingKey { case item, result, evidence, reason, weight, reported }

        /// Cards saved before reasons were data keep their words; before weights and reports
        /// were kept, a line weighs its item's weight and rests on what Coach saw.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            item = try c.decode(Item.self, forKey: .item)
            result = try c.decode(Result.self, forKey: .result)
            evidence = try c.decodeIfPresent(Evidence.self, forKey: .evidence)
            reason = try (try? c.decode(ScoreReason.self, forKey: .reason)) ?? .words(c.decode(String.self, forKey: .reason))
            weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? item.weight
            reported = try c.decodeIfPresent(Bool.self, forKey: .reported) ?? false
        }

        /// A line as its item weighs it and as Coach saw it is written as before.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(item, forKey: .item)
            try c.encode(result, forKey: .result)
            try c.encodeIfPresent(evidence, forKey: .evidence)
            try c.encode(reason, forKey: .reason)
            if weight != item.weight { try c.encode(weight, forKey: .weight) }
            if reported { try c.encode(reported, forKey: .reported) }
        }
    }

    /// How the total treats a line that does not apply.
    public enum Scale: String, Codable, Sendable {
        /// Out of the items that applied: a drill's card, as it has always been added up.
        case applicable
        /// Every item counts and one that does not apply loses nothing: a live call's card,
        /// so marking an item not applicable can never lower the score.
        case whole
    }

    public var lines: [Line]
    /// Accepting a gift fails the call whatever the points (guideline 11).
    public var failed: Bool
    public var scale: Scale

    public init(lines: [Line], failed: Bool, scale: Scale = .applicable) {
        self.lines = lines
        self.failed = failed
        self.scale = scale
    }

    private enum CodingKeys: String, CodingKey { case lines, failed, scale }

    /// Cards saved before live calls had their own scale were added up over what applied.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lines = try c.decode([Line].self, forKey: .lines)
        failed = try c.decode(Bool.self, forKey: .failed)
        scale = try c.decodeIfPresent(Scale.self, forKey: .scale) ?? .applicable
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(lines, forKey: .lines)
        try c.encode(failed, forKey: .failed)
        if scale != .applicable { try c.encode(scale, forKey: .scale) }
    }

    /// Out of 100: each line's weight times its credit (met 1, partly ½, reported half of
    /// that), over the weight of the lines that count — those that apply, or on the whole
    /// scale every line, a line that does not apply earning its full weight.
    public var total: Int {
        let counted = scale == .whole ? lines : lines.filter { $0.result != .notApplicable }
        let possible = counted.reduce(0) { $0 + $1.weight }
        guard possible > 0 else { return 0 }
        let earned = counted.reduce(0.0) { $0 + $1.weight * $1.credit }
        return Int((earned / possible * 100).rounded())
    }

    public func line(_ item: Item) -> Line? {
        lines.first { $0.item == item }
    }
}
