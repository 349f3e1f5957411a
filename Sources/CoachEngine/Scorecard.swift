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

        public init(item: Item, result: Result, evidence: Evidence?, reason: ScoreReason) {
            self.item = item
            self.result = result
            self.evidence = evidence
            self.reason = reason
        }

        private enum CodingKeys: String, CodingKey { case item, result, evidence, reason }

        /// Cards saved before reasons were data keep their words.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            item = try c.decode(Item.self, forKey: .item)
            result = try c.decode(Result.self, forKey: .result)
            evidence = try c.decodeIfPresent(Evidence.self, forKey: .evidence)
            reason = try (try? c.decode(ScoreReason.self, forKey: .reason)) ?? .words(c.decode(String.self, forKey: .reason))
        }
    }

    public var lines: [Line]
    /// Accepting a gift fails the call whatever the points (guideline 11).
    public var failed: Bool

    /// Out of 100, over the items that apply; partly counts half.
    public var total: Int {
        let applicable = lines.filter { $0.result != .notApplicable }
        let possible = applicable.reduce(0) { $0 + $1.item.weight }
        guard possible > 0 else { return 0 }
        let earned = applicable.reduce(0.0) { sum, line in
            sum + line.item.weight * (line.result == .met ? 1 : line.result == .partly ? 0.5 : 0)
        }
        return Int((earned / possible * 100).rounded())
    }

    public func line(_ item: Item) -> Line? {
        lines.first { $0.item == item }
    }
}
