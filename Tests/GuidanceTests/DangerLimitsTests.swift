import ComplaintDomain
import Foundation
import Testing
@testable import Guidance

/// How soon danger must be acted on, as a live call is scored: the office's own limits from
/// organization.yaml's rules, else a minute to mark it urgent and five to call someone.
@Suite struct DangerLimitsTests {
    static let org = "organization.yaml"

    @Test func theShippedFileKeepsTheDefaults() throws {
        let rules = try GuidanceLoader.load(from: shippedGuidance).organization.rules
        #expect(rules.markUrgentWithinSeconds == 60 && rules.callWithinSeconds == 300)
    }

    @Test func anOfficeSetsItsOwnLimits() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.insert(in: Self.org, line: 50, "  mark_urgent_within_seconds: 20")
        try copy.insert(in: Self.org, line: 51, "  call_within_seconds: 120")
        let rules = try GuidanceLoader.load(from: copy.url).organization.rules
        #expect(rules.markUrgentWithinSeconds == 20 && rules.callWithinSeconds == 120)
    }

    @Test func aLimitOfZeroIsRefusedAtItsLine() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.insert(in: Self.org, line: 50, "  call_within_seconds: 0")
        let error = try #require(copy.loadError())
        #expect(error.line == 50)
        let text = "\(error)"
        for words in ["1 to 7200", "found 0", "rules.call_within_seconds"] { #expect(text.contains(words), "\(text)") }
    }
}
