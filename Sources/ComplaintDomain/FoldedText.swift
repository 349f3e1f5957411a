/// A description folded once as `TermMatch.fold` folds it, into Unicode scalars, so the hundreds
/// of terms of the urgency lexicon are each looked for without folding or copying the text again.
/// Lines are joined by a space, as before (a term may run from one line into the next), but a
/// line break still ends a sentence and a negation's reach.
struct FoldedText {
    let scalars: [Unicode.Scalar]
    /// A bit for each scalar in the text (by its value modulo 1024), so a word whose first scalar
    /// is not there is not scanned for: most of a pattern's alternatives are not in a line.
    private let present: [UInt64]
    /// For each position, where its sentence ends: a line break, or 。！？；!?; or a full stop
    /// before a space. Parts of a term (`A…B`) must stand in one sentence.
    private let sentenceEnds: [Int]
    private let lineBreaks: Set<Int>

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var lineBreaks = Set<Int>()
        // Most descriptions are one typed line: split by Character only when a line break is there.
        let lines = text.unicodeScalars.contains(where: Self.isLineBreak) ? text.split(whereSeparator: \.isNewline) : [text[...]]
        for line in lines {
            let folded = TermMatch.fold(String(line))
            guard !folded.isEmpty else { continue }
            if !scalars.isEmpty { lineBreaks.insert(scalars.count); scalars.append(" ") }
            scalars += folded.unicodeScalars
        }
        self.scalars = scalars
        self.lineBreaks = lineBreaks
        var present = [UInt64](repeating: 0, count: 16)
        for scalar in scalars { present[Int(scalar.value & 1023) >> 6] |= 1 << (scalar.value & 63) }
        self.present = present
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
        guard let first = word.first, word.count <= scalars.count,
              present[Int(first.value & 1023) >> 6] & (1 << (first.value & 63)) != 0 else { return [] }
        // A plain scan: a typed line is a few dozen scalars, fewer than indexing them would cost.
        var ranges: [Range<Int>] = []
        for start in 0...(scalars.count - word.count) where scalars[start] == first {
            let end = start + word.count
            guard scalars[start..<end].elementsEqual(word) else { continue }
            if word.allSatisfy({ $0.isASCII }) {
                if Self.isWordScalar(first), start > 0, Self.isWordScalar(scalars[start - 1]) { continue }
                if Self.isWordScalar(word[word.count - 1]), end < scalars.count, Self.isWordScalar(scalars[end]) { continue }
            }
            ranges.append(start..<end)
        }
        return ranges
    }

    /// Where the sentence holding `position` ends.
    func sentenceEnd(after position: Int) -> Int {
        position < sentenceEnds.count ? sentenceEnds[position] : scalars.count
    }

    /// A space that a negation may reach across: not one that joins two lines.
    func isSpace(at position: Int) -> Bool {
        scalars[position] == " " && !lineBreaks.contains(position)
    }

    /// A scalar that is a line break on its own (`Character.isNewline`).
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
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
