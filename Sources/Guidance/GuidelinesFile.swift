import CivilTime
import ComplaintDomain

/// guidance/guidelines.yaml: the twelve guidelines, each once, in order.
enum GuidelinesFile {
    static func read(_ root: YAMLValue) throws(GuidanceError) -> [Guideline] {
        let top = try root.mapping()
        try top.allowOnly(["guidelines"])
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
                for item in try list.list() {
                    let phrase = try item.mapping()
                    try phrase.allowOnly(["purpose", "zh-Hant", "zh-Hans", "en"])
                    phrases.append(Guideline.Phrase(
                        purpose: try phrase.require("purpose").choice(PhrasePurpose.self),
                        text: LocalizedText(zhHant: try phrase.require("zh-Hant").string(),
                                            zhHans: try phrase.require("zh-Hans").string(),
                                            en: try phrase.require("en").string())))
                }
            }
            guidelines.append(Guideline(number: number, key: try map.require("key").string(), moments: moments,
                                        title: try map.localized("title"), text: try map.localized("text"),
                                        cue: try map.localized("cue"), phrases: phrases))
        }
        let missing = Set(1...12).subtracting(guidelines.map(\.number)).sorted()
        if !missing.isEmpty {
            throw try top.require("guidelines").error("missing guideline(s) \(missing.map(String.init).joined(separator: ", ")); all twelve are required")
        }
        return guidelines.sorted { $0.number < $1.number }
    }
}
