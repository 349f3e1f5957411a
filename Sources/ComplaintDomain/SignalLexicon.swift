import Foundation

/// Finds the caller signals in a line as it is typed, whatever step the intake is at.
public struct SignalLexicon: Sendable, Equatable {
    public var all: [CallerSignal] { didSet { words = Words(all) } }
    /// The signals' terms and exceptions folded and indexed once, not on every typed line.
    private var words: Words

    public init(_ all: [CallerSignal] = []) {
        self.all = all
        words = Words(all)
    }

    public static func == (a: SignalLexicon, b: SignalLexicon) -> Bool { a.all == b.all }

    /// The signals a line shows, in the file's order. A signal's exceptions are blanked out of the
    /// line first, so 唔使賠錢 does not read as a demand for 賠錢.
    public func signals(in line: String) -> [CallerSignal] {
        let quick = TermMatch.quickFold(line)
        let folded = quick ?? TermMatch.fold(line)
        let shouting = Self.isShouting(line)
        let terms = words.terms.found(in: folded)
        let exceptions = words.exceptions.found(in: folded)
        return all.indices.filter { signal in
            if all[signal].hearsShouting, shouting { return true }
            // Blanking an exception out can join what stood either side of it into a term, so a
            // line holding one (or of other scripts, where a match need not be byte for byte) is
            // read the exact, slower way. Most lines hold none.
            let excepted = words.exceptionsOf[signal]
            guard quick == nil || excepted.contains(where: { exceptions[$0] }) else {
                return words.termsOf[signal].contains { terms[$0] }
            }
            let text = excepted.map { words.foldedExceptions[$0] }.reduce(folded) { Self.blanking($1, in: $0) }
            return words.termsOf[signal].contains { TermMatch.contains(text, term: words.foldedTerms[$0]) }
        }.map { all[$0] }
    }

    /// Staff type shouting as it comes: three exclamation marks, or three words or more in
    /// capitals with no small letters (a lone CCTV or MTR is not shouting). Full-width forms count
    /// as ASCII (NFKC); a line of what staff type is read scalar by scalar, without Foundation.
    static func isShouting(_ line: String) -> Bool {
        var marks = 0, letters = 0, words = 0, small = false
        for scalar in line.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            else if !TermMatch.foldsQuickly(value) { return isShoutingAnyText(line) }
            marks = value == 0x21 ? marks + 1 : 0
            if marks == 3 { return true }
            let letter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            if (0x61...0x7A).contains(value) { small = true }
            if letter { letters += 1 } else { words += letters >= 2 ? 1 : 0; letters = 0 }
        }
        words += letters >= 2 ? 1 : 0
        return words >= 3 && !small
    }

    /// `isShouting` for any text, through Foundation's NFKC.
    private static func isShoutingAnyText(_ line: String) -> Bool {
        let wide = line.precomposedStringWithCompatibilityMapping
        if wide.contains("!!!") { return true }
        let words = wide.split { !($0.isASCII && $0.isLetter) }.filter { $0.count >= 2 }
        return words.count >= 3 && !wide.contains { $0.isASCII && $0.isLowercase }
    }

    /// `text` (folded) with every occurrence of `term` (folded) replaced by a space; terms in
    /// ASCII only where they stand as whole words, as `TermMatch` finds them.
    static func blanking(_ term: String, in text: String) -> String {
        guard !term.isEmpty else { return text }
        let wholeWords = term.unicodeScalars.allSatisfy(\.isASCII)
        func isWordCharacter(_ c: Character?) -> Bool {
            guard let c, c.isASCII else { return false }
            return c.isLetter || c.isNumber
        }
        var result = ""
        var rest = text[...]
        while let range = rest.range(of: term) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if wholeWords, isWordCharacter(before) || isWordCharacter(after) {
                let next = text.index(after: range.lowerBound)
                result += rest[..<next]
                rest = rest[next...]
            } else {
                result += rest[..<range.lowerBound] + " "
                rest = rest[range.upperBound...]
            }
        }
        return result + rest
    }
}

/// Every signal's terms and exceptions, folded and indexed, with which are whose.
private struct Words: Sendable {
    let terms: TermIndex
    let exceptions: TermIndex
    /// For each signal, its terms' places in `terms`, and its exceptions' in `exceptions`.
    let termsOf: [Range<Int>]
    let exceptionsOf: [Range<Int>]
    let foldedTerms: [String]
    let foldedExceptions: [String]

    init(_ all: [CallerSignal]) {
        foldedTerms = all.flatMap { $0.terms.map(TermMatch.fold) }
        foldedExceptions = all.flatMap { $0.exceptions.map(TermMatch.fold) }
        terms = TermIndex(foldedTerms)
        exceptions = TermIndex(foldedExceptions)
        termsOf = Self.places(all.map(\.terms.count))
        exceptionsOf = Self.places(all.map(\.exceptions.count))
    }

    private static func places(_ counts: [Int]) -> [Range<Int>] {
        var start = 0
        return counts.map { count in
            defer { start += count }
            return start..<(start + count)
        }
    }
}
