import ComplaintDomain
import Foundation
import Testing
@testable import Guidance

/// Mistakes in a phrase's placeholders (guidelines.yaml, signals.yaml), in signals.yaml and in
/// rules.yaml point at their line; the two optional files may be left out.
@Suite("Signals, rules and placeholder errors")
struct SignalsRulesErrorTests {
    static let replacements: [ErrorCase<Replacement>] = [
        ErrorCase("an unknown placeholder in a spoken phrase",
                  Replacement("guidelines.yaml", line: 40, "[{name}，]唔使急", with: "[{nmae}，]唔使急"),
                  file: "guidelines.yaml", line: 40, column: 18,
                  mentions: ["guidelines[0].phrases[0].zh-Hant", "unknown placeholder {nmae}", "{name}", "{case_number}"]),
        ErrorCase("an unknown placeholder in a written phrase",
                  Replacement("guidelines.yaml", line: 41, "請慢慢說", with: "{caller}請慢慢說"),
                  file: "guidelines.yaml", line: 41, column: 26,
                  mentions: ["guidelines[0].phrases[0].zh-Hant-written", "unknown placeholder {caller}"]),
        ErrorCase("an unclosed bracket",
                  Replacement("guidelines.yaml", line: 43, "[, {name}]", with: "[, {name}"),
                  file: "guidelines.yaml", line: 43, column: 13, mentions: ["guidelines[0].phrases[0].en", "a [ without its ]"]),
        ErrorCase("a register that is neither spoken nor written",
                  Replacement("guidelines.yaml", line: 21, "spoken   #", with: "formal   #"),
                  file: "guidelines.yaml", line: 21, column: 19, mentions: ["unknown value", "formal", "spoken, written"]),
        ErrorCase("a signal's guideline out of range",
                  Replacement("signals.yaml", line: 44, "guideline: 6", with: "guideline: 13"),
                  file: "signals.yaml", line: 44, column: 16, mentions: ["signals[1].guideline", "1 to 12", "13"]),
        ErrorCase("a signal given twice",
                  Replacement("signals.yaml", line: 43, "key: compensation", with: "key: anger"),
                  file: "signals.yaml", line: 43, column: 10, mentions: ["signal \"anger\" is given twice"]),
        ErrorCase("a misspelt key in a signal",
                  Replacement("signals.yaml", line: 49, "except:", with: "exceptions:"),
                  file: "signals.yaml", line: 49, column: 5, mentions: ["unknown key", "exceptions", "except", "shouting"]),
        ErrorCase("shouting that is not true or false",
                  Replacement("signals.yaml", line: 23, "shouting: true", with: "shouting: yes"),
                  file: "signals.yaml", line: 23, column: 15, mentions: ["signals[0].shouting", "true or false"]),
        ErrorCase("an unknown placeholder in a signal's phrase",
                  Replacement("signals.yaml", line: 59, "[{deadline}]", with: "[{deadlin}]"),
                  file: "signals.yaml", line: 59, column: 16,
                  mentions: ["signals[1].phrase.zh-Hant", "unknown placeholder {deadlin}", "{deadline}"]),
        ErrorCase("an unknown phrase purpose in a signal",
                  Replacement("signals.yaml", line: 58, "purpose: note_compensation", with: "purpose: compensate"),
                  file: "signals.yaml", line: 58, column: 16, mentions: ["unknown value", "compensate", "note_compensation"]),
        ErrorCase("a house rule numbered twice",
                  Replacement("rules.yaml", line: 28, "number: 2", with: "number: 1"),
                  file: "rules.yaml", line: 28, column: 13, mentions: ["rule 1 is given twice"]),
        ErrorCase("a house rule numbered out of range",
                  Replacement("rules.yaml", line: 28, "number: 2", with: "number: 0"),
                  file: "rules.yaml", line: 28, column: 13, mentions: ["rules[1].number", "1 to 999"]),
        ErrorCase("a misspelt key in a house rule",
                  Replacement("rules.yaml", line: 37, "terms:", with: "words:"),
                  file: "rules.yaml", line: 37, column: 5, mentions: ["unknown key", "words", "terms"]),
        ErrorCase("terms in a language Coach does not speak",
                  Replacement("rules.yaml", line: 40, "en:", with: "fr:"),
                  file: "rules.yaml", line: 40, column: 7, mentions: ["unknown key", "fr", "zh-Hant"]),
    ]

