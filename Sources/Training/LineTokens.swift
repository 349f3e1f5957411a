/// A line as the lexicon's token ids, cut into clauses. Id 0 is a clause boundary, 1 a number;
/// a word the lexicon does not know gets an id of its own past the vocabulary (the same word the
/// same id, so 嚟唔嚟 still reads as A-not-A).
struct LineTokens {
    struct Clause {
        /// Token positions, boundaries excluded.
        let range: Range<Int>
        /// Ended by a question mark.
        let asks: Bool
    }

    static let boundary: Int32 = 0
    static let number: Int32 = 1

    let ids: [Int32]
    /// For each token, the characters of the original line it came from.
    let origins: [Range<Int>]
    let clauses: [Clause]

    init(_ text: SpokenText, vocabulary: [String: Int32]) {
        var unknown: [String: Int32] = [:]
        var ids: [Int32] = []
        var clauses: [Clause] = []
        var start = 0
        ids.reserveCapacity(text.pieces.count)
        for (index, piece) in text.pieces.enumerated() {
            switch piece {
            case .boundary(let asks):
                ids.append(Self.boundary)
                if index > start || asks { clauses.append(Clause(range: start..<index, asks: asks)) }
                start = index + 1
            case .number:
                ids.append(Self.number)
            case .word(let word):
                if let id = vocabulary[word] {
                    ids.append(id)
                } else {
                    let id = unknown[word] ?? Int32(vocabulary.count + 2 + unknown.count)
                    unknown[word] = id
                    ids.append(id)
                }
            }
        }
        if start < text.pieces.count { clauses.append(Clause(range: start..<text.pieces.count, asks: false)) }
        self.ids = ids
        self.origins = text.origins
        self.clauses = clauses
    }

    /// Where `word` (a run of ids) stands in the line, within one clause.
    func occurrences(of word: [Int32]) -> [Range<Int>] {
        guard let first = word.first, word.count <= ids.count else { return [] }
        var found: [Range<Int>] = []
        for i in 0...(ids.count - word.count) where ids[i] == first {
            if word.count == 1 || ids[(i + 1)..<(i + word.count)].elementsEqual(word.dropFirst()) {
                found.append(i..<(i + word.count))
            }
        }
        return found
    }

    /// The original characters of a run of tokens.
    func original(_ range: Range<Int>, in line: [Character]) -> String {
        guard !range.isEmpty else { return "" }
        let from = origins[range.lowerBound].lowerBound, to = origins[range.upperBound - 1].upperBound
        return String(line[from..<min(to, line.count)])
    }
}
