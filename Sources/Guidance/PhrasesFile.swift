import ComplaintDomain
import Training

/// guidance/phrases/<language>.yaml: examples of each speech act, the examples that only count
/// while a gift is on offer (`when_gift_offered`), and the `grammar` words that say how lines are
/// read (see SpeechGrammar). Every act needs at least one example; the rest may be left out.
enum PhrasesFile {
    struct Content: Equatable {
        var terms: [SpeechAct: [String]]
        var whenGiftOffered: [SpeechAct: [String]] = [:]
        var grammar = SpeechGrammar.none
    }

    /// The acts that depend on a gift on offer, which alone `when_gift_offered` may list.
    static let giftActs: [SpeechAct] = [.acceptGift, .declineGift]

    static func read(_ root: YAMLValue, expecting language: Language) throws(GuidanceError) -> Content {
        let top = try root.mapping()
        try top.allowOnly(Set(["language", "grammar", "when_gift_offered"] + SpeechAct.allCases.map(\.rawValue)))
        let languageValue = try top.require("language")
        let stated = try languageValue.choice(Language.self)
        if stated != language {
            throw languageValue.error("this file is for \(language.rawValue), but says \(stated.rawValue)")
        }
        var content = Content(terms: [:])
        var seen: [String: SpeechAct] = [:]
        for act in SpeechAct.allCases {
            let list = try top.require(act.rawValue)
            content.terms[act] = try examples(list, of: act, seen: &seen)
        }
        if let gift = top.optional("when_gift_offered") {
            let map = try gift.mapping()
            try map.allowOnly(Set(giftActs.map(\.rawValue)))
            for act in giftActs {
                if let list = map.optional(act.rawValue) { content.whenGiftOffered[act] = try examples(list, of: act, seen: &seen) }
            }
        }
        if let grammar = top.optional("grammar") { content.grammar = try Self.grammar(grammar) }
        return content
    }

    /// A non-empty list of examples, each with something to hear in it and listed under one act only.
    private static func examples(_ list: YAMLValue, of act: SpeechAct, seen: inout [String: SpeechAct]) throws(GuidanceError) -> [String] {
        var words: [String] = []
        for item in try list.list() {
            let text = try item.string()
            guard text.contains(where: { $0.isLetter || $0.isNumber }) else {
                throw item.error("has nothing to hear: give words, not only punctuation")
            }
            let key = TermMatch.fold(text)
            if let other = seen[key], other != act {
                throw item.error("\"\(text)\" is also an example of \(other.rawValue); an example shows one act")
            }
            seen[key] = act
            words.append(text)
        }
        if words.isEmpty { throw list.error("give at least one term") }
        return words
    }

    private static func grammar(_ value: YAMLValue) throws(GuidanceError) -> SpeechGrammar {
        let map = try value.mapping()
        try map.allowOnly(["same_as", "negation", "not_negation", "between", "question_endings", "embedding", "indefinite",
                           "lead_in", "asking"])
        func words(_ key: String) throws(GuidanceError) -> [String] {
            guard let list = map.optional(key) else { return [] }
            var words: [String] = []
            for item in try list.list() { words.append(try item.string()) }
            return words
        }
        var sameAs: [String: String] = [:]
        if let value = map.optional("same_as") {
            let pairs = try value.mapping()
            for (key, read) in pairs.mapping {
                let word = try value.child(key, key.string ?? "").string()
                sameAs[word] = try value.child(read, word).string()
            }
        }
        return SpeechGrammar(sameAs: sameAs, negation: try words("negation"), notNegation: try words("not_negation"),
                             between: try words("between"), questionEndings: try words("question_endings"),
                             embedding: try words("embedding"), indefinite: try words("indefinite"),
                             leadIn: try words("lead_in"), asking: try words("asking"))
    }
}
