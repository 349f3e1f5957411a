/// Where a line's negating words stand (唔, 冇, not, never), those that only look like one (不過,
/// 非常, 唔該) left out, so that a match can say whether it is negated: 唔係你嘅錯 is not blame, 我唔會
/// 推卸 is not passing the buck, it's not your fault is not blame. A negation bears on a match when
/// it stands inside it, or just before it with only `between` words in the way (唔**係**你嘅錯,
/// not **at all** your fault); never across a clause boundary.
struct NegationMarks {
    /// Each negating word, start to end.
    private var negations: [Range<Int>] = []
    /// The `between` words, by where they end.
    private var betweenEndingAt: [Int: [Int]] = [:]

    init(_ tokens: LineTokens, _ words: HearingIndex.GrammarWords) {
        // Only words whose first token the line has are looked for: most lines have few of them.
        let present = Set(tokens.ids)
        func found(_ list: [[Int32]]) -> [Range<Int>] {
            list.filter { present.contains($0[0]) }.flatMap { tokens.occurrences(of: $0) }
        }
        let void = found(words.notNegation)
        negations = found(words.negation).filter { negation in !void.contains { $0.contains(negation) } }
        for between in found(words.between) {
            betweenEndingAt[between.upperBound, default: []].append(between.lowerBound)
        }
    }

    /// How many negations bear on the tokens of `span`: those inside it, and one reaching it from
    /// just before. Only the evenness counts: a match stands when it has as many as its example.
    func count(in span: Range<Int>) -> Int {
        let inside = negations.filter { span.contains($0.lowerBound) }.count
        return inside + (reaches(span.lowerBound) ? 1 : 0)
    }

    /// A single-token negating word at `position` (不 of 係唔係, 没 of 有冇).
    func isSingleNegation(at position: Int) -> Bool {
        negations.contains { $0 == position..<(position + 1) }
    }

    /// Whether a negation ends at `position`, or before it with only `between` words after it.
    func reaches(_ position: Int) -> Bool {
        var frontier: Set<Int> = [position]
        var seen: Set<Int> = []
        while let end = frontier.popFirst() {
            if negations.contains(where: { $0.upperBound == end }) { return true }
            seen.insert(end)
            for start in betweenEndingAt[end] ?? [] where !seen.contains(start) { frontier.insert(start) }
        }
        return false
    }
}
