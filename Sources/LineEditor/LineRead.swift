/// What one read at a prompt produced.
public enum LineRead: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// A line whose bytes were not valid UTF-8: the text as read in a legacy encoding (named),
    /// or as far as it could be read (U+FFFD for the rest, encoding nil), and the bytes exactly
    /// as they came.
    case undecodable(String, bytes: [UInt8], encoding: String?)
    /// Ctrl-C: the line being typed was dropped; the session goes on.
    case interrupted
    /// Ctrl-D at an empty prompt, or the end of piped input.
    case endOfInput
}

extension LineRead {
    /// A line's bytes as read: UTF-8, else a legacy encoding, else as far as they go; bytes that
    /// were not UTF-8 are kept as they came, so nothing typed is lost to decoding.
    public init(_ bytes: [UInt8]) {
        if let text = String(validating: bytes, as: UTF8.self) {
            self = .line(text)
        } else if let legacy = LegacyText.decode(bytes) {
            self = .undecodable(legacy.text, bytes: bytes, encoding: legacy.encoding)
        } else {
            self = .undecodable(String(decoding: bytes, as: UTF8.self), bytes: bytes, encoding: nil)
        }
    }

    /// The words of a line read; empty for a key.
    var text: String {
        switch self {
        case .line(let text), .undecodable(let text, _, _): text
        case .interrupted, .endOfInput: ""
        }
    }
}
