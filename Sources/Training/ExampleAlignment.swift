/// How closely an example stands in a line: its words in order, from its first word to its last,
/// with a few words of the line allowed between them (不關我們事 hears 不關我事, 紅包我先收着 hears
/// 紅包我收着) and, in a longer example, a word in the middle left out. Each word of the example
/// matched earns `matchWeight`, and each left out costs `deletionCost`; each word of the line inside
/// the match that the example does not have costs `insertionCost`, and a clause boundary crossed
/// costs as much as a word earns. The
/// first and last words must be there, so "thank you for the thought" is not heard in "thank you
/// for the gift". Examples of one or two words must stand whole and together: 明白 is never heard in
/// 明天白天.
struct ExampleAlignment {
    static let matchWeight: Int32 = 20
    static let insertionCost: Int32 = 6
    /// So that a five-word example missing a word (我們處理 for 我們會處理) is not heard.
    static let deletionCost: Int32 = 4

    /// The score, out of `ExampleAlignment.weight(of:)` of the example.
    let score: Int32
    /// The line's tokens from the first matched to the last.
    let span: Range<Int>

    /// The most the example can earn: its words, not its boundaries.
    static func weight(of example: [Int32]) -> Int32 {
        Int32(example.lazy.filter { $0 != LineTokens.boundary }.count) * matchWeight
    }

    /// The best alignment of the whole example with a part of the line (Smith-Waterman with the
    /// example global and the line local), or nil if its first and last words are not in the line.
    static func best(_ example: [Int32], in line: [Int32]) -> ExampleAlignment? {
        let n = example.count, m = line.count
        guard n > 0, m > 0 else { return nil }
        let words = example.lazy.filter { $0 != LineTokens.boundary }.count
        let gapsAllowed = words > 2
        let width = m + 1
        // score[i * width + j]: the best for example[..<i] ending at line position j, and start: where
        // its span starts; -1 where no alignment can end (nothing matched yet, or the first word left out).
        var score = [Int32](repeating: 0, count: (n + 1) * width)
        var start = [Int32](repeating: -1, count: (n + 1) * width)
        for i in 1...n {
            let word = example[i - 1]
            let earns = word == LineTokens.boundary ? 0 : matchWeight
            // The first and last words cannot be left out; a boundary always can.
            let mayLeaveOut = word == LineTokens.boundary || (i > 1 && i < n)
            for j in 0...m {
                let here = i * width + j
                var best = Int32.min, from: Int32 = -1
                if mayLeaveOut, start[here - width] >= 0 {
                    (best, from) = (score[here - width] - (word == LineTokens.boundary ? 0 : deletionCost), start[here - width])
                }
                if j > 0 {
                    let diagonal = here - width - 1
                    if line[j - 1] == word, i == 1 || start[diagonal] >= 0, score[diagonal] + earns >= best {
                        best = score[diagonal] + earns
                        from = i == 1 ? Int32(j - 1) : start[diagonal]
                    }
                    // A word of the line inside the match.
                    if gapsAllowed, start[here - 1] >= 0 {
                        let cost = line[j - 1] == LineTokens.boundary ? matchWeight : insertionCost
                        if score[here - 1] - cost > best {
                            best = score[here - 1] - cost
                            from = start[here - 1]
                        }
                    }
                }
                if from >= 0 { (score[here], start[here]) = (best, from) }
            }
        }
        var found: ExampleAlignment?
        for j in 1...m {
            let here = n * width + j
            guard start[here] >= 0, score[here] > found?.score ?? Int32.min else { continue }
            found = ExampleAlignment(score: score[here], span: Int(start[here])..<j)
        }
        return found
    }
}
