import Training

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

    /// The scenario to play next: the one that works hardest on the weakest item not yet mastered
    /// (guideline 12), among those played least; `played` counts the calls per scenario.
    public func next(from scenarios: [Scenario], played: [String: Int]) -> (scenario: Scenario, item: Scorecard.Item?)? {
        let weakest = weakestFirst.first { $0.average < 100 }?.item
        let ranked = scenarios.enumerated().sorted { a, b in
            let (ra, rb) = (weakest.map { Self.works(a.element, on: $0) } ?? 1, weakest.map { Self.works(b.element, on: $0) } ?? 1)
            if ra != rb { return ra > rb }
            let (pa, pb) = (played[a.element.id, default: 0], played[b.element.id, default: 0])
            return pa != pb ? pa < pb : a.offset < b.offset
        }
        guard let best = ranked.first?.element else { return nil }
        return (best, weakest)
    }

    /// How much a scenario exercises an item: 2 when it is built around it, 1 when it applies,
    /// 0 when it does not.
    static func works(_ scenario: Scenario, on item: Scorecard.Item) -> Int {
        let kinds = Set(scenario.moments.map(\.kind.name))
        let suggestion = scenario.expect.kind == .suggestion
        switch item {
        case .g11: return kinds.contains("gift") ? 2 : 0
        case .demands: return kinds.contains("manager") || kinds.contains("compensation") ? 2 : 0
        case .g7: return scenario.expect.coordinate ? 2 : 0
        case .g5: return suggestion || scenario.expect.nature == .urgent ? 0 : scenario.excuseSensitive ? 2 : 1
        case .g3: return !scenario.expect.cause.isEmpty || scenario.facts.contains { $0.field == .realCause } ? 2 : 1
        case .g1, .g6, .mood: return scenario.mood >= .angry || kinds.contains("manager") ? 2 : 1
        case .g4, .g2: return scenario.opening.count >= 3 ? 2 : 1
        case .nature, .routing, .deadline: return suggestion ? 0 : scenario.expect.nature == .ordinary ? 1 : 2
        default: return 1
        }
    }

    public var trend: (first: Int, latest: Int)? {
        guard let first = cards.first, let latest = cards.last, cards.count > 1 else { return nil }
        return (first.total, latest.total)
    }
}
