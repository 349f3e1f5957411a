import Foundation

/// How a term from an editable word list is found in what someone said or wrote: Chinese
/// terms anywhere; terms written in ASCII as whole words only, ignoring case, so "fire" does
/// not match "fireplace" and "but" does not match "button". Full-width letters and other
/// compatibility forms are folded first (NFKC), curly quotes count as straight ones (a phone
/// keyboard types "I’ll"), and runs of white space count as one space.
public enum TermMatch {
    /// The text prepared once for many `contains` calls.
    public static func fold(_ text: String) -> String {
        // Compatibility mapping is the costly part and changes nothing in ASCII, Chinese
        // ideographs or CJK punctuation; it runs only for lines with anything else (full-width
        // letters, an ideographic space, accents…). Every term of the guidance is folded at start.
        let mapped = text.unicodeScalars.allSatisfy(isStable) ? text : text.precomposedStringWithCompatibilityMapping
        return String(mapped.lowercased().map { c -> Character in
            switch c {
            case "\u{2018}", "\u{2019}": "'"
            case "\u{201C}", "\u{201D}": "\""
            default: c
            }
        }).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether folded `text` contains folded `term` by the rules above. It runs for every term on
    /// every typed line, so it compares UTF-8 bytes: both sides are folded to the same form, and
    /// UTF-8 never matches from the middle of a character.
    public static func contains(_ text: String, term: String) -> Bool {
        guard !term.isEmpty else { return false }
        var text = text, term = term
        return text.withUTF8 { t in term.withUTF8 { p in contains(t, p) } }
    }

    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        guard term.count <= text.count, let t = text.baseAddress, let p = term.baseAddress else { return false }
        let wholeWords = term.allSatisfy { $0 < 0x80 }
        let first = term[0]
        for i in 0...(text.count - term.count) where text[i] == first && memcmp(t + i, p, term.count) == 0 {
            guard wholeWords else { return true }
            let before = i == 0 ? nil : text[i - 1]
            let after = i + term.count < text.count ? text[i + term.count] : nil
            if !isWordByte(before), !isWordByte(after) { return true }
        }
        return false
    }

    /// The first of `terms` found in `text` (neither folded yet).
    public static func first(of terms: [String], in text: String) -> String? {
        let folded = fold(text)
        return terms.first { contains(folded, term: fold($0)) }
    }

    /// A scalar NFKC leaves as it is, alone or beside any other such scalar.
    private static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0x3001...0x3011, 0x3014...0x301F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2A6DF: true
        default: false
        }
    }

    /// An ASCII letter or digit: what a whole-word term may not touch.
    private static func isWordByte(_ byte: UInt8?) -> Bool {
        guard let byte, byte < 0x80 else { return false }
        let lower = byte | 0x20
        return (0x30...0x39).contains(byte) || (0x61...0x7A).contains(lower)
    }
}