    @Test(arguments: replacements)
    func replacingAValue(_ row: ErrorCase<Replacement>) throws {
        try row.check()
    }

    static let removals: [ErrorCase<Removal>] = [
        // Rule 2's title loses its English (line 32); the title mapping starts on line 30.
        ErrorCase("a house rule's title without its English",
                  Removal("rules.yaml", lines: 32...32, firstContaining: "en: \"Noise\""),
                  file: "rules.yaml", line: 30, column: 7, mentions: ["missing key", "\"en\"", "rules[1].title"]),
        // The compensation signal's cue (lines 53–56) removed; the error points at the signal.
        ErrorCase("a signal without its cue",
                  Removal("signals.yaml", lines: 53...56, firstContaining: "    cue:"),
                  file: "signals.yaml", line: 43, column: 5, mentions: ["missing key", "cue", "signals[1]"]),
    ]

    @Test(arguments: removals)
    func removingLines(_ row: ErrorCase<Removal>) throws {
        try row.check()
    }

    static let emptiedLists: [ErrorCase<EmptiedList>] = [
        // Rule 2's terms (lines 37–40) emptied to {}.
        ErrorCase("a house rule without terms",
                  EmptiedList(entries: Removal("rules.yaml", lines: 38...40, firstContaining: "zh-Hant: [噪音"),
                              key: Replacement("rules.yaml", line: 37, "terms:", with: "terms: {}")),
                  file: "rules.yaml", line: 37, column: 12, mentions: ["rules[1].terms", "at least one term"]),
    ]

    @Test(arguments: emptiedLists)
    func emptyingAList(_ row: ErrorCase<EmptiedList>) throws {
        try row.check()
    }

    @Test func withoutSignalsAndRulesTheGuidanceStillLoads() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try FileManager.default.removeItem(at: copy.file("signals.yaml"))
        try FileManager.default.removeItem(at: copy.file("rules.yaml"))
        let catalogue = try GuidanceLoader.load(from: copy.url)
        #expect(catalogue.signals.all.isEmpty)
        #expect(catalogue.houseRules.all.isEmpty)
        #expect(catalogue.signals.signals(in: "我要見經理").isEmpty)
        #expect(catalogue.houseRules.find("裝修").isEmpty)
    }

    @Test func anOfficeMayChooseWrittenChinese() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "guidelines.yaml", line: 21, "zh_hant_register: spoken", with: "zh_hant_register: written")
        #expect(try GuidanceLoader.load(from: copy.url).zhHantRegister == .written)
        try copy.removeLines(in: "guidelines.yaml", 21...21, firstContaining: "zh_hant_register")
        #expect(try GuidanceLoader.load(from: copy.url).zhHantRegister == .spoken, "spoken unless it says written")
    }

    @Test func aSignalsFileThatIsNotAFileIsAnError() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try FileManager.default.removeItem(at: copy.file("signals.yaml"))
        try FileManager.default.createDirectory(at: copy.file("signals.yaml"), withIntermediateDirectories: false)
        let error = copy.loadError()
        expectError(error, file: "signals.yaml", line: nil, mentions: ["not a regular file"])
    }

    @Test func aRulesFileWithBrokenYAMLNamesItsLine() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "rules.yaml", line: 30, "zh-Hant: \"噪音\"", with: "zh-Hant: \"噪音")
        let error = copy.loadError()
        #expect(error?.file.hasSuffix("/rules.yaml") == true, "\(String(describing: error))")
        #expect(error?.message.contains("YAML syntax") == true, "\(String(describing: error))")
        #expect(error?.line != nil)
    }

    @Test func anEmptySignalsListIsNoSignals() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try Data("signals: []\n".utf8).write(to: copy.file("signals.yaml"))
        #expect(try GuidanceLoader.load(from: copy.url).signals.all.isEmpty)
    }
}
