import Foundation

/// Finds the caller signals in a line as it is typed, whatever step the intake is at.
public struct SignalLexicon: Sendable, Equatable {
    public var all: [CallerSignal] { didSet { folded = Self.fold(all) } }
    /// Each signal's terms and exceptions folded once, not on every typed line.
    private var folded: [(terms: [String], exceptions: [String])]

    public init(_ all: [CallerSignal] = []) {
        self.all = all
        folded = Self.fold(all)
    }

    private static func fold(_ all: [CallerSignal]) -> [(terms: [String], exceptions: [String])] {
        all.map { ($0.terms.map(TermMatch.fold), $0.exceptions.map(TermMatch.fold)) }
    }

    public static func == (a: SignalLexicon, b: SignalLexicon) -> Bool { a.all == b.all }

    /// The signals a line shows, in the file's order. A signal's exceptions are blanked out of the
    /// line first, so 唔使賠錢 does not read as a demand for 賠錢.
    public func signals(in line: String) -> [CallerSignal] {
        let folded = TermMatch.fold(line)
        let shouting = Self.isShouting(line)
        return zip(all, self.folded).filter { signal, words in
            if signal.hearsShouting, shouting { return true }
            let text = words.exceptions.reduce(folded) { Self.blanking($1, in: $0) }
            return words.terms.contains { TermMatch.contains(text, term: $0) }
        }.map(\.0)
    }

    /// Staff type shouting as it comes: three exclamation marks, or three words or more in
    /// capitals with no small letters (a lone CCTV or MTR is not shouting).
    static func isShouting(_ line: String) -> Bool {
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
