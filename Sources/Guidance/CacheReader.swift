/// Reads what `CacheWriter` wrote, in the same order. Bytes that do not read as what is asked for
/// (a count past the end, a flag that is neither 0 nor 1, a choice that is not a known value)
/// throw `Damaged`, never trap: the cache may have been cut short or damaged on disk.
struct CacheReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var at: Int

    init(_ bytes: [UInt8], at start: Int = 0) {
        self.bytes = bytes
        at = start
    }

    var isAtEnd: Bool { at == bytes.count }

    mutating func int() throws(Damaged) -> Int {
        var raw: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 7) {
            guard at < bytes.count else { throw Damaged() }
            let byte = bytes[at]
            at += 1
            raw |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 {
                let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
                guard let int = Int(exactly: value) else { throw Damaged() }
                return int
            }
        }
        throw Damaged()
    }

    /// A count, which cannot be more than the bytes left.
    mutating func count() throws(Damaged) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - at else { throw Damaged() }
        return count
    }

    mutating func bool() throws(Damaged) -> Bool {
        guard at < bytes.count, bytes[at] <= 1 else { throw Damaged() }
        at += 1
        return bytes[at - 1] == 1
    }

    mutating func string() throws(Damaged) -> String {
        let length = try count()
        at += length
        return String(decoding: bytes[(at - length)..<at], as: UTF8.self)
    }

    mutating func optional() throws(Damaged) -> String? {
        try bool() ? try string() : nil
    }

    mutating func list<T>(_ item: (inout CacheReader) throws(Damaged) -> T) throws(Damaged) -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try item(&self)) }
        return values
    }

    mutating func strings() throws(Damaged) -> [String] { try list { reader throws(Damaged) in try reader.string() } }

    /// One of a fixed set of values, written as its raw text.
    mutating func choice<T: RawRepresentable>(_ type: T.Type) throws(Damaged) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Damaged() }
        return value
    }

    /// The next `length` bytes as they are.
    mutating func raw(_ length: Int) throws(Damaged) -> ArraySlice<UInt8> {
        guard length >= 0, length <= bytes.count - at else { throw Damaged() }
        at += length
        return bytes[(at - length)..<at]
    }
}
