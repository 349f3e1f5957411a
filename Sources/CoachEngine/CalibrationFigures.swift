import CaseEvents
import ComplaintDomain
import Foundation

/// How far supervisors who scored the same calls agree: per criterion, each pair's percent
/// agreement and Cohen's kappa and, across all of them, the mean of the pairs' kappas (Light's
/// kappa, which allows calls scored by different supervisors); the calls they disagreed on
/// most; and each supervisor against the others' majority. Only calls scored by two or more
/// count.
public struct CalibrationFigures: Sendable {
    /// Two supervisors on one criterion, over the calls both scored on it.
    public struct Pair: Sendable, Equatable {
        public var first: String
        public var second: String
        public var calls: Int
        public var agreement: Double
        /// Nil when both gave one and the same result throughout: agreement beyond chance cannot be told.
        public var kappa: Double?
    }

    public struct Criterion: Sendable, Equatable {
        public var item: ScoreItem
        public var pairs: [Pair]
        /// Of every two marks given on the same call, the share that agree.
        public var agreement: Double
        /// The mean of the pairs' kappas that can be told; nil when none can.
        public var meanKappa: Double?
    }

    /// One call and how its supervisors split.
    public struct Disagreement: Sendable, Equatable {
        public struct Split: Sendable, Equatable {
            public var item: ScoreItem
            /// Each supervisor's result, in the supervisors' order, with the reason they gave.
            public var results: [(reviewer: String, result: ScoreResult, reason: String?)]

            public static func == (a: Split, b: Split) -> Bool {
                a.item == b.item && a.results.map(\.reviewer) == b.results.map(\.reviewer) && a.results.map(\.result) == b.results.map(\.result)
            }
        }

        public var caseNumber: CaseNumber
        public var reviewers: [String]
        /// Of every two marks on the call, item by item, the share that differ.
        public var share: Double
        /// The items they did not all agree on.
        public var splits: [Split]
    }

    /// One supervisor against the others: on each item of each call where the other
    /// supervisors who scored it have a majority result (a tie has none), whether theirs is it.
    public struct Reviewer: Sendable, Equatable {
        public var id: String
        public var calls: Int
        public var compared: Int
        public var withMajority: Double?
        /// Cohen's kappa between their results and the others' majority.
        public var kappa: Double?
    }

    public let reviewers: [String]
    /// Calls scored by two or more supervisors.
    public let calls: [CaseNumber]
    public let criteria: [Criterion]
    /// The calls with any disagreement, the widest first.
    public let widest: [Disagreement]
    public let againstGroup: [Reviewer]

    public init(cards: [CalibrationCard]) {
        let byCall = Dictionary(grouping: cards, by: \.caseNumber).filter { $0.value.count >= 2 }
        let calls = byCall.keys.sorted { $0.description < $1.description }
        let shared = calls.flatMap { byCall[$0]! }
        let reviewers = Set(shared.map(\.reviewer)).sorted()
        self.calls = calls
        self.reviewers = reviewers
        let items = ScoreItem.allCases.filter { item in shared.contains { $0.result(item) != nil } }

        criteria = items.map { item in
            var pairs: [Pair] = []
            var agreeing = 0, compared = 0
            for (i, first) in reviewers.enumerated() {
                for second in reviewers.dropFirst(i + 1) {
                    let both = calls.compactMap { call -> (ScoreResult, ScoreResult)? in
                        let cards = byCall[call]!
                        guard let a = cards.first(where: { $0.reviewer == first })?.result(item),
                              let b = cards.first(where: { $0.reviewer == second })?.result(item) else { return nil }
                        return (a, b)
                    }
                    guard let (agreement, kappa) = Agreement.cohen(both.map(\.0), both.map(\.1)) else { continue }
                    pairs.append(Pair(first: first, second: second, calls: both.count, agreement: agreement, kappa: kappa))
                    agreeing += both.filter { $0.0 == $0.1 }.count
                    compared += both.count
                }
            }
            let kappas = pairs.compactMap(\.kappa)
            return Criterion(item: item, pairs: pairs, agreement: compared == 0 ? 0 : Double(agreeing) / Double(compared),
                             meanKappa: kappas.isEmpty ? nil : kappas.reduce(0, +) / Double(kappas.count))
        }

        widest = calls.compactMap { call -> Disagreement? in
            let cards = byCall[call]!.sorted { $0.reviewer < $1.reviewer }
            var differing = 0, compared = 0
            var splits: [Disagreement.Split] = []
            for item in items {
                let results = cards.compactMap { card in
                    card.marks.first { $0.item == item }.map { (reviewer: card.reviewer, result: $0.result, reason: $0.reason) }
                }
                for (i, a) in results.enumerated() {
                    for b in results.dropFirst(i + 1) {
                        compared += 1
                        if a.result != b.result { differing += 1 }
                    }
                }
                if Set(results.map(\.result)).count > 1 { splits.append(.init(item: item, results: results)) }
            }
            guard differing > 0 else { return nil }
            return Disagreement(caseNumber: call, reviewers: cards.map(\.reviewer), share: Double(differing) / Double(compared), splits: splits)
        }.sorted { $0.share != $1.share ? $0.share > $1.share : $0.caseNumber.description < $1.caseNumber.description }

        againstGroup = reviewers.map { id in
            var theirs: [ScoreResult] = [], majority: [ScoreResult] = []
            var scored = 0
            for call in calls {
                let cards = byCall[call]!
                guard let card = cards.first(where: { $0.reviewer == id }) else { continue }
                scored += 1
                let others = cards.filter { $0.reviewer != id }
                for mark in card.marks {
                    guard let most = Agreement.majority(others.compactMap { $0.result(mark.item) }) else { continue }
                    theirs.append(mark.result)
                    majority.append(most)
                }
            }
            let figures = Agreement.cohen(theirs, majority)
            return Reviewer(id: id, calls: scored, compared: theirs.count, withMajority: figures?.agreement, kappa: figures?.kappa ?? nil)
        }
    }
}
