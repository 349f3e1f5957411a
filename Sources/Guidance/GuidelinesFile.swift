import CivilTime
import ComplaintDomain

/// guidance/guidelines.yaml: the twelve guidelines, each once, in order, and the register their
/// Traditional Chinese phrases are offered in (`zh_hant_register`, spoken unless it says written).
enum GuidelinesFile {
    static func read(_ root: YAMLValue) throws(GuidanceError) -> (guidelines: [Guideline], register: ChineseRegister) {
        let top = try root.mapping()
        try top.allowOnly(["zh_hant_register", "guidelines"])
        let register = try top.optional("zh_hant_register")?.choice(ChineseRegister.self) ?? .spoken
        let entries = try top.require("guidelines").list()
        var guidelines: [Guideline] = []
        for entry in entries {
            let map = try entry.mapping()
            try map.allowOnly(["number", "key", "moments", "title", "text", "cue", "phrases"])
            let numberValue = try map.require("number")
            let number = try numberValue.int(in: 1...12)
            if guidelines.contains(where: { $0.number == number }) {
                throw numberValue.error("guideline \(number) is given twice")
            }
            let momentsValue = try map.require("moments")
            var moments: [Moment] = []
            for item in try momentsValue.list() { moments.append(try item.choice(Moment.self)) }
            if moments.isEmpty { throw momentsValue.error("give at least one moment") }
            var phrases: [Guideline.Phrase] = []
            if let list = map.optional("phrases") {
                for item in try list.list() { phrases.append(try item.phrase()) }
            }
            guidelines.append(Guideline(number: number, key: try map.require("key").string(), moments: moments,
                                        title: try map.localized("title"), text: try map.localized("text"),
                                        cue: try map.localized("cue"), phrases: phrases))
        }
        let missing = Set(1...12).subtracting(guidelines.map(\.number)).sorted()
        if !missing.isEmpty {
            throw try top.require("guidelines").error("missing guideline(s) \(missing.map(String.init).joined(separator: ", ")); all twelve are required")
        }
        return (guidelines.sorted { $0.number < $1.number }, register)
    }
}
