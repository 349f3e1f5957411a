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
}
