/// A description folded once as `TermMatch.fold` folds it, into Unicode scalars, so the hundreds
/// of terms of the urgency lexicon are each looked for without folding or copying the text again.
/// Lines are joined by a space, as before (a term may run from one line into the next), but a
/// line break still ends a sentence and a negation's reach.
struct FoldedText {
    let scalars: [Unicode.Scalar]
    /// Where each scalar stands in `scalars`, so a word is only tried where its first scalar is.
    private let positions: [Unicode.Scalar: [Int]]
    /// For each position, where its sentence ends: a line break, or 。！？；!?; or a full stop
    /// before a space. Parts of a term (`A…B`) must stand in one sentence.
    private let sentenceEnds: [Int]
    private let lineBreaks: Set<Int>

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var lineBreaks = Set<Int>()
        for line in text.split(whereSeparator: \.isNewline) {
            let folded = TermMatch.fold(String(line))
            guard !folded.isEmpty else { continue }
            if !scalars.isEmpty { lineBreaks.insert(scalars.count); scalars.append(" ") }
            scalars += folded.unicodeScalars
        }
        self.scalars = scalars
        self.lineBreaks = lineBreaks
        var positions: [Unicode.Scalar: [Int]] = [:]
        for (index, scalar) in scalars.enumerated() { positions[scalar, default: []].append(index) }
        self.positions = positions
        var ends = [Int](repeating: scalars.count, count: scalars.count)
        var end = scalars.count
        for index in scalars.indices.reversed() {
            if lineBreaks.contains(index) || Self.endsSentence(at: index, in: scalars) { end = index }
            ends[index] = end
        }
        sentenceEnds = ends
    }

    /// Where `word` stands in the text. A word written all in ASCII stands only as a whole word:
    /// no ASCII letter or digit touches it where its own first or last character is one.
    func ranges(of word: [Unicode.Scalar]) -> [Range<Int>] {
        guard let first = word.first, let starts = positions[first] else { return [] }
        let whole = word.allSatisfy(\.isASCII)
        return starts.compactMap { start in
            let end = start + word.count
            guard end <= scalars.count, scalars[start..<end].elementsEqual(word) else { return nil }
            if whole {
                if Self.isWordScalar(first), start > 0, Self.isWordScalar(scalars[start - 1]) { return nil }
                if Self.isWordScalar(word[word.count - 1]), end < scalars.count, Self.isWordScalar(scalars[end]) { return nil }
            }
            return start..<end
        }
    }

    /// Where the sentence holding `position` ends.
    func sentenceEnd(after position: Int) -> Int {
        position < sentenceEnds.count ? sentenceEnds[position] : scalars.count
    }

    /// A space that a negation may reach across: not one that joins two lines.
    func isSpace(at position: Int) -> Bool {
        scalars[position] == " " && !lineBreaks.contains(position)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        default: false
        }
    }

    private static func endsSentence(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        switch scalars[index] {
        case "。", "！", "？", "；", "!", "?", ";": true
        case ".": index + 1 == scalars.count || scalars[index + 1] == " "
        default: false
        }
    }
}
