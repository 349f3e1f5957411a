/// Tab completion of the word before the cursor against the choices of the current prompt.
public enum Completion {
    /// The word being completed: the text after the last space (or the whole text).
    public static func word(before text: String) -> Substring {
        if let space = text.lastIndex(where: { $0 == " " }) {
            return text[text.index(after: space)...]
        }
        return text[...]
    }

    /// The choices Tab offers for the word being typed at the end of `text`: those `following`
    /// lists for the longest run of words just before it, else `completions`.
    public static func choices(before text: String, completions: [String], following: [[String]: [String]]) -> [String] {
        guard !following.isEmpty else { return completions }
        let typed = text[..<word(before: text).startIndex].split(separator: " ").map { $0.lowercased() }
        for length in stride(from: typed.count, through: 1, by: -1) {
            if let choices = following[Array(typed.suffix(length))] { return choices }
        }
        return completions
    }

    /// Candidates starting with `word`, case-insensitively for ASCII.
    public static func candidates(for word: Substring, in choices: [String]) -> [String] {
        let lower = word.lowercased()
        var seen = Set<String>()
        return choices.filter { $0.lowercased().hasPrefix(lower) && seen.insert($0).inserted }
    }

    /// The longest text every candidate starts with, compared character by character so a
    /// Chinese character is never split.
    public static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let other = Array(candidate)
            var n = 0
            while n < prefix.count, n < other.count, prefix[n] == other[n] { n += 1 }
            prefix = Array(prefix[..<n])
        }
        return String(prefix)
    }
}
