/// The estate's house rules, found by number, by what a caller says, or by a word staff type.
public struct HouseRules: Sendable, Equatable {
    /// In number order.
    public var all: [HouseRule] { didSet { terms = Self.index(all) } }
    /// Every rule's terms folded and indexed once, not on every typed line, with whose they are.
    private var terms: (index: TermIndex, rule: [Int])

    public init(_ all: [HouseRule] = []) {
        self.all = all.sorted { $0.number < $1.number }
        terms = Self.index(self.all)
    }

    private static func index(_ all: [HouseRule]) -> (index: TermIndex, rule: [Int]) {
        (TermIndex(all.flatMap { $0.terms.map(TermMatch.fold) }), all.indices.flatMap { rule in all[rule].terms.map { _ in rule } })
    }

    public static func == (a: HouseRules, b: HouseRules) -> Bool { a.all == b.all }

    public func rule(_ number: Int) -> HouseRule? {
        all.first { $0.number == number }
    }

    /// The rules whose terms appear in what was said or typed, in number order.
    public func mentioned(in text: String) -> [HouseRule] {
        var mentioned = [Bool](repeating: false, count: all.count)
        for (term, found) in terms.index.found(in: TermMatch.fold(text)).enumerated() where found {
            mentioned[terms.rule[term]] = true
        }
        return all.indices.filter { mentioned[$0] }.map { all[$0] }
    }

    /// The rules a word staff type looks for (`:rule 裝修`, `:rule pet`), best first: those with
    /// a term or title that is the word; then those it names otherwise — a term or title holds
    /// it (any part of a word: staff type `renov`), or it holds a term; then those whose text
    /// holds it. Number order within each. Empty for a blank word.
    public func find(_ word: String) -> [HouseRule] {
        let wanted = TermMatch.fold(word)
        guard !wanted.isEmpty else { return [] }
        func names(_ rule: HouseRule) -> [String] {
            (rule.terms + Language.allCases.map { rule.title[$0] }).map(TermMatch.fold)
        }
        func rank(_ rule: HouseRule) -> Int? {
            let names = names(rule)
            if names.contains(wanted) { return 0 }
            if names.contains(where: { $0.contains(wanted) || TermMatch.contains(wanted, term: $0) }) { return 1 }
            if Language.allCases.contains(where: { TermMatch.fold(rule.text[$0]).contains(wanted) }) { return 2 }
            return nil
        }
        return all.compactMap { rule in rank(rule).map { (rule, $0) } }
            .sorted { ($0.1, $0.0.number) < ($1.1, $1.0.number) }
            .map(\.0)
    }
}
