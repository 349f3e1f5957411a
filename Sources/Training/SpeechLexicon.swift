import ComplaintDomain

/// The phrase lexicons of every language together: a trainee may answer in any script, so a line
/// is heard against all of them. A line performs an act when one of the act's examples stands in it
/// closely enough (`ExampleAlignment`: a word more or less is allowed, so 不關我們事 is heard by
/// 不關我事), with as many negations as the example (`NegationMarks`: 唔係你嘅錯 is not blame). Lines
/// and examples are read alike (`SpokenText`): Simplified hears Traditional examples and the other
/// way round, and Cantonese hears written Chinese through the grammar's same-as words. Whether a
/// line asks is read from its form (`QuestionCues`), not from a question word alone.
public struct SpeechLexicon: Sendable {
    /// Examples by act, per language, as guidance/phrases/<language>.yaml lists them.
    public var terms: [Language: [SpeechAct: [String]]] { didSet { index = Self.index(self) } }
    /// Examples that only mean their act while a gift is on offer (唔使喇，多謝 declines a gift, and
    /// is a polite nothing otherwise): `when_gift_offered` in guidance/phrases.
    public var whenGiftOffered: [Language: [SpeechAct: [String]]] { didSet { index = Self.index(self) } }
    /// Each file's grammar words; all apply to every line.
    public var grammar: [Language: SpeechGrammar] { didSet { index = Self.index(self) } }
    /// Everything above read once, not on every line.
    private var index: HearingIndex

    /// A match must earn this share of its example's words (4 of 5).
    static let threshold = (numerator: Int32(4), denominator: Int32(5))

    public init(terms: [Language: [SpeechAct: [String]]], whenGiftOffered: [Language: [SpeechAct: [String]]] = [:],
                grammar: [Language: SpeechGrammar] = [:]) {
        self.terms = terms
        self.whenGiftOffered = whenGiftOffered
        self.grammar = grammar
        index = HearingIndex(terms: terms, whenGiftOffered: whenGiftOffered, grammar: grammar)
    }

    private static func index(_ lexicon: SpeechLexicon) -> HearingIndex {
        HearingIndex(terms: lexicon.terms, whenGiftOffered: lexicon.whenGiftOffered, grammar: lexicon.grammar)
    }

    /// The acts a line performs, each with the example that shows it, when nothing is known of the
    /// moment: nothing is out of place, and words that only decline a gift on offer do not count.
    public func acts(in line: String) -> [SpeechAct: String] {
        hear(line).acts
    }

    /// How a line is heard at a moment of the call.
    public func hear(_ line: String, context: HearingContext = .unknown) -> Heard {
        let text = SpokenText(line, sameAs: index.sameAs)
        let tokens = LineTokens(text, vocabulary: index.vocabulary)
        let characters = Array(line)
        let marks = NegationMarks(tokens, index.grammar)
        let typed = Set(characters)
        var found: [SpeechAct: (example: HearingIndex.Example, match: ExampleAlignment)] = [:]
        var present = [Bool](repeating: false, count: index.vocabulary.count + 2)
        for id in tokens.ids where Int(id) < present.count { present[Int(id)] = true }
        for example in index.examples {
            if example.onlyWhenGiftOffered, context.giftOffered != true { continue }
            // Only examples that could reach the threshold with the words the line has are aligned.
            var possible: Int32 = 0
            for id in example.ids where id != LineTokens.boundary && present[Int(id)] { possible += ExampleAlignment.matchWeight }
            guard Self.reaches(possible, of: example.weight),
                  let match = ExampleAlignment.best(example.ids, in: tokens.ids), Self.reaches(match.score, of: example.weight),
                  marks.count(in: match.span) % 2 == example.negations % 2
            else { continue }
            if let held = found[example.act], !Self.better(match, example, than: held, typed: typed) { continue }
            found[example.act] = (example, match)
        }
        // A match inside another act's match is part of it (唔使喇，多謝 declines; its 多謝 accepts
        // nothing); of two matches of the same words, the closer stands (I'll call you back tomorrow
        // promises; it does not tell them to call back tomorrow).
        let matched = found
        for (act, mine) in matched {
            let inside = matched.contains { other, theirs in
                other != act && theirs.match.span.lowerBound <= mine.match.span.lowerBound
                    && mine.match.span.upperBound <= theirs.match.span.upperBound
                    && (theirs.match.span != mine.match.span || Self.closeness(theirs) > Self.closeness(mine))
            }
            if inside { found[act] = nil }
        }
        // A line that declines a gift does not take it, whatever polite words come with the refusal.
        if found[.declineGift] != nil { found[.acceptGift] = nil }
        var heard = Heard(acts: found.mapValues(\.example.text))
        if let cue = QuestionCues(tokens: tokens, marks: marks, index: index).cue(in: characters) { heard.acts[.question] = cue }
        if context.giftOffered == false {
            heard.outOfPlace.formUnion([SpeechAct.acceptGift, .declineGift].filter { heard.acts[$0] != nil })
        }
        if context.suggestion == true, heard.acts[.apology] != nil { heard.outOfPlace.insert(.apology) }
        return heard
    }

    private static func reaches(_ score: Int32, of weight: Int32) -> Bool {
        score * threshold.denominator >= weight * threshold.numerator
    }

    /// The share of its example a match earns.
    private static func closeness(_ found: (example: HearingIndex.Example, match: ExampleAlignment)) -> Double {
        Double(found.match.score) / Double(found.example.weight)
    }

    /// The closer match wins; then the longer example; then the one written more as the line is
    /// (不關我們事 shows 不關我事 rather than 唔關我事, a Simplified line a Simplified example).
    private static func better(_ match: ExampleAlignment, _ example: HearingIndex.Example,
                               than held: (example: HearingIndex.Example, match: ExampleAlignment), typed: Set<Character>) -> Bool {
        let mine = closeness((example, match)), theirs = closeness(held)
        if mine != theirs { return mine > theirs }
        if example.weight != held.example.weight { return example.weight > held.example.weight }
        return example.text.filter(typed.contains).count > held.example.text.filter(typed.contains).count
    }
}

extension SpeechLexicon: Equatable {
    public static func == (a: SpeechLexicon, b: SpeechLexicon) -> Bool {
        a.terms == b.terms && a.whenGiftOffered == b.whenGiftOffered && a.grammar == b.grammar
    }
}
