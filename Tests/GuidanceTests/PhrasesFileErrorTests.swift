import ComplaintDomain
import Foundation
import Testing
import Training
@testable import Guidance

/// Mistakes a trainer can make in guidance/phrases/<language>.yaml beyond those of
/// TrainingFileErrorTests, each reported at its file, line and column: a grammar word list or
/// same-as table that is not one, an example with nothing to hear, the same words under two acts,
/// and a when_gift_offered act that does not depend on a gift.
@Suite("Phrases file errors")
struct PhrasesFileErrorTests {
    /// A copy of the shipped guidance whose en.yaml has `lines` put in place of its grammar section
    /// (which ends the file); the first of them is line `first`.
    static func withGrammar(_ lines: [String]) throws -> (GuidanceCopy, first: Int) {
        let copy = try GuidanceCopy()
        var all = try copy.lines("phrases/en.yaml")
        guard let grammar = all.firstIndex(of: "grammar:") else { throw FixtureProblem(description: "en.yaml has no grammar section") }
        all.removeSubrange(grammar...)
        try copy.write("phrases/en.yaml", lines: all + lines)
        return (copy, grammar + 1)
    }

    @Test func anUnknownGrammarKeyIsNamed() throws {
        let (copy, first) = try Self.withGrammar(["grammar:", "  negations: [not]"])
        defer { copy.remove() }
        expectError(copy.trainingError(), file: "phrases/en.yaml", line: first + 1, column: 3,
                    mentions: ["grammar.negations", "unknown key", "negation", "same_as"])
    }

    @Test func aGrammarListMustBeAList() throws {
        let (copy, first) = try Self.withGrammar(["grammar:", "  negation: not"])
        defer { copy.remove() }
        expectError(copy.trainingError(), file: "phrases/en.yaml", line: first + 1, column: 13,
                    mentions: ["grammar.negation", "expected a list"])
    }

    @Test func sameAsMustMapWordsToWords() throws {
        let (copy, first) = try Self.withGrammar(["grammar:", "  same_as:", "    cannot: [can, not]"])
        defer { copy.remove() }
        expectError(copy.trainingError(), file: "phrases/en.yaml", line: first + 2, column: 13,
                    mentions: ["grammar.same_as.cannot", "expected text"])
    }

    @Test func theGrammarMayBeLeftOut() throws {
        let (copy, _) = try Self.withGrammar([])
        defer { copy.remove() }
        let organization = try GuidanceLoader.load(from: copy.url).organization
        let speech = try GuidanceLoader.loadTraining(from: copy.url, organization: organization).speech
        #expect(speech.grammar[.en] == SpeechGrammar.none)
        // Without its negation words, English no longer hears "not" taking blame back.
        #expect(speech.acts(in: "it's not your fault")[.blame] != nil)
    }

    @Test func anExampleWithNothingToHearIsRefused() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let lines = try copy.lines("phrases/en.yaml")
        let at = try #require(lines.firstIndex(of: "argue:"))
        try copy.insert(in: "phrases/en.yaml", line: at + 2, "  - \"?!\"")
        expectError(copy.trainingError(), file: "phrases/en.yaml", line: at + 2, column: 5, mentions: ["argue[0]", "nothing to hear"])
    }

    @Test func theSameWordsUnderTwoActsAreRefused() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let lines = try copy.lines("phrases/en.yaml")
        let at = try #require(lines.firstIndex(of: "argue:"))
        // "I understand" is the first acknowledgement; as an argument too it would mean both.
        try copy.insert(in: "phrases/en.yaml", line: at + 2, "  - i UNDERSTAND")
        expectError(copy.trainingError(), file: "phrases/en.yaml", line: at + 2, column: 5,
                    mentions: ["argue[0]", "also an example of acknowledge"])
    }

    @Test func whenGiftOfferedTakesOnlyTheGiftActs() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let lines = try copy.lines("phrases/en.yaml")
        let at = try #require(lines.firstIndex(of: "when_gift_offered:"))
        try copy.insert(in: "phrases/en.yaml", line: at + 2, "  apology: [sorry about that]")
        expectError(copy.trainingError(), file: "phrases/en.yaml", line: at + 2, column: 3,
                    mentions: ["when_gift_offered.apology", "unknown key", "accept_gift", "decline_gift"])
    }
}
