/// The grammar's `same_as` words made ready for reading, and how an English word is read: its
/// contraction opened (I'll → i will, won't → will not), a same-as word replaced (cannot → can
/// not), then its ending cut (apologised, apologising → apologis), so that examples and lines
/// written differently meet. Keys and values are folded as lines are, once, when the lexicon is made.
struct SameAsTable: Sendable {
    private struct Replacement: Sendable {
        let key: [Unicode.Scalar]
        let value: [Unicode.Scalar]
    }

    /// Chinese keys by their first scalar, longest first: 唔該 is tried before 唔.
    private var chineseKeys: [Unicode.Scalar: [Replacement]] = [:]
    private var englishWords: [String: [String]] = [:]

    init(_ sameAs: [String: String]) {
        for (key, value) in sameAs.sorted(by: { $0.key < $1.key }) {
            let folded = SpokenText.fold(key).scalars
            guard let first = folded.first else { continue }
            if folded.allSatisfy(\.isASCII) {
                let word = String(String.UnicodeScalarView(folded))
                englishWords[word] = value.lowercased().split(separator: " ").map(String.init)
            } else {
                chineseKeys[first, default: []].append(Replacement(key: folded, value: SpokenText.fold(value).scalars))
            }
        }
        for (first, list) in chineseKeys {
            chineseKeys[first] = list.sorted { $0.key.count > $1.key.count }
        }
    }

    /// Chinese same-as words replaced, left to right, longest first; a replacement is not read
    /// again. Each scalar put in comes from the characters its key came from.
    func chinese(_ scalars: [Unicode.Scalar], _ from: [Int]) -> ([Unicode.Scalar], [Int]) {
        guard !chineseKeys.isEmpty else { return (scalars, from) }
        var out: [Unicode.Scalar] = []
        var outFrom: [Int] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        scan: while i < scalars.count {
            if let candidates = chineseKeys[scalars[i]] {
                for r in candidates where i + r.key.count <= scalars.count && scalars[i..<(i + r.key.count)].elementsEqual(r.key) {
                    out += r.value
                    // A longer value than key spreads over the key's characters.
                    let last = i + r.key.count - 1
                    outFrom += r.value.indices.map { from[min(i + $0, last)] }
                    i += r.key.count
                    continue scan
                }
            }
            out.append(scalars[i])
            outFrom.append(from[i])
            i += 1
        }
        return (out, outFrom)
    }

    /// The words an English word (folded, with any apostrophe) is read as; a number word (two,
    /// thirty) is read as `SameAsTable.number`, as digits are.
    func english(_ word: String) -> [String] {
        Self.opened(word).flatMap { englishWords[$0] ?? [$0] }.map { Self.numbers.contains($0) ? Self.number : Self.stem($0) }
    }

    /// What a number word is read as: not a word any text can hold.
    static let number = "#"

    private static let numbers: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                               "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty"]

    /// Subjects whose 's is "is" (it's, that's), not a possessive (the tenant's).
    private static let isSubjects: Set<String> = ["it", "that", "there", "what", "here", "he", "she", "who", "where", "how", "this"]

    private static func opened(_ word: String) -> [String] {
        if word.hasSuffix("n't") {
            let base = String(word.dropLast(3))
            let irregular = ["won": "will", "can": "can", "shan": "shall", "ain": "is"]
            return [irregular[base] ?? base, "not"]
        }
        guard let apostrophe = word.firstIndex(of: "'") else { return [word] }
        let base = String(word[..<apostrophe])
        switch word[word.index(after: apostrophe)...] {
        case "ll": return [base, "will"]
        case "re": return [base, "are"]
        case "ve": return [base, "have"]
        case "m": return [base, "am"]
        case "d": return [base, "would"]
        case "s" where base == "let": return ["let", "us"]
        case "s" where isSubjects.contains(base): return [base, "is"]
        default: return [base]
        }
    }

    /// A crude cut of English endings, the same on both sides, never leaving fewer than four
    /// letters (so noted stays noted rather than becoming not).
    static func stem(_ word: String) -> String {
        guard word.count > 4, word.allSatisfy(\.isASCII) else { return word }
        var w = word
        if w.hasSuffix("ies") {
            w = String(w.dropLast(3)) + "y"
        } else if w.hasSuffix("ing"), w.count - 3 >= 4 {
            w.removeLast(3)
        } else if w.hasSuffix("ed"), w.count - 2 >= 4 {
            w.removeLast(2)
        } else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"), w.count - 1 >= 4 {
            w.removeLast()
        }
        if w.count > 4, w.hasSuffix("e") { w.removeLast() }
        return w
    }
}
