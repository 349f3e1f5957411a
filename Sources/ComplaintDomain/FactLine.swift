import CivilTime
import Foundation

/// One typed line prepared once for all the fact readers. Each position holds one character
/// three ways: as typed (for `heard`), with full-width forms folded (for values), and as a
/// matching key — ASCII in lower case, Traditional characters read as Simplified — so one word
/// list hears 樓 and 楼, ＦＬＡＴ and flat.
struct FactLine {
    let typed: [Character]
    let folded: [Character]
    let key: [Character]
    private let codes: [UInt32]
    /// The key at each position as a plain scalar (see `plain`), or 0: what the readers compare
    /// at every position, as numbers rather than as Characters (whose comparison normalises).
    private let scalars: [UInt32]
    private let numerals: [Bool]
    private let kinds: [Kind]
    let script: FactScript
    /// The clause each position belongs to: clauses end at sentence punctuation, so what one
    /// clause says (我係業主) is not read into the next (樓上係租客).
    private let clauseOf: [Range<Int>]

    init(_ text: String) {
        var typed: [Character] = [], folded: [Character] = [], key: [Character] = []
        var codes: [UInt32] = [], scalars: [UInt32] = [], numerals: [Bool] = [], kinds: [Kind] = []
        let most = text.utf8.count
        typed.reserveCapacity(most)
        folded.reserveCapacity(most)
        key.reserveCapacity(most)
        codes.reserveCapacity(most)
        scalars.reserveCapacity(most)
        numerals.reserveCapacity(most)
        kinds.reserveCapacity(most)
        for c in FactLine.characters(text) {
            // Most of what is typed is plain scalars, which are not full-width, and whose key is
            // themselves, lower-cased or read as Simplified: worked out from the scalar.
            let plain = FactLine.plain(c)
            let width = plain == 0 ? FactLine.widthFolded(c) : c
            let (k, keyPlain) = plain == 0 ? { let k = FactLine.keyed(width); return (k, FactLine.plain(k)) }() : FactLine.keyed(c, plain: plain)
            typed.append(c)
            folded.append(width)
            key.append(k)
            codes.append(keyPlain == 0 ? FactLine.code(k) : keyPlain)
            scalars.append(keyPlain)
            numerals.append(FactNumber.isNumeral(k, plain: keyPlain))
            kinds.append(Kind(k, plain: keyPlain))
        }
        (self.typed, self.folded, self.key) = (typed, folded, key)
        (self.codes, self.scalars, self.numerals, self.kinds) = (codes, scalars, numerals, kinds)
        script = FactScript(folded)
        clauseOf = FactLine.clauses(folded)
    }

    /// The text's characters. A text of plain scalars and no carriage return (most lines) has a
    /// character for each scalar, taken without the grapheme breaking rules.
    private static func characters(_ text: String) -> [Character] {
        let plain = text.unicodeScalars.allSatisfy { isPlain($0.value) && $0 != "\r" }
        return plain ? text.unicodeScalars.map(Character.init) : Array(text)
    }

    var count: Int { key.count }

    /// The key at `i`, nil outside the line, so readers can look either side without checks.
    subscript(i: Int) -> Character? { i >= 0 && i < key.count ? key[i] : nil }

    func clause(at i: Int) -> Range<Int> { clauseOf[min(max(i, 0), count - 1)] }

    /// The folded text of `range`, for a value.
    func text(_ range: Range<Int>) -> String { String(folded[range]) }

    /// The clauses `range` touches, as typed and trimmed.
    func heard(_ range: Range<Int>) -> String {
        let span = clause(at: range.lowerBound).lowerBound..<clause(at: range.upperBound - 1).upperBound
        return String(typed[span]).trimmingCharacters(in: .whitespaces)
    }

    func isDigit(_ i: Int) -> Bool { kind(i) == .digit }
    func isLetter(_ i: Int) -> Bool { kind(i) == .letter }
    /// An ASCII letter or digit: what a whole word must not touch.
    func isWordCharacter(_ i: Int) -> Bool { kind(i) == .digit || kind(i) == .letter }
    func isHan(_ i: Int) -> Bool { kind(i) == .han }
    /// A Chinese numeral, 一 to 九 or 十 (see `FactNumber`).
    func isNumeral(_ i: Int) -> Bool { i >= 0 && i < count && numerals[i] }
    func isSpace(_ i: Int) -> Bool { kind(i) == .space }

    private func kind(_ i: Int) -> Kind? { i >= 0 && i < kinds.count ? kinds[i] : nil }

    /// What each character is, worked out once: the readers ask it of every position many times.
    private enum Kind {
        case digit, letter, han, space, other

        init(_ c: Character, plain: UInt32) {
            switch plain {
            case 0x30...0x39: self = .digit
            case 0x41...0x5A, 0x61...0x7A: self = .letter
            case 0x09...0x0D, 0x20: self = .space
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2A6DF: self = .han
            case 1...: self = .other
            default: self.init(c)
            }
        }

        init(_ c: Character) {
            if c.isASCII { self = c.isNumber ? .digit : c.isLetter ? .letter : c.isWhitespace ? .space : .other }
            else { self = c.isHan ? .han : c.isWhitespace ? .space : .other }
        }
    }

    /// The first position at or after `i` that is not a space.
    func skippingSpaces(_ i: Int) -> Int {
        var j = i
        while isSpace(j) { j += 1 }
        return j
    }

    /// Just after the last character before `i` that is not a space.
    func skippingSpacesBack(_ i: Int) -> Int {
        var j = i
        while isSpace(j - 1) { j -= 1 }
        return j
    }

    /// How many ASCII digits start at `i`.
    func digits(at i: Int) -> Int {
        var j = i
        while isDigit(j) { j += 1 }
        return j - i
    }

