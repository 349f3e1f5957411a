import Foundation

/// Suggests a complaint's nature from its description. Chinese terms match anywhere; terms
/// written in ASCII match whole words only, ignoring case, so "fire" does not fire on "fireplace".
/// Full-width letters and compatibility forms are folded first (NFKC).
public struct UrgencyLexicon: Sendable, Equatable {
    public var hints: [UrgencyHint]

    public init(hints: [UrgencyHint]) {
        self.hints = hints
    }

    public func suggest(from description: String) -> UrgencySuggestion {
        let text = Self.fold(description)
        var matches: [UrgencySuggestion.Match] = []
        for hint in hints {
            if let term = hint.terms.first(where: { Self.contains(text, term: Self.fold($0)) }) {
                matches.append(.init(hintKey: hint.key, label: hint.label, term: term))
            }
        }
        return UrgencySuggestion(matches: matches)
    }

    /// NFKC, lower case, and runs of white space as one space.
    static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func contains(_ text: String, term: String) -> Bool {
        guard !term.isEmpty else { return false }
        guard term.unicodeScalars.allSatisfy(\.isASCII) else { return text.contains(term) }
        var searchStart = text.startIndex
        while let range = text.range(of: term, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    private static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c, c.isASCII else { return false }
        return c.isLetter || c.isNumber
    }
}
