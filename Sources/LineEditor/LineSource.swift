/// Where typed lines come from and where the conversation is written: a terminal with line
/// editing, or plain piped input that is echoed so a script's output reads like a session.
public protocol LineSource: AnyObject {
    /// Whether colour and cursor control make sense on the output.
    var isInteractive: Bool { get }
    func read(_ prompt: LinePrompt) -> LineRead
    /// Writes text (already ending in a newline where one is wanted).
    func write(_ text: String)
    /// Saves what must outlast the session (history).
    func close()
}