    /// The number `length` digits at `i` spell.
    func number(at i: Int, length: Int) -> Int {
        key[i..<(i + length)].reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) }
    }

    /// Whether `word` (already keyed, with its plain scalars) starts at `i`.
    func has(_ word: [Character], plain: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for offset in word.indices {
            let a = scalars[i + offset], b = plain[offset]
            if a != 0, b != 0 { if a != b { return false } } else if key[i + offset] != word[offset] { return false }
        }
        return true
    }

    /// Whether the key at `i` is the character `c` (`line[i] == c`), compared as numbers when
    /// both are plain scalars: the readers ask it of most positions.
    func isKey(_ c: Unicode.Scalar, at i: Int) -> Bool {
        guard i >= 0, i < count else { return false }
        if scalars[i] != 0, FactLine.isPlain(c.value) { return scalars[i] == c.value }
        return key[i] == Character(c)
    }

    /// Whether `word`, written as the key reads it (lower-case ASCII, Simplified), starts at `i`.
    func has(_ word: String, at i: Int) -> Bool {
        guard i >= 0 else { return false }
        // Most places do not start with the word, which a plain first scalar that differs says
        // without comparing Characters: nothing that starts with it equals another plain scalar.
        if i < count, scalars[i] != 0, let head = word.unicodeScalars.first, FactLine.isPlain(head.value), head.value != scalars[i] {
            return false
        }
        var j = i
        for c in word {
            guard j < count, key[j] == c else { return false }
            j += 1
        }
        return true
    }

    /// The key's first scalar at `i`, for looking words up by their first character cheaply.
    func code(_ i: Int) -> UInt32? { i >= 0 && i < codes.count ? codes[i] : nil }

    static func code(_ c: Character) -> UInt32 { c.unicodeScalars.first?.value ?? 0 }

    /// A character's scalar when it is one plain scalar — ASCII, a Chinese ideograph, CJK
    /// punctuation — none of which decomposes, so two such characters are equal exactly when
    /// their scalars are; 0 for any other, which is compared as a Character (a compatibility
    /// ideograph such as U+F9D1 equals 六).
    static func plain(_ c: Character) -> UInt32 {
        var scalars = c.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil, isPlain(first.value) else { return 0 }
        return first.value
    }

    static func isPlain(_ value: UInt32) -> Bool { TermMatch.isStable(value) }

    /// A word as the key reads it, as `init` keys each character. The readers' word lists are
    /// keyed on the first line typed, some hundreds of words.
    static func keyed(_ word: String) -> [Character] {
        characters(word).map { c in
            let plain = plain(c)
            return plain == 0 ? keyed(widthFolded(c)) : keyed(c, plain: plain).0
        }
    }

    /// Full-width ASCII (ＡＢＣ１２３) and the ideographic space read as ASCII, as a phone keyboard types them.
    private static func widthFolded(_ c: Character) -> Character {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return c }
        switch scalar.value {
        case 0xFF01...0xFF5E: return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x3000: return " "
        default: return c
        }
    }

    /// `keyed` for a character that is the plain scalar `plain`, with the key's plain scalar.
    private static func keyed(_ c: Character, plain: UInt32) -> (Character, UInt32) {
        switch plain {
        case 0x41...0x5A: (Character(Unicode.Scalar(UInt8(plain) | 0x20)), plain | 0x20)
        case 0..<0x80: (c, plain)
        default: FactHanzi.simplified(scalar: plain).map { ($0, FactLine.plain($0)) } ?? (c, plain)
        }
    }

    private static func keyed(_ c: Character) -> Character {
        if c.isASCII, c.isUppercase { return Character(c.lowercased()) }
        return FactHanzi.simplified(c)
    }

    /// Clauses end at sentence punctuation; a comma between digits (12,345) and a full stop after
    /// an abbreviation (Mr. Wong) do not end one; a space between two Chinese characters does,
    /// as Chinese typists use it for a comma.
    private static func clauses(_ chars: [Character]) -> [Range<Int>] {
        var ranges = [Range<Int>](repeating: 0..<0, count: chars.count)
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < chars.count && chars[i].isASCIIDigit }
        func ends(_ i: Int) -> Bool {
            let c = chars[i]
            // Most of a line is plain scalars that end nothing (Chinese characters, letters): said
            // without hashing the Character for `separators`.
            switch plain(c) {
            case 0, 0x09...0x0D, 0x20, 0x21, 0x2C, 0x2E, 0x3B, 0x3F, 0x3001, 0x3002: break
            default: return false
            }
            if separators.contains(c) || c.isNewline { return !(c == "," && isDigit(i - 1) && isDigit(i + 1)) }
            if c == "." {
                guard i + 1 == chars.count || chars[i + 1].isWhitespace else { return false }
                var start = i
                while start > 0, chars[start - 1].isASCII, chars[start - 1].isLetter { start -= 1 }
                return !abbreviations.contains(String(chars[start..<i]).lowercased())
            }
            if c.isWhitespace {
                var before = i - 1, after = i + 1
                while before >= 0, chars[before].isWhitespace { before -= 1 }
                while after < chars.count, chars[after].isWhitespace { after += 1 }
                return before >= 0 && after < chars.count && chars[before].isHan && chars[after].isHan
            }
            return false
        }
        var start = 0
        for i in 0...chars.count where i == chars.count || ends(i) {
            for j in start..<i { ranges[j] = start..<i }
            if i < chars.count { ranges[i] = i..<i }
            start = i + 1
        }
        return ranges
    }

    private static let separators = Set("。，！？；、,!?;\t…")
    private static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "no", "rm", "blk", "flt", "tel", "apt"]
}

extension Character {
    /// A CJK ideograph (the unified blocks and their extensions, including HKSCS characters like 𨋢).
    var isHan: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }
}
