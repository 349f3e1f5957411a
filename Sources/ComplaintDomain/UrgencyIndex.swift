/// Which terms of the lexicon could stand in a text, by the first two characters of their first
/// part, so a typed line is checked against the few dozen terms that might be in it rather than
/// all of them.
struct UrgencyIndex: Sendable, Equatable {
    /// A term by its place: the hint, then the term within the hint.
    struct Place: Hashable, Comparable, Sendable {
        let hint: Int
        let term: Int
        static func < (a: Place, b: Place) -> Bool { (a.hint, a.term) < (b.hint, b.term) }
    }

    private var places: [UInt64: [Place]] = [:]

    init(_ hints: [[UrgencyPattern]]) {
        for (hint, terms) in hints.enumerated() {
            for (term, pattern) in terms.enumerated() {
                for word in pattern.parts.first ?? [] {
                    places[Self.key(word.scalars[0], word.scalars.count > 1 ? word.scalars[1] : nil), default: []]
                        .append(Place(hint: hint, term: term))
                }
            }
        }
    }

    /// The terms that could stand in `text`, in the lexicon's order.
    func candidates(in text: FoldedText) -> [Place] {
        var found = Set<Place>()
        let scalars = text.scalars
        for index in scalars.indices {
            found.formUnion(places[Self.key(scalars[index], nil)] ?? [])
            if index + 1 < scalars.count { found.formUnion(places[Self.key(scalars[index], scalars[index + 1])] ?? []) }
        }
        return found.sorted()
    }

    /// A character, or a character and the one after it.
    static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second?.value ?? UInt32.max)
    }
}
