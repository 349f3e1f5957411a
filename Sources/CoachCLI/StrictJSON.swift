/// A strict reading of JSON (RFC 8259) before `JSONDecoder` sees it. Foundation takes a key
/// given twice (the last one wins) and is lenient in places; this says no, with where:
///
/// - a key given twice in one object, at any depth (`"a"` and `"\u0061"` are the same key);
/// - a trailing comma (`{"a":1,}`, `[1,]`), a missing comma, colon or value;
/// - anything but UTF-8 (a UTF-8 byte-order mark is allowed), a raw control character in a
///   string, an unknown escape, a number in a form JSON does not have (`01`, `+1`, `.5`, `NaN`),
///   and anything after the value;
/// - nesting deeper than `maximumDepth`.
///
/// It only checks; the decoder still reads the value, so everything valid reads as before.
struct StrictJSON {
    /// Why the input is refused, as one line ending with its place (`line 1, column 58`).
    struct Problem: Error, Equatable {
        var message: String
    }

    /// Deeper than any request `coach route` takes, and shallow enough for the recursion.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var i: Int

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte-order mark is allowed before the value.
        i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    static func check(_ bytes: [UInt8]) throws(Problem) {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw Problem(message: "invalid JSON on standard input: it is not UTF-8")
        }
        var reader = StrictJSON(bytes)
        try reader.value(depth: 0)
        reader.skipSpace()
        if reader.i < bytes.count { throw reader.invalid("more after the JSON value") }
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(Problem) {
        skipSpace()
        guard i < bytes.count else { throw invalid("it ends where a value should be") }
        switch bytes[i] {
        case UInt8(ascii: "{"): try object(depth: depth + 1)
        case UInt8(ascii: "["): try array(depth: depth + 1)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: ","): throw invalid("a comma where a value should be")
        default: throw invalid("a value should start here")
        }
    }

    private mutating func object(depth: Int) throws(Problem) {
        guard depth <= Self.maximumDepth else { throw invalid("nested more than \(Self.maximumDepth) deep") }
        i += 1
        var keys = Set<String>()
        skipSpace()
        if next(is: "}") { i += 1; return }
        while true {
            skipSpace()
            guard next(is: "\"") else {
                throw invalid(next(is: "}") ? "a trailing comma before }" : "a key in double quotes should be here")
            }
            let place = self.place
            let key = try string()
            guard keys.insert(key).inserted else {
                throw Problem(message: "duplicate key \(Failure.quoted(key)) at \(place): give each key once")
            }
            skipSpace()
            guard next(is: ":") else { throw invalid("a colon should follow the key") }
            i += 1
            try value(depth: depth)
            skipSpace()
            if next(is: ",") { i += 1; continue }
            if next(is: "}") { i += 1; return }
            throw invalid(i < bytes.count ? "a comma or } should be here" : "the object is not closed")
        }
    }

    private mutating func array(depth: Int) throws(Problem) {
        guard depth <= Self.maximumDepth else { throw invalid("nested more than \(Self.maximumDepth) deep") }
        i += 1
        skipSpace()
        if next(is: "]") { i += 1; return }
        while true {
            skipSpace()
            if next(is: "]") { throw invalid("a trailing comma before ]") }
            try value(depth: depth)
            skipSpace()
            if next(is: ",") { i += 1; continue }
            if next(is: "]") { i += 1; return }
            throw invalid(i < bytes.count ? "a comma or ] should be here" : "the array is not closed")
        }
    }

    /// The string's value, its escapes read (a lone surrogate as U+FFFD), for comparing keys.
    private mutating func string() throws(Problem) -> String {
        i += 1
        var scalars = String.UnicodeScalarView()
        var run = i
        func flush() { scalars.append(contentsOf: String(decoding: bytes[run..<i], as: UTF8.self).unicodeScalars) }
        while true {
            guard i < bytes.count else { throw invalid("a string is not closed") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                flush()
                i += 1
                return String(scalars)
            }
            if b < 0x20 { throw invalid("a control character inside a string (write it as an escape, e.g. \\n)") }
            guard b == UInt8(ascii: "\\") else { i += 1; continue }
            flush()
            i += 1
            guard i < bytes.count else { throw invalid("a string is not closed") }
            switch bytes[i] {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var unit = try hex4()
                if (0xD800..<0xDC00).contains(unit), bytes[(i + 1)...].starts(with: Array("\\u".utf8)) {
                    let saved = i
                    i += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) {
                        unit = 0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)
                    } else {
                        i = saved
                    }
                }
                scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
            default:
                throw invalid("an unknown escape in a string")
            }
            i += 1
            run = i
        }
    }

    /// The four hex digits after `\u` (`i` at the `u`, left at the last digit).
    private mutating func hex4() throws(Problem) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            i += 1
            guard i < bytes.count, let digit = Character(Unicode.Scalar(bytes[i])).hexDigitValue else {
                throw invalid("\\u should be followed by four hex digits")
            }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    private mutating func number() throws(Problem) {
        if next(is: "-") { i += 1 }
        if next(is: "0") {
            i += 1
            if digits() > 0 { throw invalid("a number with a leading zero") }
        } else if digits() == 0 {
            throw invalid("a number should have a digit here")
        }
        if next(is: ".") {
            i += 1
            guard digits() > 0 else { throw invalid("a number should have a digit after its point") }
        }
        if next(is: "e") || next(is: "E") {
            i += 1
            if next(is: "+") || next(is: "-") { i += 1 }
            guard digits() > 0 else { throw invalid("a number should have a digit in its exponent") }
        }
    }

    private mutating func digits() -> Int {
        let start = i
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        return i - start
    }

    private mutating func literal(_ word: String) throws(Problem) {
        guard bytes[i...].starts(with: Array(word.utf8)) else { throw invalid("a value should start here") }
        i += word.utf8.count
    }

    // MARK: Places

    private mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    private func next(is character: Unicode.Scalar) -> Bool {
        i < bytes.count && bytes[i] == UInt8(character.value)
    }

    /// `line L, column C` of the byte at `i`, counting characters (Unicode scalars), not bytes.
    private var place: String {
        let end = min(i, bytes.count)
        let before = bytes[..<end]
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let line = before.lazy.filter { $0 == 0x0A }.count + 1
        let column = bytes[lineStart..<end].lazy.filter { $0 & 0xC0 != 0x80 }.count + 1
        return "line \(line), column \(column)"
    }

    private func invalid(_ what: String) -> Problem {
        Problem(message: "invalid JSON on standard input: \(what) at \(place)")
    }
}
