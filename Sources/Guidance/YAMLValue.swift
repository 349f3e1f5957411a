import Foundation
import Yams

/// A node of a guidance file with its place in the file and its key path, so every complaint
/// about its content can say exactly where it is.
struct YAMLValue {
    let node: Node
    let file: String
    /// Dotted key path from the root, e.g. `guidelines[3].title`.
    let path: String

    /// Parses a whole file. Invalid UTF-8, a syntax error, duplicate keys or an empty file are
    /// reported with their position.
    static func parse(data: Data, file: String) throws(GuidanceError) -> YAMLValue {
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(in: data)
            throw GuidanceError(file: file, line: line, column: column, message: "not valid UTF-8 text")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw describe(error, file: file)
        } catch {
            throw GuidanceError(file: file, message: "\(error)")
        }
        guard let root else {
            throw GuidanceError(file: file, line: 1, column: 1, message: "the file is empty")
        }
        return YAMLValue(node: root, file: file, path: "")
    }

    func error(_ message: String) -> GuidanceError {
        GuidanceError(file: file, line: node.mark?.line, column: node.mark?.column,
                      message: path.isEmpty ? message : "\(path): \(message)")
    }

    func child(_ node: Node, _ component: String) -> YAMLValue {
        let joined = component.hasPrefix("[") || path.isEmpty ? path + component : path + "." + component
        return YAMLValue(node: node, file: file, path: joined)
    }

    func mapping() throws(GuidanceError) -> YAMLMapping {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping of keys to values, found \(kind)") }
        return YAMLMapping(value: self, mapping: mapping)
    }

    func list() throws(GuidanceError) -> [YAMLValue] {
        guard case .sequence(let sequence) = node else { throw error("expected a list, found \(kind)") }
        return sequence.enumerated().map { child($1, "[\($0)]") }
    }

    /// A non-empty string; numbers and other scalars are taken as written.
    func string() throws(GuidanceError) -> String {
        guard case .scalar(let scalar) = node else { throw error("expected text, found \(kind)") }
        let raw = scalar.string
        var start = raw.startIndex, end = raw.endIndex
        while start < end, raw[start].isWhitespace { start = raw.index(after: start) }
        while end > start, raw[raw.index(before: end)].isWhitespace { end = raw.index(before: end) }
        let text = String(raw[start..<end])
        guard !text.isEmpty else { throw error("must not be empty") }
        let control = text.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\n" && s != "\t") || (0x7F..<0xA0).contains(s.value)
        }
        guard !control else { throw error("contains a control character") }
        return text
    }

    func int(in range: ClosedRange<Int>) throws(GuidanceError) -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            throw error("expected a whole number, found \(kind)")
        }
        guard range.contains(value) else {
            throw error("expected a number from \(range.lowerBound) to \(range.upperBound), found \(value)")
        }
        return value
    }

    /// A number, whole or with a decimal point, within `range`.
    func number(in range: ClosedRange<Double>) throws(GuidanceError) -> Double {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
            throw error("expected a number, found \(kind)")
        }
        guard range.contains(value) else {
            throw error("expected a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound)), found \(scalar.string)")
        }
        return value
    }

    /// 0.5, 60, 86400: a bound as a person writes it.
    static func plain(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }

    /// Text that may be empty (a play's Enter is `answer: ""`); otherwise checked as `string()`.
    func text() throws(GuidanceError) -> String {
        if case .scalar(let scalar) = node, scalar.string.allSatisfy(\.isWhitespace) { return "" }
        return try string()
    }

    /// `file:line:column`, for messages about this node that are not errors in it.
    var place: String {
        "\(file):\(node.mark?.line ?? 1):\(node.mark?.column ?? 1)"
    }

    /// `true` or `false` (YAML 1.1's yes/no are not taken: they read as text here).
    func bool() throws(GuidanceError) -> Bool {
        guard case .scalar(let scalar) = node else { throw error("expected true or false, found \(kind)") }
        switch scalar.string {
        case "true": return true
        case "false": return false
        default: throw error("expected true or false, found \(kind)")
        }
    }

    /// One of a fixed set of words, the set named in the error.
    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(GuidanceError) -> T where T.RawValue == String {
        let word = try string()
        guard let value = T(rawValue: word) else {
            throw error("unknown value \"\(word)\"; expected one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    private var kind: String {
        switch node {
        case .scalar(let s): s.string.isEmpty ? "nothing" : "\"\(s.string.prefix(40))\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    private static func describe(_ error: YamlError, file: String) -> GuidanceError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return GuidanceError(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return GuidanceError(file: file, line: context.mark.line, column: context.mark.column,
                                 message: "duplicate key \(duplicates.joined(separator: ", ")) in one mapping")
        case let .reader(problem, offset, _, yaml):
            guard let offset else { return GuidanceError(file: file, message: "cannot read: \(problem)") }
            let before = yaml.prefix(offset)
            let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            return GuidanceError(file: file, line: line, column: column, message: "cannot read: \(problem)")
        default:
            return GuidanceError(file: file, message: "\(error)")
        }
    }

    private static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            let valid = length > 0 && i + length <= bytes.count
                && String(bytes: bytes[i..<(i + length)], encoding: .utf8) != nil
            if !valid {
                let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
                return (line, column)
            }
            if b == 10 {
                line += 1
                lineStart = i + 1
            }
            i += length
        }
        return (line, 1)
    }
}
