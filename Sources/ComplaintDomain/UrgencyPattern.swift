import Foundation

/// A term or an exception of guidance/urgency.yaml, folded once. `A…B` (or `A...B`) is parts that
/// must stand in this order in one sentence, other words between them, and `|` gives a part
/// alternatives: `𨋢|升降機…困咗|困住` finds 𨋢壞咗有人困咗喺入面 without a term for every way of
/// saying it.
struct UrgencyPattern: Sendable, Equatable {
    /// One alternative of a part: as the file writes it, and folded.
    struct Word: Sendable, Equatable {
        let written: String
        let scalars: [Unicode.Scalar]
    }

    /// As the guidance file writes it.
    let written: String
    let parts: [[Word]]

    init(_ written: String) {
        self.written = written
        // NFKC would fold … to "..."; both spellings split here, before folding. Plain Swift, not
        // Foundation's string calls: every term of the file is compiled at each start. A term all
        // of scalars that are characters of their own (Chinese, ASCII, "…": nearly every term) is
        // split byte by byte; any other character by character.
        let marked = Self.holds(written, { $0 == UInt8(ascii: ".") || $0 == 0xE2 })
        let barred = Self.holds(written, { $0 == UInt8(ascii: "|") })
        guard marked || barred else {
            // One word, as most terms are: nothing to split.
            parts = Self.word(written[...]).map { [[$0]] } ?? []
            return
        }
        let plain = written.unicodeScalars.allSatisfy { TermMatch.isStable($0.value) || $0 == "…" }
        parts = Self.split(written, at: !marked ? [] : plain ? Self.plainMarks(in: written) : Self.marks(in: written)).compactMap { part in
            let alternatives = !barred ? [part] : plain ? part.utf8.split(separator: UInt8(ascii: "|")).map { Substring($0) }
                : part.split(separator: "|")
            let words = alternatives.compactMap(Self.word)
            return words.isEmpty ? nil : words
        }
    }

    /// One alternative, trimmed as written and folded to match; nil when nothing is left.
    private static func word(_ alternative: Substring) -> Word? {
        var trimmed = alternative
        while trimmed.utf8.first == UInt8(ascii: " "), trimmed.first == " " { trimmed.removeFirst() }
        while trimmed.utf8.last == UInt8(ascii: " "), trimmed.last == " " { trimmed.removeLast() }
        let text = String(alternative)
        let scalars = Array(TermMatch.fold(text).unicodeScalars)
        let whole = trimmed.startIndex == alternative.startIndex && trimmed.endIndex == alternative.endIndex
        return scalars.isEmpty ? nil : Word(written: whole ? text : String(trimmed), scalars: scalars)
    }

    /// Where the `…` and `...` marks stand, found by hand over the characters: the generic
    /// splitting and prefix calls look up types at run time on every call, and hundreds of terms
    /// are compiled at each start.
    private static func marks(in written: String) -> [Range<String.Index>] {
        var marks: [Range<String.Index>] = []
        var index = written.startIndex
        while index < written.endIndex {
            let next = written.index(after: index)
            if written[index] == "…" {
                marks.append(index..<next)
            } else if written[index] == ".", next < written.endIndex, written[next] == ".",
                      written.index(after: next) < written.endIndex, written[written.index(after: next)] == "." {
                marks.append(index..<written.index(next, offsetBy: 2))
            }
            index = marks.last?.lowerBound == index ? marks[marks.count - 1].upperBound : next
        }
        return marks
    }

    /// `marks` for a term whose every scalar is a character of its own: "…" and "..." by their bytes.
    private static func plainMarks(in written: String) -> [Range<String.Index>] {
        let bytes = Array(written.utf8)
        var marks: [Range<String.Index>] = []
        var i = 0
        while i + 2 < bytes.count {
            let ellipsis = bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6
            let dots = bytes[i] == 0x2E && bytes[i + 1] == 0x2E && bytes[i + 2] == 0x2E
            if ellipsis || dots {
                marks.append(written.utf8.index(written.startIndex, offsetBy: i)..<written.utf8.index(written.startIndex, offsetBy: i + 3))
                i += 3
            } else {
                i += 1
            }
        }
        return marks
    }

