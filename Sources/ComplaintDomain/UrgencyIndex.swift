/// Which terms of the lexicon could stand in a text, by the first two characters of their first
/// part, so a typed line is checked against the few dozen terms that might be in it rather than
/// all of them.
struct UrgencyIndex: Sendable, Equatable {
    /// A term by its place: the hint, then the term within the hint.
    struct Place: Equatable, Sendable {
        let hint: Int
        let term: Int
    }

    /// Every term in the lexicon's order; below, a term is its number in this list.
    private let terms: [Place]
    private var numbers: [UInt64: [Int]] = [:]
    /// A bit for each key (modulo 4096), so most places are passed over without a look-up.
    private var keys = [UInt64](repeating: 0, count: 64)

    init(_ hints: [[UrgencyPattern]]) {
        terms = hints.indices.flatMap { hint in hints[hint].indices.map { Place(hint: hint, term: $0) } }
        for (number, place) in terms.enumerated() {
            for word in hints[place.hint][place.term].parts.first ?? [] {
                let key = Self.key(word.scalars[0], word.scalars.count > 1 ? word.scalars[1] : nil)
                numbers[key, default: []].append(number)
                keys[Self.bit(key) >> 6] |= 1 << (Self.bit(key) & 63)
            }
        }
    }

    /// The terms that could stand in `text`, in the lexicon's order.
    func candidates(in text: FoldedText) -> [Place] {
        var found: [Int] = []
        let scalars = text.scalars
        func look(_ key: UInt64) {
            guard keys[Self.bit(key) >> 6] & (1 << (Self.bit(key) & 63)) != 0, let numbers = numbers[key] else { return }
            found += numbers
        }
        for index in scalars.indices {
            look(Self.key(scalars[index], nil))
            if index + 1 < scalars.count { look(Self.key(scalars[index], scalars[index + 1])) }
        }
        return Set(found).sorted().map { terms[$0] }
    }

    /// A key's bit in `keys`: both characters' low bits.
    private static func bit(_ key: UInt64) -> Int { Int((key ^ key >> 32) & 4095) }

    /// A character, or a character and the one after it.
    static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second?.value ?? UInt32.max)
    }
}
