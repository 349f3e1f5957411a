/// The words that decide how a line is read beyond the examples of each act: which spoken forms
/// read as written ones, what negates, and what makes a clause ask. From the `grammar` section of
/// each guidance/phrases file; the words of every language apply to every line, since a trainee may
/// answer in any script or mix them.
public struct SpeechGrammar: Sendable, Equatable {
    /// Words read as another form on both sides of a match (唔 as 不, 冇 as 沒有, 係咪 as 是不是,
    /// apologize as apologise), so one example hears Cantonese and written Chinese, or both spellings.
    public var sameAs: [String: String]
    /// Words that negate what follows them (不, 沒有, not, never).
    public var negation: [String]
    /// Words that start with a negating word but do not negate (不過, 不好意思, 無論).
    public var notNegation: [String]
    /// Words that may stand between a negating word and what it negates (是, 會, is, really).
    public var between: [String]
    /// A clause ending in one of these asks (呢, 嗎, 咩, 未).
    public var questionEndings: [String]
    /// A Chinese question word after one of these is part of a statement (我唔知點解, 我會查下幾時).
    public var embedding: [String]
    /// A Chinese question word followed by one of these means "any" (幾時都得, 乜都唔使).
    public var indefinite: [String]
    /// Words that may come before an English question word at the start of a clause (so, sorry, please).
    public var leadIn: [String]
    /// Words that ask wherever they stand, which no statement or "any" reading takes back (請問,
    /// 想知, may I ask).
    public var asking: [String]

    public init(sameAs: [String: String] = [:], negation: [String] = [], notNegation: [String] = [], between: [String] = [],
                questionEndings: [String] = [], embedding: [String] = [], indefinite: [String] = [], leadIn: [String] = [],
                asking: [String] = []) {
        self.sameAs = sameAs
        self.negation = negation
        self.notNegation = notNegation
        self.between = between
        self.questionEndings = questionEndings
        self.embedding = embedding
        self.indefinite = indefinite
        self.leadIn = leadIn
        self.asking = asking
    }

    /// No grammar words: lines are heard by their examples and question marks only.
    public static let none = SpeechGrammar()

    /// The words of several files together; where two files read a word differently, the first wins.
    static func merged(_ grammars: [SpeechGrammar]) -> SpeechGrammar {
        func all(_ list: (SpeechGrammar) -> [String]) -> [String] {
            var seen = Set<String>()
            return grammars.flatMap(list).filter { seen.insert($0).inserted }
        }
        return SpeechGrammar(sameAs: grammars.reduce(into: [:]) { $0.merge($1.sameAs) { first, _ in first } },
                             negation: all(\.negation), notNegation: all(\.notNegation), between: all(\.between),
                             questionEndings: all(\.questionEndings), embedding: all(\.embedding), indefinite: all(\.indefinite),
                             leadIn: all(\.leadIn), asking: all(\.asking))
    }
}
