/// What one read at a prompt produced.
public enum LineRead: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: the line being typed was dropped; the session goes on.
    case interrupted
    /// Ctrl-D at an empty prompt, or the end of piped input.
    case endOfInput
}
