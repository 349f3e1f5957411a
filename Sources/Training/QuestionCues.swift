/// Whether a line asks the caller something, and what shows it. A clause asks when it holds an
/// asking word (請問, may I ask); a listed question word that is not part of a statement; the
/// A-not-A form (係唔係, 有冇, 可唔可以); a question ending (呢, 嗎, 咩); or a question mark.
///
/// A Chinese question word is part of a statement when an embedding word stands before it in its
/// clause (我唔**知**點解會咁, 我會**查**下幾時), means "any" when an indefinite word follows it closely
/// (幾時方便**都**得), and "none" right after a negation (冇乜嘢). English puts its question word
/// first, so an English one asks only at the start of a clause, after lead-in words (so, sorry):
/// "I'll check when he comes" does not ask.
struct QuestionCues {
    let tokens: LineTokens
    let marks: NegationMarks
    let index: HearingIndex

    /// How close after a question word an indefinite word takes it to mean "any", in tokens.
    static let indefiniteReach = 3

    /// What shows that the line asks: a listed word as written, or the cue as typed; nil for a statement.
    func cue(in line: [Character]) -> String? {
        for clause in tokens.clauses {
            if let cue = cue(in: clause, line) { return cue }
        }
        return nil
    }

    private func cue(in clause: LineTokens.Clause, _ line: [Character]) -> String? {
        let range = clause.range
        // A clause that does not ask may be followed by the "any" of its question word: 您什麼時候方便，我們都可以上門.
        let next = tokens.clauses.first { $0.range.lowerBound > range.upperBound }
        let reachesNext = !clause.asks && next.map { $0.range.lowerBound < $0.range.upperBound } == true
        let asking = index.grammar.asking.flatMap { word in tokens.occurrences(of: word.ids).filter(within(range)).map { ($0, word) } }
        let listed = index.questionWords.flatMap { word in tokens.occurrences(of: word.ids).filter(within(range)).map { ($0, word) } }
        // A word inside a longer one is part of it: the 什麼 that 幾時 reads as (什麼時候) asks nothing alone.
        let whole = listed.filter { found, _ in !listed.contains { $0.0 != found && $0.0.lowerBound <= found.lowerBound && found.upperBound <= $0.0.upperBound } }
        for (found, word) in whole where asking.contains(where: { $0.0.overlaps(found) })
            || asks(found, word, in: range, then: reachesNext ? next?.range : nil) {
            // Of the listed words that read alike (係咪, 係唔係), the one as typed.
            let typed = tokens.original(found, in: line)
            return whole.first { $0.0 == found && $0.1.text == typed }?.1.text ?? word.text
        }
        if let (_, word) = asking.first { return word.text }
        if let found = aNotA(in: range) { return tokens.original(found, in: line) }
        for ending in index.grammar.questionEndings where range.count >= ending.ids.count {
            if tokens.ids[(range.upperBound - ending.ids.count)..<range.upperBound].elementsEqual(ending.ids) { return ending.text }
        }
        if clause.asks, tokens.origins.indices.contains(range.upperBound) {
            return tokens.original(range.upperBound..<(range.upperBound + 1), in: line)
        }
        return clause.asks ? "?" : nil
    }

    private func within(_ range: Range<Int>) -> (Range<Int>) -> Bool {
        { range.lowerBound <= $0.lowerBound && $0.upperBound <= range.upperBound }
    }

    /// Whether a listed question word found in a clause asks there; `next`, the clause after it
    /// when this one does not end in a question mark.
    private func asks(_ found: Range<Int>, _ word: HearingIndex.Word, in clause: Range<Int>, then next: Range<Int>?) -> Bool {
        if word.english { return startsClause(found.lowerBound, clause) }
        if marks.reaches(found.lowerBound) { return false }
        if isEmbedded(found.lowerBound, in: clause) { return false }
        var after = [found.upperBound..<min(clause.upperBound, found.upperBound + Self.indefiniteReach)]
        if let next { after.append(next.lowerBound..<min(next.upperBound, next.lowerBound + Self.indefiniteReach)) }
        return !index.grammar.indefinite.contains { word in
            tokens.occurrences(of: word).contains { found in after.contains { $0.contains(found.lowerBound) } }
        }
    }

    /// Only lead-in words stand between the clause's start and `position`.
    private func startsClause(_ position: Int, _ clause: Range<Int>) -> Bool {
        var at = clause.lowerBound
        while at < position {
            guard let word = index.grammar.leadIn.first(where: { w in
                at + w.count <= position && tokens.ids[at..<(at + w.count)].elementsEqual(w)
            }) else { return false }
            at += word.count
        }
        return true
    }

    /// An embedding word before `position` in the clause, other than inside a question word
    /// (the 知 of 想知 asks).
    private func isEmbedded(_ position: Int, in clause: Range<Int>) -> Bool {
        let before = clause.lowerBound..<position
        let inQuestion = (index.questionWords + index.grammar.asking).flatMap { tokens.occurrences(of: $0.ids) }
        return index.grammar.embedding.contains { word in
            tokens.occurrences(of: word).contains { found in
                before.contains(found.lowerBound) && found.upperBound <= position
                    && !inQuestion.contains { $0.lowerBound <= found.lowerBound && found.upperBound <= $0.upperBound }
            }
        }
    }

    /// A word, a single negating word, the same word again (係唔係, 有冇 read as 有沒有), not in a statement.
    private func aNotA(in clause: Range<Int>) -> Range<Int>? {
        guard clause.count >= 3 else { return nil }
        for p in (clause.lowerBound + 1)..<(clause.upperBound - 1) where marks.isSingleNegation(at: p) {
            let word = tokens.ids[p - 1]
            guard word == tokens.ids[p + 1], word != LineTokens.number, !isEmbedded(p - 1, in: clause) else { continue }
            return (p - 1)..<(p + 2)
        }
        return nil
    }
}
