import Foundation

/// Matches what was typed against a prompt's choices: a key (`p`, `phone`, `電話`), any
/// case, or the choice's number in the list.
struct ChoiceMatcher<Value> {
    struct Option {
        var value: Value
        /// The name shown for the choice, in the staff member's language.
        var label: String
        /// Every word that picks it.
        var keys: [String]
    }

    var options: [Option]

    func match(_ typed: String) -> Value? {
        let word = typed.trimmingCharacters(in: .whitespaces).lowercased()
        guard !word.isEmpty else { return nil }
        if let number = Int(word), (1...options.count).contains(number) {
            return options[number - 1].value
        }
        return options.first { option in
            option.label.lowercased() == word || option.keys.contains { $0.lowercased() == word }
        }?.value
    }

    /// `(p)電話 (i)來人 …` when every option has a one-letter key, else the labels.
    var hint: String {
        options.map { option in
            if let letter = option.keys.first(where: { $0.count == 1 && $0.first!.isASCII }) {
                return "(\(letter))\(option.label)"
            }
            return option.label
        }.joined(separator: " ")
    }

    /// The choices in words, for an error message or `:help`.
    var listing: String {
        options.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: " · ")
    }

    var completions: [String] { options.map(\.label) }
}
