import Foundation

/// A line, or an example, read the way hearing compares them: full-width forms and case folded,
/// Traditional read as Simplified, spoken words read as their written forms (the grammar's
/// `same_as`), English contractions opened (I'll → i will) and endings cut (apologised →
/// apologis), digits and Chinese numerals read as one number, then cut into pieces: a Chinese
/// character, an English word, a number, or the boundary of a clause (punctuation or a line
/// break). Each piece remembers the characters of the original text it came from.
struct SpokenText {
    enum Piece {
        case word(String)
        case number
        /// The end of a clause; `asks` when it is a question mark.
        case boundary(asks: Bool)
    }

    private(set) var pieces: [Piece] = []
    /// For each piece, the range of characters (not scalars) of the original text it came from.
    private(set) var origins: [Range<Int>] = []

    init(_ text: String, sameAs: SameAsTable) {
        let (folded, from) = Self.fold(text)
        let (read, readFrom) = sameAs.chinese(folded, from)
        cut(read, readFrom, sameAs: sameAs)
    }

    /// The text's scalars folded (compatibility forms, case, quotes, script), each with the index of
    /// the character it came from.
    static func fold(_ text: String) -> (scalars: [Unicode.Scalar], from: [Int]) {
        var scalars: [Unicode.Scalar] = []
        var from: [Int] = []
        for (index, character) in text.enumerated() {
            for scalar in folded(character) {
                scalars.append(scalar)
                from.append(index)
            }
        }
        return (ScriptFold.simplified(scalars), from)
    }

    /// One character as `TermMatch.fold` folds it (compatibility forms, case, curly quotes), so
    /// that a full-width ？ is a ? and Ｉ'LL is i'll.
    private static func folded(_ character: Character) -> [Unicode.Scalar] {
        let scalars = character.unicodeScalars
        // Most characters are one ASCII or Chinese scalar, which compatibility mapping leaves alone.
        if scalars.count == 1, let s = scalars.first {
            if (0x41...0x5A).contains(s.value) { return [Unicode.Scalar(s.value + 0x20)!] }
            if s.isASCII || ScriptFold.isHan(s) || (0x3001...0x3011).contains(s.value) { return [s] }
        }
        return String(character).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.map { s in
            switch s {
            case "\u{2018}", "\u{2019}", "\u{2032}": "'"
            case "\u{201C}", "\u{201D}": "\""
            default: s
            }
        }
    }

    /// Cuts folded scalars into pieces.
    private mutating func cut(_ scalars: [Unicode.Scalar], _ from: [Int], sameAs: SameAsTable) {
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if Self.isNumeral(s) {
                var end = i + 1
                while end < scalars.count, Self.isNumeral(scalars[end]) || Self.isDecimalPoint(scalars, end) { end += 1 }
                add(.number, from[i]..<(from[end - 1] + 1))
                i = end
            } else if ScriptFold.isHan(s) {
                add(.word(String(s)), from[i]..<(from[i] + 1))
                i += 1
            } else if Self.isLetter(s) {
                var end = i + 1
                while end < scalars.count, Self.isLetter(scalars[end]) || Self.isInnerApostrophe(scalars, end) { end += 1 }
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[i..<end])
                for english in sameAs.english(String(word)) {
                    add(english == SameAsTable.number ? .number : .word(english), from[i]..<(from[end - 1] + 1))
                }
                i = end
            } else if let asks = Self.boundary(scalars, i) {
                if case .boundary(let before)? = pieces.last {
                    pieces[pieces.count - 1] = .boundary(asks: before || asks)
                } else if !pieces.isEmpty {
                    add(.boundary(asks: asks), from[i]..<(from[i] + 1))
                } else if asks {
                    // A question mark before any word still asks: "？" alone.
                    add(.boundary(asks: true), from[i]..<(from[i] + 1))
                }
                i += 1
            } else {
                i += 1
            }
        }
    }

    private mutating func add(_ piece: Piece, _ origin: Range<Int>) {
        pieces.append(piece)
        origins.append(origin)
    }

    /// Digits, and the Chinese numerals a time or a count is said with (三十分鐘, 五點, 兩日):
    /// any number reads as any other, so an example with 五點前 hears 四點前.
    private static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "0"..."9", "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两": true
        default: false
        }
    }

    /// A point between digits (4.30) is part of the number, not the end of a sentence.
    private static func isDecimalPoint(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        (scalars[i] == "." || scalars[i] == ":") && i + 1 < scalars.count && ("0"..."9").contains(scalars[i + 1])
            && i > 0 && ("0"..."9").contains(scalars[i - 1])
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || (s.value >= 0xC0 && s.properties.isAlphabetic && !ScriptFold.isHan(s))
    }

    /// An apostrophe with a letter on each side (i'll, don't), or closing a plural (tenants').
    private static func isInnerApostrophe(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        scalars[i] == "'" && i > 0 && isLetter(scalars[i - 1]) && i + 1 < scalars.count && isLetter(scalars[i + 1])
    }

    /// Whether the scalar ends a clause, and whether it asks; nil for anything else.
    private static func boundary(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool? {
        switch scalars[i] {
        case "?": true
        case ",", "!", ";", ":", "\n", "\r", "、", "。", "…", "(", ")", "[", "]", "「", "」", "『", "』", "【", "】",
             "\"", "~", "—", "–": false
        case ".": isDecimalPoint(scalars, i) ? nil : false
        default: nil
        }
    }
}
