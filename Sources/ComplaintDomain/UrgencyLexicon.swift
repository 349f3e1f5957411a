import Foundation

/// Suggests a complaint's nature from its description, by the terms of guidance/urgency.yaml.
/// It reads every typed line as it is entered, so a danger is named (with its advice) at once.
/// A term counts unless a negating word takes it back (冇人受傷, see `Negation`) or it stands
/// inside one of its hint's exceptions (長期被困擾). Chinese terms match anywhere; terms written
/// in ASCII match whole words, ignoring case (text and terms folded as `TermMatch.fold` does).
public struct UrgencyLexicon: Sendable, Equatable {
    public var hints: [UrgencyHint] { didSet { compiled = Compiled(hints) } }
    public var negation: Negation
    /// The hints' terms and exceptions folded and indexed once, not on every typed line.
    private var compiled: Compiled

    public init(hints: [UrgencyHint], negation: Negation = .none) {
        self.hints = hints
        self.negation = negation
        compiled = Compiled(hints)
    }

    public func suggest(from description: String) -> UrgencySuggestion {
        let text = FoldedText(description)
        var candidates = compiled.index.candidates(in: text)[...]
        guard !candidates.isEmpty else { return UrgencySuggestion(matches: []) }
        let isNegated = negation.negated(in: text)
        var matches: [UrgencySuggestion.Match] = []
        for index in hints.indices {
            let places = candidates.prefix { $0.hint == index }
            candidates = candidates.dropFirst(places.count)
            guard !places.isEmpty else { continue }
            let patterns = compiled.hints[index]
            var excepted: [Range<Int>]?
            /// A part counts unless negated or inside an exception (found only once a part is).
            func counts(_ range: Range<Int>) -> Bool {
                let covered = excepted ?? patterns.except.flatMap { $0.covered(in: text) }
                excepted = covered
                return !covered.contains { $0.overlaps(range) } && !isNegated(range.lowerBound)
            }
            // A loop, not a lazy chain: its generic types were looked up at run time on the first line.
            for place in places {
                guard let term = patterns.terms[place.term].found(in: text, where: counts) else { continue }
                matches.append(.init(hintKey: hints[index].key, label: hints[index].label, term: term, advice: hints[index].advice))
                break
            }
        }
        return UrgencySuggestion(matches: matches)
    }

    /// What a record's own words suggest: the account, where, what really upset them, what they
    /// want, and the notes. Intake, scoring and routing all ask this one question.
    public func suggest(for record: ComplaintRecord) -> UrgencySuggestion {
        let words = [record.account, record.location ?? "", record.realCause ?? "", record.wants ?? ""] + record.notes
        return suggest(from: words.joined(separator: "\n"))
    }
}

private struct Compiled: Sendable, Equatable {
    struct Hint: Sendable, Equatable {
        let terms: [UrgencyPattern]
        let except: [UrgencyPattern]
    }

    let hints: [Hint]
    let index: UrgencyIndex

    init(_ hints: [UrgencyHint]) {
        self.hints = hints.map { Hint(terms: $0.terms.map(UrgencyPattern.init), except: $0.except.map(UrgencyPattern.init)) }
        index = UrgencyIndex(self.hints.map(\.terms))
    }
}
