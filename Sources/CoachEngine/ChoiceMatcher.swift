import ComplaintDomain
import Foundation

/// Matches what was typed against a question's choices: the choice's number in the list, its
/// one-letter key, its name in any of the three languages, or another word that picks it.
struct ChoiceMatcher<Value> {
    struct Option {
        var value: Value
        var key: String?
        var name: LocalizedText
        /// More words that pick it (`tel`, `來電`, `租客`…).
        var words: [String]
    }

    var options: [Option]

    func match(_ typed: String) -> Value? {
        let word = typed.trimmingCharacters(in: .whitespaces).lowercased()
        guard !word.isEmpty else { return nil }
        if let number = Int(word), (1...options.count).contains(number) {
            return options[number - 1].value
        }
        return options.first { option in
            ([option.key, option.name.zhHant, option.name.zhHans, option.name.en].compactMap { $0 } + option.words)
                .contains { $0.lowercased() == word }
        }?.value
    }

    /// The choices as data, for the text module to list.
    var choices: [Choice] { options.map { Choice(key: $0.key, name: $0.name) } }
}

extension LocalizedText {
    /// A name in all three languages, from a type that names itself in each.
    init(_ name: (Language) -> String) {
        self.init(zhHant: name(.zhHant), zhHans: name(.zhHans), en: name(.en))
    }
}
