/// Tab completion of the word before the cursor against the choices of the current prompt.
public enum Completion {
    /// The word being completed: the text after the last space (or the whole text).
    public static func word(before text: String) -> Substring {
        if let space = text.lastIndex(where: { $0 == " " }) {
            return text[text.index(after: space)...]
        }
        return text[...]
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
