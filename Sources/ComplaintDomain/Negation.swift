/// Words that take a danger back when they stand just before it: 冇人受傷, 沒有煤氣味, 唔係火警,
/// no one is hurt, no smell of gas. Only the words of `between` (人, 聞到, is, a…) and spaces may
/// stand between the negating word and the danger, so a negation never reaches past a comma,
/// 但係 or any other word: 冇人受傷但係成屋都係水 is still flooding, and 冇電𨋢困咗人 or
/// 無端端天花板塌咗 are still dangers. From guidance/urgency.yaml, which an office edits.
public struct Negation: Sendable, Equatable {
    public let words: [String]
    public let between: [String]
    private let folded: [[Unicode.Scalar]]
    private let foldedBetween: [[Unicode.Scalar]]

    /// No word is ever taken back.
    public static let none = Negation(words: [], between: [])

    /// How far before a danger a negating word may end, in folded characters: further than any
    /// run of `between` words a caller would say (沒有任何人, no one has actually been).
    static let reach = 24

    public init(words: [String], between: [String]) {
        self.words = words
        self.between = between
        folded = words.map { Array(TermMatch.fold($0).unicodeScalars) }.filter { !$0.isEmpty }
        foldedBetween = between.map { Array(TermMatch.fold($0).unicodeScalars) }.filter { !$0.isEmpty }
    }

    /// For one description, whether a danger starting at a position is taken back. The negating
    /// words are looked for once, and only when a danger is found: most typed lines name none.
    func negated(in text: FoldedText) -> (Int) -> Bool {
        var ends: Set<Int>?
        return { start in
            let found = ends ?? Set(folded.flatMap { text.ranges(of: $0).map { $0.upperBound } })
            ends = found
            return !found.isEmpty && reachesNegation(from: start, in: text, ends: found)
        }
    }

    /// Walks back from `start` over spaces and `between` words only, and says whether a negating
    /// word ends where the walk can reach.
    private func reachesNegation(from start: Int, in text: FoldedText, ends: Set<Int>) -> Bool {
        if ends.contains(start) { return true }
        let scalars = text.scalars
        let lowest = max(0, start - Self.reach)
        var reachable = [Bool](repeating: false, count: start - lowest + 1)
        reachable[start - lowest] = true
        for position in stride(from: start - 1, through: lowest, by: -1) {
            let ok = (text.isSpace(at: position) && reachable[position + 1 - lowest])
                || foldedBetween.contains { word in
                    let end = position + word.count
                    return end <= start && reachable[end - lowest] && scalars[position..<end].elementsEqual(word)
                        && standsWhole(word, from: position, to: end, in: scalars)
                }
            reachable[position - lowest] = ok
            if ok, ends.contains(position) { return true }
        }
        return false
    }

    /// An English `between` word must be a whole word: "is" is not the end of "this".
    private func standsWhole(_ word: [Unicode.Scalar], from start: Int, to end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard word.allSatisfy({ $0.isASCII }) else { return true }
        if FoldedText.isWordScalar(word[0]), start > 0, FoldedText.isWordScalar(scalars[start - 1]) { return false }
        if FoldedText.isWordScalar(word[word.count - 1]), end < scalars.count, FoldedText.isWordScalar(scalars[end]) { return false }
        return true
    }
}
