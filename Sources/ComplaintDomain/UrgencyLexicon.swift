import Foundation

/// Suggests a complaint's nature from its description, by the terms of guidance/urgency.yaml
/// (matched as `TermMatch` says).
public struct UrgencyLexicon: Sendable, Equatable {
    public var hints: [UrgencyHint]

    public init(hints: [UrgencyHint]) {
        self.hints = hints
    }

    public func suggest(from description: String) -> UrgencySuggestion {
        let text = TermMatch.fold(description)
        var matches: [UrgencySuggestion.Match] = []
        for hint in hints {
            if let term = hint.terms.first(where: { TermMatch.contains(text, term: TermMatch.fold($0)) }) {
                matches.append(.init(hintKey: hint.key, label: hint.label, term: term))
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
