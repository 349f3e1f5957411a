import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing

/// Scorecards saved by an earlier Coach (reasons and evidence as English words) still load,
/// count in progress and the month's adherence, and read back in any language.
@Suite struct StoredScorecardTests {
    /// As the previous version wrote it into training_results.
    static let saved = #"""
        {"failed":false,"lines":[{"item":"g1","result":"met","reason":"no heated words","evidence":{"kind":"speech","at":817724741.572,"text":"陳太，請慢慢講","index":10}},{"item":"g4","result":"missed","reason":"spoke before the caller had finished","evidence":{"index":11,"at":817724741.572,"text":"interrupted the caller (after segment 2 of 3)","kind":"decision"}},{"item":"g7","result":"not_applicable","reason":"nobody else to bring in"}]}
        """#

    @Test func anOldCardLoadsWithItsWords() throws {
        let card = try JSONDecoder().decode(Scorecard.self, from: Data(Self.saved.utf8))
        #expect(card.lines.map(\.item) == [.g1, .g4, .g7])
        #expect(card.lines.map(\.reason) == [.words("no heated words"), .words("spoke before the caller had finished"), .words("nobody else to bring in")])
        #expect(card.lines[0].evidence?.event == nil)
        #expect(card.lines[0].evidence?.text == "陳太，請慢慢講")
        #expect(card.total == 50)
        let text = ScorecardText(catalogue: IntakeDriver.catalogue, language: .zhHant)
        let shown = text.lines(card, calendar: IntakeDriver.catalogue.organization.calendar).map(\.text).joined(separator: "\n")
        #expect(shown.contains("no heated words") && shown.contains("陳太，請慢慢講"))
    }

    @Test func aNewCardRoundTripsAsData() throws {
        var d = TrainingDriver(TrainingEngineTests.leak)
        ScriptedTrainee.poor(&d)
        let card = d.score()
        let again = try JSONDecoder().decode(Scorecard.self, from: JSONEncoder().encode(card))
        #expect(again == card)
        #expect(card.lines.allSatisfy { if case .words = $0.reason { false } else { true } }, "a new card's reasons are data")
        // The same card reads in each language from the same data.
        let calendar = IntakeDriver.catalogue.organization.calendar
        let en = ScorecardText(catalogue: IntakeDriver.catalogue, language: .en).lines(card, calendar: calendar).map(\.text)
        let hant = ScorecardText(catalogue: IntakeDriver.catalogue, language: .zhHant).lines(card, calendar: calendar).map(\.text)
        #expect(en.joined().contains("spoke before the caller had finished"))
        #expect(hant.joined().contains("對方未說完就插話"))
    }
}
