import Foundation

/// Text typed by anyone, made safe to keep in a record and to show on a terminal: terminal
/// escape sequences and other control characters are removed (a tab becomes a space), so a
/// pasted sequence can never drive the terminal of whoever reads it later.
public enum SafeText {
    public static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x09:
                result.append(" ")
            case 0x0A:
                result.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `clean`, on one line: line breaks become spaces.
    public static func line(_ text: String) -> String {
        clean(text).replacingOccurrences(of: "\n", with: " ")
    }

    /// After ESC: a CSI (`[` … final byte), an OSC (`]` … BEL or ESC \), or one character.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[":
            while let s = scalars.next(), !(0x40...0x7E).contains(s.value) {}
        case "]", "P", "_", "^":
            var previous: Unicode.Scalar = " "
            while let s = scalars.next() {
                if s == "\u{07}" || (previous == "\u{1B}" && s == "\\") { break }
                previous = s
            }
        default:
            break
        }
    }
}
