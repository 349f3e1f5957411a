import ComplaintDomain
import Training

/// guidance/phrases/<language>.yaml: the terms that show what a line said to a caller does.
enum PhrasesFile {
    static func read(_ root: YAMLValue, expecting language: Language) throws(GuidanceError) -> [SpeechAct: [String]] {
        let top = try root.mapping()
        try top.allowOnly(Set(["language"] + SpeechAct.allCases.map(\.rawValue)))
        let languageValue = try top.require("language")
        let stated = try languageValue.choice(Language.self)
        if stated != language {
            throw languageValue.error("this file is for \(language.rawValue), but says \(stated.rawValue)")
        }
        var terms: [SpeechAct: [String]] = [:]
        for act in SpeechAct.allCases {
            let list = try top.require(act.rawValue)
            var words: [String] = []
            for item in try list.list() { words.append(try item.string()) }
            if words.isEmpty { throw list.error("give at least one term") }
            terms[act] = words
        }
        return terms
    }
}
