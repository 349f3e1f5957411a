/// What of a typed line the shared history may keep. The history is shared by everyone at the
/// desk and read back with Up: it keeps commands and choice answers, never a caller's words,
/// name or number, so the next call cannot recall the last caller's details.
public struct HistoryPolicy: Sendable, Equatable {
    /// Whole answers worth recalling at this prompt (its choices, yes and no), compared
    /// ignoring case.
    public var answers: Set<String>
    /// Colon-commands kept with their argument (a number, a choice, a guideline); any other
    /// colon-command is kept without it (`:note …` is kept as `:note`).
    public var wholeCommands: Set<String>
    /// For a line that is neither: how many leading words to keep (a desk's action and case
    /// number, never the text after them); 0 keeps nothing.
    public var leadingWords: Int

    public init(answers: [String] = [], wholeCommands: Set<String> = [], leadingWords: Int = 0) {
        self.answers = Set(answers.map { $0.lowercased() })
        self.wholeCommands = wholeCommands
        self.leadingWords = leadingWords
    }

    /// Commands only, without their arguments.
    public static let commandsOnly = HistoryPolicy()

    /// What to add to the history for a typed line, or nil for nothing.
    public func kept(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first else { return nil }
        if first == ":" || first == "：" {
            let body = trimmed.dropFirst()
            let name = String(body.prefix { !$0.isWhitespace })
            guard !name.isEmpty else { return nil }
            return wholeCommands.contains(name.lowercased()) ? ":" + body : ":" + name
        }
        if answers.contains(trimmed.lowercased()) { return trimmed }
        guard leadingWords > 0 else { return nil }
        return trimmed.split(separator: " ").prefix(leadingWords).joined(separator: " ")
    }
}
