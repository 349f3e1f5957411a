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
        // Foundation's string calls: every term of the file is compiled at each start.
        parts = Self.parts(of: written)
            .map { part in
                part.split(separator: "|").map { alternative in
                    Word(written: String(alternative.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()),
                         scalars: Array(TermMatch.fold(String(alternative)).unicodeScalars))
                }.filter { !$0.scalars.isEmpty }
            }.filter { !$0.isEmpty }
    }

    /// The text between `…` or `...` marks, scanned by hand: the generic splitting calls look up
    /// types at run time on every call, and hundreds of terms are compiled at each start.
    private static func parts(of written: String) -> [Substring] {
        var parts: [Substring] = []
        var start = written.startIndex
        var index = start
        while index < written.endIndex {
            let rest = written[index...]
            let mark = rest.first == "…" ? 1 : rest.hasPrefix("...") ? 3 : 0
            if mark > 0 {
                parts.append(written[start..<index])
                index = written.index(index, offsetBy: mark)
                start = index
            } else {
                index = written.index(after: index)
            }
        }
        parts.append(written[start...])
        return parts
    }

    /// What the staff member is shown when the pattern is found with every part accepted by
    /// `counts` (not negated, not inside an exception): the file's own words, or for a pattern of
    /// several parts or alternatives the ones found (`𨋢…困咗`); nil when it is not found.
    func found(in text: FoldedText, where counts: (Range<Int>) -> Bool) -> String? {
        guard let firstPart = parts.first else { return nil }
        let firsts = places(of: firstPart, in: text).filter { counts($0.range) }
        guard !firsts.isEmpty else { return nil }
        let later = parts.dropFirst().map { part in places(of: part, in: text).filter { counts($0.range) } }
        guard let chain = firsts.lazy.compactMap({ chain(from: $0, through: later, in: text) }).first else { return nil }
        if parts.count == 1, parts[0].count == 1 { return written }
        return chain.map(\.word.written).joined(separator: "…")
    }

    /// What an exception covers: its parts where they stand, and for `A…B` every B after an A in
    /// the same sentence (食煙…煙: once someone is smoking, the smoke after it is theirs).
    func covered(in text: FoldedText) -> [Range<Int>] {
        let spots = parts.map { places(of: $0, in: text) }
        guard let firsts = spots.first, let lasts = spots.last else { return [] }
        guard spots.count > 1 else { return firsts.map(\.range) }
        var covered: [Range<Int>] = []
        for first in firsts {
            guard let chain = chain(from: first, through: spots.dropFirst().dropLast(), in: text),
                  let reached = chain.last?.range.upperBound else { continue }
            let sentenceEnd = text.sentenceEnd(after: first.range.lowerBound)
            let after = lasts.filter { $0.range.lowerBound >= reached && $0.range.upperBound <= sentenceEnd }
            if !after.isEmpty { covered += (chain + after).map(\.range) }
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
        part.flatMap { word in text.ranges(of: word.scalars).map { Place(range: $0, word: word) } }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
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
