import ComplaintDomain
import Foundation

/// How a call was handled, item by item against the guidelines and the record, each with the
/// transcript line that shows it. The same card scores a training call and a real one.
public struct Scorecard: Codable, Equatable, Sendable {
    public typealias Result = ScoreResult
    public typealias Item = ScoreItem

    /// A transcript line offered as evidence: its place in the transcript and what it says.
    public struct Evidence: Codable, Equatable, Sendable {
        public var index: Int
        public var at: Date
        public var kind: TranscriptEvent.Kind
        public var text: String
    }

    public struct Line: Codable, Equatable, Sendable {
        public var item: Item
        public var result: Result
        public var evidence: Evidence?
        /// Why, in a few words (English; the card's renderer words it for the reader).
        public var reason: String
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
