/// Writes the guidance cache's bytes, value by value, for `CacheReader` to read back in the same
/// order: a whole number as a zigzag LEB128 varint, text as its byte count and UTF-8, a flag as a
/// byte, a list as its count and then its items. No type is named in the bytes and none is looked
/// up when they are read: the catalogue's own code says what comes next.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes += value.utf8
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func list<T>(_ values: [T], _ item: (inout CacheWriter, T) -> Void) {
        int(values.count)
        for value in values { item(&self, value) }
    }

    mutating func strings(_ values: [String]) { list(values) { $0.string($1) } }

    mutating func raw(_ values: [UInt8]) { bytes += values }
}
