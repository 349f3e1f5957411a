import ComplaintDomain
import Foundation
import Testing
@testable import Guidance

/// The shipped urgency lexicon suggests "urgent" for realistic reports of danger, in each script,
/// and stays quiet for ordinary ones.
@Suite("Shipped urgency lexicon")
struct ShippedLexiconTests {
    let lexicon: UrgencyLexicon

    init() throws {
        lexicon = try GuidanceLoader.load(from: shippedGuidance).urgency
    }

    @Test(arguments: [
        ("B座升降機困咗人", "trapped_in_lift"),      // Traditional, Cantonese
        ("厨房燃气泄漏", "gas_leak"),                // Simplified
        ("water is pouring from a burst pipe", "flooding"),
    ])
    func dangerIsSuggestedUrgent(sentence: String, hint: String) {
        let suggestion = lexicon.suggest(from: sentence)
        #expect(suggestion.nature == .urgent, "\(sentence) → \(suggestion.matches.map(\.hintKey))")
        #expect(suggestion.matches.map(\.hintKey).contains(hint), "\(sentence) → \(suggestion.matches.map(\.hintKey))")
    }

    @Test(arguments: [
        "the corridor light is flickering",
        "走廊燈閃",
        "有人在走廊吸煙",
    ])
    func ordinaryComplaintIsSuggestedOrdinary(sentence: String) {
        let suggestion = lexicon.suggest(from: sentence)
        #expect(suggestion.nature == .ordinary, "\(sentence) matched \(suggestion.matches.map { "\($0.hintKey): \($0.term)" })")
        #expect(suggestion.matches.isEmpty)
    }

    /// Issue 11's examples of negation, figurative words and a theft that is over.
    @Test(arguments: [
        "冇人受傷", "無人受傷", "没有人受伤", "沒有煤氣味", "唔係火警", "no one is hurt", "nobody was injured",
        "no smell of gas", "not flooding", "長期被困擾", "困擾", "困難", "trapped by these fees", "I feel trapped",
        "drowning in paperwork", "he was fired from his job", "this is a disaster", "被偷", "單車被偷咗",
        "my bike was stolen last week",
    ])
    func negatedOrFigurativeIsOrdinary(sentence: String) {
        let suggestion = lexicon.suggest(from: sentence)
        #expect(suggestion.matches.isEmpty, "\(sentence) matched \(suggestion.matches.map { "\($0.hintKey): \($0.term)" })")
    }

    @Test func aNegationEndsWithItsClause() {
        #expect(lexicon.suggest(from: "冇人受傷但係成屋都係水").matches.map(\.hintKey) == ["flooding"])
        #expect(lexicon.suggest(from: "nobody is hurt but the whole flat is flooded").matches.map(\.hintKey) == ["flooding"])
    }

    @Test func everyMatchCarriesItsHintsAdvice() throws {
        let suggestion = lexicon.suggest(from: "走廊有煤氣味")
        let hint = try #require(lexicon.hints.first { $0.key == "gas_leak" })
        #expect(suggestion.matches.map(\.hintKey) == ["gas_leak"])
        #expect(suggestion.matches.first?.advice == hint.advice)
        #expect(hint.advice.zhHant.contains("999"))
    }
}
