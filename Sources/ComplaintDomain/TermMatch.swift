import Foundation

/// How a term from an editable word list is found in what someone said or wrote: Chinese
/// terms anywhere; terms written in ASCII as whole words only, ignoring case, so "fire" does
/// not match "fireplace" and "but" does not match "button". Full-width letters and other
/// compatibility forms are folded first (NFKC), curly quotes count as straight ones (a phone
/// keyboard types "I’ll"), and runs of white space count as one space.
public enum TermMatch {
    /// The text prepared once for many `contains` calls.
    public static func fold(_ text: String) -> String {
        String(text.precomposedStringWithCompatibilityMapping.lowercased().map { c -> Character in
            switch c {
            case "\u{2018}", "\u{2019}": "'"
            case "\u{201C}", "\u{201D}": "\""
            default: c
            }
        }).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether folded `text` contains folded `term` by the rules above.
    public static func contains(_ text: String, term: String) -> Bool {
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

    /// The first of `terms` found in `text` (neither folded yet).
    public static func first(of terms: [String], in text: String) -> String? {
        let folded = fold(text)
        return terms.first { contains(folded, term: fold($0)) }
    }

    private static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c, c.isASCII else { return false }
        return c.isLetter || c.isNumber
    }
}
