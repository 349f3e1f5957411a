import Testing
@testable import CoachStore

@Test func placeholder() { #expect(true) }
