import Foundation
import Testing
@testable import Guidance

/// Mistakes in guidelines.yaml (and regulation.yaml, urgency.yaml) point at the guideline and
/// the key that is wrong. Guideline 3 starts on line 97 of the shipped file.
@Suite("Guideline content errors")
struct GuidelineErrorTests {
    static let replacements: [ErrorCase<Replacement>] = [
        ErrorCase("a misspelt key is unknown at its line",
                  Replacement("guidelines.yaml", line: 105, "    title:", with: "    titel:"),
                  file: "guidelines.yaml", line: 105, column: 5, mentions: ["unknown key", "titel", "title"]),
        ErrorCase("guideline 13 is out of range",
                  Replacement("guidelines.yaml", line: 102, "number: 3", with: "number: 13"),
                  file: "guidelines.yaml", line: 102, column: 13, mentions: ["1 to 12", "13"]),
        ErrorCase("a guideline number that is not a number",
                  Replacement("guidelines.yaml", line: 102, "number: 3", with: "number: three"),
                  file: "guidelines.yaml", line: 102, column: 13, mentions: ["whole number", "three"]),
        ErrorCase("a duplicate guideline number",
                  Replacement("guidelines.yaml", line: 102, "number: 3", with: "number: 2"),
                  file: "guidelines.yaml", line: 102, column: 13, mentions: ["guideline 2", "twice"]),
        ErrorCase("an unknown moment names the choices",
                  Replacement("guidelines.yaml", line: 104, "moments: [check]", with: "moments: [chek]"),
                  file: "guidelines.yaml", line: 104, column: 15,
                  mentions: ["unknown value", "chek", "check", "follow_up"]),
        ErrorCase("an empty moments list",
                  Replacement("guidelines.yaml", line: 104, "moments: [check]", with: "moments: []"),
                  file: "guidelines.yaml", line: 104, column: 14, mentions: ["at least one moment"]),
        ErrorCase("an unknown phrase purpose",
                  Replacement("guidelines.yaml", line: 118, "purpose: empathise", with: "purpose: empathize"),
                  file: "guidelines.yaml", line: 118, column: 18,
                  mentions: ["unknown value", "empathize", "empathise", "decline_gift"]),
        ErrorCase("an empty text is refused",
                  Replacement("guidelines.yaml", line: 108, "\"Empathise and find the real cause\"", with: "\"  \""),
                  file: "guidelines.yaml", line: 108, column: 11, mentions: ["must not be empty", "guidelines[2].title.en"]),
        ErrorCase("an unknown key in the negation words",
                  Replacement("urgency.yaml", line: 41, "    en: [\"no\", not", with: "    english: [\"no\", not"),
                  file: "urgency.yaml", line: 41, column: 5, mentions: ["unknown key", "english", "zh-Hant"]),
        ErrorCase("article 10 is out of range",
                  Replacement("regulation.yaml", line: 7, "number: 1", with: "number: 10"),
                  file: "regulation.yaml", line: 7, column: 13, mentions: ["1 to 9", "10"]),
    ]

    @Test(arguments: replacements)
    func replacingAValue(_ row: ErrorCase<Replacement>) throws {
        try row.check()
    }

    static let removals: [ErrorCase<Removal>] = [
        ErrorCase("a missing required key points at the guideline",
                  Removal("guidelines.yaml", lines: 113...116, firstContaining: "    cue:"),
                  file: "guidelines.yaml", line: 102, column: 5, mentions: ["missing key", "cue", "guidelines[2]"]),
        // Guideline 3 whole (lines 97–128, up to the blank line before guideline 4); the error
        // points at the list of guidelines, which starts on line 23.
        ErrorCase("a missing guideline is named",
                  Removal("guidelines.yaml", lines: 102...133, firstContaining: "  - number: 3"),
                  file: "guidelines.yaml", line: 23, column: 3, mentions: ["missing guideline", "3", "twelve"]),
        // The fire hint (line 48) loses its advice (lines 53–56).
        ErrorCase("an urgency hint without advice",
                  Removal("urgency.yaml", lines: 53...56, firstContaining: "    advice:"),
                  file: "urgency.yaml", line: 48, column: 5, mentions: ["missing key", "advice", "hints[0]"]),
        // Its advice in English (line 56); the advice mapping starts on line 54.
        ErrorCase("an urgency advice without English",
                  Removal("urgency.yaml", lines: 56...56, firstContaining: "en: \"Leave now"),
                  file: "urgency.yaml", line: 54, column: 7, mentions: ["missing key", "\"en\"", "hints[0].advice"]),
        // Guideline 3's title loses its English (line 103); the title mapping starts on line 101.
        ErrorCase("a missing language points at the text",
                  Removal("guidelines.yaml", lines: 108...108, firstContaining: "en: \"Empathise and find the real cause\""),
                  file: "guidelines.yaml", line: 106, column: 7,
                  mentions: ["missing key", "\"en\"", "guidelines[2].title"]),
    ]

    @Test(arguments: removals)
    func removingLines(_ row: ErrorCase<Removal>) throws {
        try row.check()
    }

    static let emptiedLists: [ErrorCase<EmptiedList>] = [
        // The fire hint's terms (lines 57–69) emptied to {}.
        ErrorCase("an urgency hint without terms",
                  EmptiedList(entries: Removal("urgency.yaml", lines: 58...69, firstContaining: "zh-Hant: [火警"),
                              key: Replacement("urgency.yaml", line: 57, "terms:", with: "terms: {}")),
                  file: "urgency.yaml", line: 57, column: 12, mentions: ["at least one term"]),
    ]

    @Test(arguments: emptiedLists)
    func emptyingAList(_ row: ErrorCase<EmptiedList>) throws {
        try row.check()
    }
}
