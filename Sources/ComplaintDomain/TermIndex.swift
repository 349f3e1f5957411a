/// Folded terms found in folded text exactly as `TermMatch.contains` finds them, in one pass over
/// the text's UTF-8: each place a character starts is tried only against the terms that begin with
/// its first two bytes, instead of the whole text being searched once for every term. Signals and
/// house rules read every typed line against a few hundred terms.
struct TermIndex: Sendable {
    private let terms: [[UInt8]]
    /// Terms by their first two bytes (a one-byte term by its byte and 0xFF, which UTF-8 never holds).
    private let byStart: [UInt16: [Int]]
    /// One bit for each key of `byStart`, so most places are passed over without a look-up.
    private let keys: [UInt64]

    /// `folded`: terms folded as `TermMatch.fold` folds them; an empty term is never found.
    init(_ folded: [String]) {
        terms = folded.map { Array($0.utf8) }
        var byStart: [UInt16: [Int]] = [:]
        var keys = [UInt64](repeating: 0, count: 1024)
        for (number, term) in terms.enumerated() where !term.isEmpty {
            let key = Self.key(term[0], term.count > 1 ? term[1] : 0xFF)
            byStart[key, default: []].append(number)
            keys[Int(key >> 6)] |= 1 << (key & 63)
        }
        self.byStart = byStart
        self.keys = keys
    }

    /// For each term, in order, whether folded `text` contains it.
    func found(in text: String) -> [Bool] {
        var found = [Bool](repeating: false, count: terms.count)
        var text = text
        text.withUTF8 { bytes in
            func look(_ key: UInt16, at start: Int) {
                guard keys[Int(key >> 6)] & (1 << (key & 63)) != 0, let numbers = byStart[key] else { return }
                for number in numbers where !found[number] && TermMatch.stands(terms[number], at: start, in: bytes) {
                    found[number] = true
                }
            }
            // Only where a character starts: UTF-8 never matches from the middle of one.
            for start in bytes.indices where bytes[start] & 0xC0 != 0x80 {
                if start + 1 < bytes.count { look(Self.key(bytes[start], bytes[start + 1]), at: start) }
                look(Self.key(bytes[start], 0xFF), at: start)
            }
        }
        return found
    }

    private static func key(_ first: UInt8, _ second: UInt8) -> UInt16 { UInt16(first) << 8 | UInt16(second) }
}
