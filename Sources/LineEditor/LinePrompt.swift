/// A prompt as the editor shows it, with the words Tab completes at it.
public struct LinePrompt: Sendable, Equatable {
    /// What is printed before the cursor; ANSI colour in `styled` only.
    public var plain: String
    public var styled: String
    public var completions: [String]
    /// What Tab offers after particular words, by the words before the one being typed (lower
    /// case): the longest run of them with an entry decides, so `261201-001 ` can offer only the
    /// actions that case's stage allows. Without an entry, `completions`.
    public var following: [[String]: [String]]
    /// Text already on the line when the prompt appears, to be edited (terminal only).
    public var prefill: String?
    /// What of the answer the shared history keeps.
    public var history: HistoryPolicy

    public init(plain: String, styled: String? = nil, completions: [String] = [], following: [[String]: [String]] = [:],
                prefill: String? = nil, history: HistoryPolicy = .commandsOnly) {
        self.plain = plain
        self.styled = styled ?? plain
        self.completions = completions
        self.following = following
        self.prefill = prefill
        self.history = history
    }
}
