import ComplaintDomain

/// The phrase lexicons of every language together: a trainee may answer in any script, so a
/// line is matched against all of them.
public struct SpeechLexicon: Sendable, Equatable {
    /// Terms by act, per language, as guidance/phrases/<language>.yaml lists them.
    public var terms: [Language: [SpeechAct: [String]]]

    public init(terms: [Language: [SpeechAct: [String]]]) {
        self.terms = terms
    }

    /// The acts a line performs, each with the term that shows it.
    public func acts(in line: String) -> [SpeechAct: String] {
        let text = TermMatch.fold(line)
        var found: [SpeechAct: String] = [:]
        for act in SpeechAct.allCases {
            for language in Language.allCases {
                if let term = terms[language]?[act]?.first(where: { TermMatch.contains(text, term: TermMatch.fold($0)) }) {
                    found[act] = term
                    break
                }
            }
        }
        if found[.question] == nil, line.contains("?") || line.contains("？") {
            found[.question] = "?"
        }
        return found
    }
}
