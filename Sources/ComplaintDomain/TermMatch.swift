import Foundation

/// How a term from an editable word list is found in what someone said or wrote: Chinese
/// terms anywhere; terms written in ASCII as whole words only, ignoring case, so "fire" does
/// not match "fireplace" and "but" does not match "button". Full-width letters and other
/// compatibility forms are folded first (NFKC), curly quotes count as straight ones (a phone
/// keyboard types "I’ll"), and runs of white space count as one space.
public enum TermMatch {
    /// The text prepared once for many `contains` calls.
    public static func fold(_ text: String) -> String {
        // Compatibility mapping, lower-casing by Character and splitting are the costly part;
        // they run only for text with more than staff usually type (accents, other scripts…).
        // Every term of the guidance is folded at start, and every typed line.
        if let folded = quickFold(text) { return folded }
        let mapped = text.precomposedStringWithCompatibilityMapping
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
        guard term.count <= text.count else { return false }
        let first = term[0]
        for i in 0...(text.count - term.count) where text[i] == first && stands(term, at: i, in: text) { return true }
        return false
    }

    /// Whether folded `term` stands in folded `text` at byte `start`: its bytes are there, and a
    /// term all in ASCII has no ASCII letter or digit just before or after it.
    static func stands(_ term: some Collection<UInt8>, at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = start + term.count
        guard !term.isEmpty, end <= text.count, text[start..<end].elementsEqual(term) else { return false }
        guard term.allSatisfy({ $0 < 0x80 }) else { return true }
        return !isWordByte(start == 0 ? nil : text[start - 1]) && !isWordByte(end < text.count ? text[end] : nil)
    }

    /// The first of `terms` found in `text` (neither folded yet).
    public static func first(of terms: [String], in text: String) -> String? {
        let folded = fold(text)
        return terms.first { contains(folded, term: fold($0)) }
    }

    /// `fold` in one pass, scalar by scalar, for text of what staff type — ASCII, Chinese
    /// ideographs, CJK punctuation, full-width forms, the ideographic space, curly quotes and "…" —
    /// where NFKC, lower-casing and the quotes each map one scalar on its own (nothing there
    /// composes); the only white space is ASCII's and U+3000. Nil for text with anything else.
    static func quickFold(_ text: String) -> String? {
        var quick = true
        let folded = String(unsafeUninitializedCapacity: text.utf8.count) { out in
            var count = 0
            var space = false
            func put(_ byte: UInt8) {
                if space { out[count] = 0x20; count += 1; space = false }
                out[count] = byte
                count += 1
            }
            for scalar in text.unicodeScalars {
                var value = scalar.value
                switch value {
                case 0xFF01...0xFF5E: value -= 0xFEE0
                case 0x3000: value = 0x20
                case 0x2018, 0x2019: value = 0x27
                case 0x201C, 0x201D: value = 0x22
                case 0x2026: value = 0x2E; put(0x2E); put(0x2E)
                default: break
                }
                if value < 0x80 {
                    let byte = UInt8(value)
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        space = count > 0
                    } else {
                        put((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
                    }
                } else if isStable(value) {
                    // Stable scalars take three bytes in UTF-8, or four from U+10000 (Extension B).
                    if value >= 0x10000 { put(0xF0 | UInt8(value >> 18)); put(0x80 | UInt8(value >> 12 & 0x3F)) }
                    else { put(0xE0 | UInt8(value >> 12)) }
                    put(0x80 | UInt8(value >> 6 & 0x3F))
                    put(0x80 | UInt8(value & 0x3F))
                } else {
                    quick = false
                    return 0
                }
            }
            return count
        }
        return quick ? folded : nil
    }

    /// A scalar `quickFold` takes: NFKC maps it on its own, whatever stands beside it.
    static func foldsQuickly(_ value: UInt32) -> Bool {
        switch value {
        case 0xFF01...0xFF5E, 0x3000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: true
        default: isStable(value)
        }
    }

    /// A scalar NFKC leaves as it is, alone or beside any other such scalar.
    static func isStable(_ value: UInt32) -> Bool {
        switch value {
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
