/// What one read at a prompt produced.
public enum LineRead: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// A line whose bytes were not valid UTF-8 (another encoding, a stray byte): the text as
    /// far as it could be read (U+FFFD for the rest), and the bytes exactly as they came.
    case undecodable(String, bytes: [UInt8])
    /// Ctrl-C: the line being typed was dropped; the session goes on.
    case interrupted
    /// Ctrl-D at an empty prompt, or the end of piped input.
    case endOfInput
}
