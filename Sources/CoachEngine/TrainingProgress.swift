/// A trainee's scorecards read together: how each item goes on average, the latest result,
/// and the first and latest totals.
public struct TrainingProgress: Sendable {
    public struct Row: Equatable, Sendable {
        public var item: Scorecard.Item
        /// Met counts 100, partly 50, missed 0, over the calls where the item applied.
        public var average: Int
        public var latest: Scorecard.Result
        public var count: Int
    }

    public let cards: [Scorecard]

    public init(cards: [Scorecard]) {
        self.cards = cards
    }

    /// Every item that applied at least once, the weakest first (ties: the guidelines' order).
    public var weakestFirst: [Row] {
        Scorecard.Item.allCases.compactMap { item -> Row? in
            let results = cards.compactMap { $0.line(item)?.result }.filter { $0 != .notApplicable }
            guard let latest = results.last else { return nil }
            let sum = results.reduce(0) { $0 + ($1 == .met ? 100 : $1 == .partly ? 50 : 0) }
            return Row(item: item, average: sum / results.count, latest: latest, count: results.count)
        }.enumerated().sorted { a, b in
            a.element.average != b.element.average ? a.element.average < b.element.average : a.offset < b.offset
        }.map(\.element)
    }

    public var trend: (first: Int, latest: Int)? {
        guard let first = cards.first, let latest = cards.last, cards.count > 1 else { return nil }
        return (first.total, latest.total)
    }
}
