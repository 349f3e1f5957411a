import Foundation

/// Text typed by anyone, made safe to keep in a record and to show on a terminal: terminal
/// escape sequences and other control characters are removed (a tab becomes a space), so a
/// pasted sequence can never drive the terminal of whoever reads it later. A sequence left
/// unfinished takes only its own introducer with it: the words after it stay.
public enum SafeText {
    public static func clean(_ text: String) -> String {
        // Most text has nothing to remove, and is kept as it is without being rebuilt.
        guard text.unicodeScalars.contains(where: { isRemovedOrChanged($0.value) }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            switch scalar.value {
            case 0x1B:
                i = endOfEscapeSequence(scalars, at: i)
                continue
            case 0x09:
                result.append(" ")
            case 0x0A:
                result.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                break
            default:
                result.append(scalar)
            }
            i += 1
        }
        return String(result)
    }

    /// What `clean` does not keep as it is: escape sequences, a tab, other controls but a line
    /// break, and the directional and separator characters.
    private static func isRemovedOrChanged(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A: false
        case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `clean`, on one line: line breaks become spaces.
    public static func line(_ text: String) -> String {
        clean(text).replacingScalar("\n", with: " ")
    }

    /// Where the text goes on after the escape sequence that starts at `start` (an ESC): a CSI
    /// (`[`, parameter bytes, then intermediate bytes, then one final byte), a string (`]`, `P`, `_`, `^` … up to BEL
    /// or ESC \), or ESC and one character. What does not complete a sequence is not part of it.
    static func endOfEscapeSequence(_ scalars: [Unicode.Scalar], at start: Int) -> Int {
        var i = start + 1
        guard i < scalars.count else { return i }
        switch scalars[i] {
        case "[":
            i += 1
            while i < scalars.count, (0x30...0x3F).contains(scalars[i].value) { i += 1 }
            while i < scalars.count, (0x20...0x2F).contains(scalars[i].value) { i += 1 }
            if i < scalars.count, (0x40...0x7E).contains(scalars[i].value) { i += 1 }
            return i
        case "]", "P", "_", "^":
            var j = i + 1
            while j < scalars.count {
                if scalars[j] == "\u{07}" { return j + 1 }
                if scalars[j] == "\u{1B}", j + 1 < scalars.count, scalars[j + 1] == "\\" { return j + 2 }
                if scalars[j] == "\n" { break }
                j += 1
            }
            // Never finished (on this line): only ESC and its introducer go.
            return i + 1
        default:
            return scalars[i].value < 0x80 ? i + 1 : i
        }
    }
}

extension String {
    /// Every `scalar` replaced. Foundation's `replacingOccurrences(of:with:)` compares composed
    /// character sequences, so it passes over a line break or a quote that a combining mark
    /// follows ("\n\u{31C}", "\"\u{301}"): text from anyone can hold those.
    public func replacingScalar(_ scalar: Unicode.Scalar, with replacement: String) -> String {
        guard unicodeScalars.contains(scalar) else { return self }
        var result = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s == scalar { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(s) }
        }
        return String(result)
    }
}
