/// A word list keyed as a `FactLine` is, for finding a word at a position. A word that begins or
/// ends with an ASCII letter or digit is found whole only ("rent" not in "current"), as
/// `TermMatch` finds words.
struct FactWords: Sendable {
    /// The words by their first character, longest first, so a position is tried only against
    /// the words that could start there (this runs on every line typed).
    private let byFirst: [UInt32: [Word]]
    private let longest: Int
    /// A bit for each first scalar (modulo 1024), so most positions are passed over without
    /// looking the dictionary up: most lists are tried at every position of every line.
    private let firsts: [UInt64]

    /// A word keyed, and each of its characters as a plain scalar or 0 (see `FactLine.plain`).
    private struct Word: Sendable {
        let characters: [Character]
        let plain: [UInt32]
    }

    init(_ list: [String]) {
        // By hand rather than Dictionary(grouping:) and mapValues: the lists are made on the first
        // line typed, and the generic calls cost more than the words.
        var byFirst: [UInt32: [Word]] = [:]
        for word in list {
            let characters = FactLine.keyed(word)
            guard let first = characters.first else { continue }
            byFirst[FactLine.code(first), default: []].append(Word(characters: characters, plain: characters.map(FactLine.plain)))
        }
        var longest = 0
        for (first, words) in byFirst {
            byFirst[first] = words.sorted { $0.characters.count > $1.characters.count }
            longest = max(longest, words.map { $0.characters.count }.max() ?? 0)
        }
        self.byFirst = byFirst
        self.longest = longest
        var firsts = [UInt64](repeating: 0, count: 16)
        for first in byFirst.keys { firsts[Int(first & 1023) >> 6] |= 1 << (first & 63) }
        self.firsts = firsts
    }

    /// The words that may start at `i`: those of its first scalar.
    private func words(at i: Int, in line: FactLine) -> [Word]? {
        guard let first = line.code(i), firsts[Int(first & 1023) >> 6] & (1 << (first & 63)) != 0 else { return nil }
        return byFirst[first]
    }

    /// The longest word that starts at `i`, keyed.
    func match(in line: FactLine, at i: Int) -> [Character]? {
        words(at: i, in: line)?.first { line.has($0.characters, plain: $0.plain, at: i) && !cutsWord($0.characters, at: i, in: line) }?.characters
    }

    /// The length of the longest word that starts at `i`.
    func length(in line: FactLine, at i: Int) -> Int? { match(in: line, at: i)?.count }

    /// The first word in `range`: where it starts and how long it is.
    func first(in line: FactLine, _ range: Range<Int>) -> (at: Int, length: Int)? {
        for i in range {
            if let length = length(in: line, at: i), i + length <= range.upperBound { return (i, length) }
        }
        return nil
    }

    /// Where the last word in `range` that ends inside it starts.
    func last(in line: FactLine, _ range: Range<Int>) -> (at: Int, length: Int)? {
        for i in range.reversed() {
            if let length = length(in: line, at: i), i + length <= range.upperBound { return (i, length) }
        }
        return nil
    }

    /// Whether a word ends at `end`, or at most `gap` characters before it, without leaving `clause`.
    func endsNear(_ end: Int, gap: Int, in line: FactLine, clause: Range<Int>) -> Bool {
        for e in stride(from: end, through: max(clause.lowerBound, end - gap), by: -1) {
            for start in max(clause.lowerBound, e - longest)..<e {
                guard let words = words(at: start, in: line) else { continue }
                if words.contains(where: { $0.characters.count == e - start && line.has($0.characters, plain: $0.plain, at: start)
                    && !cutsWord($0.characters, at: start, in: line) }) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether `word` at `i` is only part of a longer ASCII word.
    private func cutsWord(_ word: [Character], at i: Int, in line: FactLine) -> Bool {
        func isWordCharacter(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
        return (isWordCharacter(word.first) && line.isWordCharacter(i - 1))
            || (isWordCharacter(word.last) && line.isWordCharacter(i + word.count))
    }
}
