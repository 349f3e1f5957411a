/// A prompt as the editor shows it, with the words Tab completes at it.
public struct LinePrompt: Sendable, Equatable {
    /// What is printed before the cursor; ANSI colour in `styled` only.
    public var plain: String
    public var styled: String
    public var completions: [String]
    /// Text already on the line when the prompt appears, to be edited (terminal only).
    public var prefill: String?
    /// What of the answer the shared history keeps.
    public var history: HistoryPolicy

    public init(plain: String, styled: String? = nil, completions: [String] = [], prefill: String? = nil,
                history: HistoryPolicy = .commandsOnly) {
        self.plain = plain
        self.styled = styled ?? plain
        self.completions = completions
        self.prefill = prefill
        self.history = history
    }
}