    /// Whether any UTF-8 byte of `text` is one `wanted` takes: over the bytes themselves, as a
    /// `String.UTF8View` search costs far more per byte (1,400 terms at each start).
    private static func holds(_ text: String, _ wanted: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(where: wanted) }
    }

    /// The text between the given ranges, which stand in order and do not overlap.
    private static func split(_ text: String, at ranges: [Range<String.Index>]) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        for range in ranges {
            pieces.append(text[start..<range.lowerBound])
            start = range.upperBound
        }
        pieces.append(text[start...])
        return pieces
    }

    /// What the staff member is shown when the pattern is found with every part accepted by
    /// `counts` (not negated, not inside an exception): the file's own words, or for a pattern of
    /// several parts or alternatives the ones found (`𨋢…困咗`); nil when it is not found.
    func found(in text: FoldedText, where counts: (Range<Int>) -> Bool) -> String? {
        let spots = parts.map { places(of: $0, in: text) }
        // A part that stands nowhere leaves the pattern unfound whatever counts: most candidates
        // end here, before their hint's exceptions and the negations are looked for.
        // Closures, not key paths: a key path used as a function is looked up at run time.
        guard !spots.isEmpty, !spots.contains(where: { $0.isEmpty }) else { return nil }
        let firsts = spots[0].filter { counts($0.range) }
        guard !firsts.isEmpty else { return nil }
        let later = spots.dropFirst().map { $0.filter { counts($0.range) } }
        // The first chain there is: a loop, not a lazy chain, whose generic types were looked up
        // at run time on the first line.
        var reached: [Place]?
        for place in firsts where reached == nil { reached = chain(from: place, through: later, in: text) }
        guard let chain = reached else { return nil }
        if parts.count == 1, parts[0].count == 1 { return written }
        return chain.map { $0.word.written }.joined(separator: "…")
    }

    /// What an exception covers: its parts where they stand, and for `A…B` every B after an A in
    /// the same sentence (食煙…煙: once someone is smoking, the smoke after it is theirs).
    func covered(in text: FoldedText) -> [Range<Int>] {
        let spots = parts.map { places(of: $0, in: text) }
        guard let firsts = spots.first, let lasts = spots.last else { return [] }
        guard spots.count > 1 else { return firsts.map { $0.range } }
        var covered: [Range<Int>] = []
        for first in firsts {
            guard let chain = chain(from: first, through: spots.dropFirst().dropLast(), in: text),
                  let reached = chain.last?.range.upperBound else { continue }
            let sentenceEnd = text.sentenceEnd(after: first.range.lowerBound)
            let after = lasts.filter { $0.range.lowerBound >= reached && $0.range.upperBound <= sentenceEnd }
            if !after.isEmpty { covered += (chain + after).map { $0.range } }
        }
        return covered
    }

    /// Where one alternative of a part stands.
    private struct Place {
        let range: Range<Int>
        let word: Word
    }

    /// Where any alternative of a part stands, in the order of the text.
    private func places(of part: [Word], in text: FoldedText) -> [Place] {
        var places: [Place] = []
        for word in part {
            for range in text.ranges(of: word.scalars) { places.append(Place(range: range, word: word)) }
        }
        return places.count > 1 ? places.sorted { $0.range.lowerBound < $1.range.lowerBound } : places
    }

    /// `first`, then the earliest place of each later part after the one before, all in `first`'s
    /// sentence; nil when a part has no place there.
    private func chain(from first: Place, through later: some Sequence<[Place]>, in text: FoldedText) -> [Place]? {
        let sentenceEnd = text.sentenceEnd(after: first.range.lowerBound)
        var chain = [first]
        for places in later {
            let reached = chain[chain.count - 1].range.upperBound
            guard let next = places.first(where: { $0.range.lowerBound >= reached && $0.range.upperBound <= sentenceEnd }) else { return nil }
            chain.append(next)
        }
        return chain
    }
}
