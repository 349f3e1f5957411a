import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing
import Training

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

    /// A training card with the new items (category, mood, fit, demands) and a transcript with
    /// the new events (moments, misplaced lines, notes while she talks) round-trip as data and
    /// read in each language with no internal key showing (`pass_the_buck`, `no_gift`,
    /// `property_group_lead`…).
    @Test func aTrainingCardAndItsEventsReadInEveryLanguage() throws {
        typealias D = DrillRubricTests
        let s = D.scenario(moments: [.init(when: .afterPromise, kind: D.gift), .init(when: .at(25), kind: ComplainantTests.manager)])
        let p = D.play(D.notes + [D.say(13, "唔可以收"), D.say(15, "唔關我事"), D.say(17, "明白"), D.say(19, "明白"), D.say(21, "今日之內覆你"),
                                  D.say(24, "好，我收低"), D.say(28, "但係經理唔得閒"), D.set(30, ["category": "other", "kind": "c", "nature": "u"]),
                                  D.end(35)], s)
        let card = p.card
        #expect(Set(card.lines.map(\.item)) == Set(Scorecard.Item.allCases).subtracting([.danger]),
                "a training card scores every item but a live call's danger")
        #expect(try JSONDecoder().decode(Scorecard.self, from: JSONEncoder().encode(card)) == card)
        let kinds = Set(p.events.map { "\($0)".prefix { $0 != "(" } })
        for kind in ["misplaced", "demandMade", "demandAnswered", "giftOffered", "giftAccepted", "whileCallerTalking", "moodChanged"] {
            #expect(kinds.contains(Substring(kind)), "the play shows \(kind)")
        }
        let calendar = IntakeDriver.catalogue.organization.calendar
        let keys = /\b[a-z]+_[a-z_]+\b|\b(?:moodRoseThenEased|outOfPlace|followsFromClassification|notSet|demand_good|demand_bad)\b/
        #expect("passing the buck (pass_the_buck)".firstMatch(of: keys) != nil && "no_gift".firstMatch(of: keys) != nil)
        #expect("outOfPlace".firstMatch(of: keys) != nil && "passing the buck".firstMatch(of: keys) == nil)
        for language in Language.allCases {
            let lines = ScorecardText(catalogue: IntakeDriver.catalogue, language: language)
                .lines(card, moods: (p.caller.startMood, p.caller.mood), calendar: calendar).map(\.text)
            for line in lines { #expect(line.firstMatch(of: keys) == nil, "\(language): \(line)") }
            let words = EventText(language: language, catalogue: IntakeDriver.catalogue)
            for event in p.events {
                switch event {
                case .prompt, .typed, .cue, .phraseOffered, .saidToCaller, .callerSaid, .accountLine, .message: continue
                default: #expect(words.render(event).firstMatch(of: keys) == nil, "\(language): \(words.render(event))")
                }
            }
        }
    }
}
