/// SplitMix64: a small generator whose whole state is one number, so a replay with the same
/// seed picks the same words, and the state can be saved in a draft.
public struct SeededRandom: Codable, Equatable, Sendable {
    public var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A seed from text (a scenario id), the same on every run and machine (FNV-1a).
    public init(text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        self.init(seed: hash)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// One of `items`, or nil when there are none.
    public mutating func pick<T>(_ items: [T]) -> T? {
        guard !items.isEmpty else { return nil }
        return items[Int(next() % UInt64(items.count))]
    }
}
