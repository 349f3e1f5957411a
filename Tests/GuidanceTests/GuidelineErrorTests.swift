import Foundation
import Testing
@testable import Guidance

/// Mistakes in guidelines.yaml (and regulation.yaml, urgency.yaml) point at the guideline and
/// the key that is wrong. Guideline 3 starts on line 65 of the shipped file.
@Suite("Guideline content errors")
struct GuidelineErrorTests {
    @Test func missingRequiredKeyPointsAtTheGuideline() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.removeLines(in: "guidelines.yaml", 76...79, firstContaining: "    cue:")
        expectError(copy.loadError(), file: "guidelines.yaml", line: 65, column: 5,
                    mentions: ["missing key", "cue", "guidelines[2]"])
    }

    @Test func misspeltKeyIsUnknownAtItsLine() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "guidelines.yaml", line: 68, "    title:", with: "    titel:")
        expectError(copy.loadError(), file: "guidelines.yaml", line: 68, column: 5,
                    mentions: ["unknown key", "titel", "title"])
    }

    @Test func guidelineThirteenIsOutOfRange() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "guidelines.yaml", line: 65, "number: 3", with: "number: 13")
        expectError(copy.loadError(), file: "guidelines.yaml", line: 65, column: 13,
                    mentions: ["1 to 12", "13"])
    }

    @Test func guidelineNumberThatIsNotANumber() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "guidelines.yaml", line: 65, "number: 3", with: "number: three")
        expectError(copy.loadError(), file: "guidelines.yaml", line: 65, column: 13,
                    mentions: ["whole number", "three"])
    }

    @Test func duplicateGuidelineNumber() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "guidelines.yaml", line: 65, "number: 3", with: "number: 2")
        expectError(copy.loadError(), file: "guidelines.yaml", line: 65, column: 13,
                    mentions: ["guideline 2", "twice"])
    }

    @Test func missingGuidelineIsNamed() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // Remove guideline 3 whole (lines 65–93, up to the blank line before guideline 4).
        try copy.removeLines(in: "guidelines.yaml", 65...93, firstContaining: "  - number: 3")
        // The error points at the list of guidelines, which starts on line 11.
        expectError(copy.loadError(), file: "guidelines.yaml", line: 11, column: 3,
                    mentions: ["missing guideline", "3", "twelve"])
    }

    @Test func unknownMomentNamesTheChoices() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "guidelines.yaml", line: 67, "moments: [check]", with: "moments: [chek]")
        expectError(copy.loadError(), file: "guidelines.yaml", line: 67, column: 15,
                    mentions: ["unknown value", "chek", "check", "follow_up"])
    }

    @Test func emptyMomentsList() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "guidelines.yaml", line: 67, "moments: [check]", with: "moments: []")
        expectError(copy.loadError(), file: "guidelines.yaml", line: 67, column: 14, mentions: ["at least one moment"])
    }

    @Test func unknownPhrasePurpose() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "guidelines.yaml", line: 81, "purpose: empathise", with: "purpose: empathize")
        expectError(copy.loadError(), file: "guidelines.yaml", line: 81, column: 18,
                    mentions: ["unknown value", "empathize", "empathise", "decline_gift"])
    }

    @Test func missingLanguagePointsAtTheText() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // Guideline 3's title loses its English (line 71); the title mapping starts on line 69.
        try copy.removeLines(in: "guidelines.yaml", 71...71, firstContaining: "en: \"Empathise and find the real cause\"")
        expectError(copy.loadError(), file: "guidelines.yaml", line: 69, column: 7,
                    mentions: ["missing key", "\"en\"", "guidelines[2].title"])
    }

    @Test func emptyTextIsRefused() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "guidelines.yaml", line: 71, "\"Empathise and find the real cause\"", with: "\"  \"")
        expectError(copy.loadError(), file: "guidelines.yaml", line: 71, column: 11,
                    mentions: ["must not be empty", "guidelines[2].title.en"])
    }

    @Test func articleTenIsOutOfRange() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "regulation.yaml", line: 7, "number: 1", with: "number: 10")
        expectError(copy.loadError(), file: "regulation.yaml", line: 7, column: 13, mentions: ["1 to 9", "10"])
    }

    @Test func urgencyHintWithoutTerms() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // The fire hint's terms (lines 14–17) emptied to {}.
        try copy.removeLines(in: "urgency.yaml", 15...17, firstContaining: "zh-Hant: [火警")
        try copy.replace(in: "urgency.yaml", line: 14, "terms:", with: "terms: {}")
        expectError(copy.loadError(), file: "urgency.yaml", line: 14, column: 12, mentions: ["at least one term"])
    }
}
