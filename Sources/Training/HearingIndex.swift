import ComplaintDomain

/// The lexicon's examples and grammar words read once, when the lexicon is made, so that hearing a
/// line costs reading it and aligning only the examples whose words it has.
struct HearingIndex: Sendable {
    struct Example: Sendable {
        let act: SpeechAct
        /// As written in guidance/phrases, shown as the evidence.
        let text: String
        let ids: [Int32]
        let weight: Int32
        /// How many negating words it holds: a match with one more or one fewer is its opposite.
        let negations: Int
        /// Listed under `when_gift_offered`: heard only while a gift is on offer.
        let onlyWhenGiftOffered: Bool
    }

    /// A listed question word (請問, 幾時, when) or a grammar word, as ids, with its text.
    struct Word: Sendable {
        let ids: [Int32]
        let text: String
        /// Written in English: a question word then asks only at the start of a clause.
        let english: Bool
    }

    struct GrammarWords: Sendable {
        var negation: [[Int32]] = []
        var notNegation: [[Int32]] = []
        var between: [[Int32]] = []
        var questionEndings: [Word] = []
        var embedding: [[Int32]] = []
        var indefinite: [[Int32]] = []
        var leadIn: [[Int32]] = []
        var asking: [Word] = []
    }

    let sameAs: SameAsTable
    let vocabulary: [String: Int32]
    let examples: [Example]
    let questionWords: [Word]
    let grammar: GrammarWords

    init(terms: [Language: [SpeechAct: [String]]], whenGiftOffered: [Language: [SpeechAct: [String]]],
         grammar byLanguage: [Language: SpeechGrammar]) {
        let grammar = SpeechGrammar.merged(Language.allCases.compactMap { byLanguage[$0] })
        let sameAs = SameAsTable(grammar.sameAs)
        self.sameAs = sameAs
        // Every text read once, so the vocabulary holds every word of every example and grammar word.
        var vocabulary: [String: Int32] = [:]
        var read: [String: SpokenText] = [:]
        func spoken(_ text: String) -> SpokenText {
            if let known = read[text] { return known }
            let spoken = SpokenText(text, sameAs: sameAs)
            for case .word(let word) in spoken.pieces where vocabulary[word] == nil {
                vocabulary[word] = Int32(vocabulary.count + 2)
            }
            read[text] = spoken
            return spoken
        }
        let grammarLists = [grammar.negation, grammar.notNegation, grammar.between, grammar.questionEndings, grammar.embedding,
                            grammar.indefinite, grammar.leadIn, grammar.asking]
        for list in grammarLists { for word in list { _ = spoken(word) } }
        for source in [terms, whenGiftOffered] {
            for (_, acts) in source { for (_, list) in acts { for text in list { _ = spoken(text) } } }
        }
        self.vocabulary = vocabulary
        func ids(_ text: String) -> [Int32] {
            LineTokens(spoken(text), vocabulary: vocabulary).ids
        }
        func words(_ list: [String]) -> [Word] {
            list.map { Word(ids: ids($0), text: $0, english: $0.allSatisfy(\.isASCII)) }.filter { !$0.ids.isEmpty }
        }
        var g = GrammarWords()
        g.negation = grammar.negation.map(ids).filter { !$0.isEmpty }
        g.notNegation = grammar.notNegation.map(ids).filter { !$0.isEmpty }
        g.between = grammar.between.map(ids).filter { !$0.isEmpty }
        g.questionEndings = words(grammar.questionEndings)
        g.embedding = grammar.embedding.map(ids).filter { !$0.isEmpty }
        g.indefinite = grammar.indefinite.map(ids).filter { !$0.isEmpty }
        g.leadIn = grammar.leadIn.map(ids).filter { !$0.isEmpty }
        g.asking = words(grammar.asking)
        self.grammar = g

        var examples: [Example] = []
        var questionWords: [Word] = []
        for language in Language.allCases {
            for act in SpeechAct.allCases {
                if act == .question {
                    questionWords += words(terms[language]?[act] ?? [])
                    continue
                }
                for (list, conditional) in [(terms[language]?[act] ?? [], false), (whenGiftOffered[language]?[act] ?? [], true)] {
                    for text in list {
                        let tokens = LineTokens(spoken(text), vocabulary: vocabulary)
                        let trimmed = Self.trimmed(tokens.ids)
                        guard !trimmed.isEmpty else { continue }
                        examples.append(Example(act: act, text: text, ids: trimmed,
                                                weight: ExampleAlignment.weight(of: trimmed),
                                                negations: NegationMarks(tokens, g).count(in: 0..<tokens.ids.count),
                                                onlyWhenGiftOffered: conditional))
                    }
                }
            }
        }
        self.examples = examples
        self.questionWords = questionWords
    }

    /// An example's ids without boundaries at either end (谢谢。 is 谢谢).
    private static func trimmed(_ ids: [Int32]) -> [Int32] {
        var ids = ids[...]
        while ids.first == LineTokens.boundary { ids = ids.dropFirst() }
        while ids.last == LineTokens.boundary { ids = ids.dropLast() }
        return Array(ids)
    }
}
