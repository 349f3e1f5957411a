import CaseEvents
import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Training

/// A scripted play of a scenario, scored: what `coach train NAME --play FILE` prints and what
/// `coach guidance` checks against the range a scenario's own play must get. Nothing is saved:
/// the case is numbered 0 on the scenario's day.
struct PlayedCall {
    let scenario: Scenario
    let play: Play
    let transcript: [TranscriptEvent]
    let state: TrainingState
    let card: Scorecard

    init(_ play: Play, scenario: Scenario, catalogue: GuidanceCatalogue, material: TrainingMaterial, language: Language, staff: String,
         seed: UInt64? = nil) {
        let calendar = catalogue.organization.calendar
        let record = ComplaintRecord(caseNumber: CaseNumber(day: calendar.localDate(of: scenario.receivedAt), sequence: 0),
                                     receivedAt: scenario.receivedAt, receivedBy: staff, isTraining: true)
        let engine = TrainingEngine(catalogue: catalogue, language: language, scenario: scenario, speech: material.speech, exam: false)
        let recorder = TranscriptRecorder(staff: staff, words: IntakeWords(language: language, organization: catalogue.organization))
        let result = TrainingPlay(engine: engine, recorder: recorder)
            .run(play, state: TrainingState(record: record, scenario: scenario, seed: seed, pickedUp: scenario.receivedAt))
        self.scenario = scenario
        self.play = play
        transcript = result.events
        state = result.state
        card = Rubric(catalogue: catalogue, speech: material.speech).score(result.events, record: result.state.intake.record, scenario: scenario)
    }

    var moods: (start: Mood, end: Mood) { (state.caller.startMood, state.caller.mood) }

    /// What the play's own expectation says is wrong with this result, if anything.
    var unmet: [String] {
        var problems: [String] = []
        if let range = play.score, !range.contains(card.total) {
            problems.append("scored \(card.total), expected \(range.lowerBound)–\(range.upperBound)")
        }
        if let goal = play.mood, !goal.holds(from: moods.start, to: moods.end) {
            problems.append("the caller went \(scenario.moodName(moods.start)) → \(scenario.moodName(moods.end)), expected \(goal.rawValue)")
        }
        return problems
    }

    /// `{"scenario", "total", "failed_outright", "mood": {"start", "end"}, "items": [{"id", "result", "evidence"}]}`,
    /// the evidence in the reader's words.
    func json(_ text: ScorecardText, calendar: WorkingCalendar) -> String {
        struct Item: Encodable {
            var id: String
            var result: String
            var evidence: String?
        }
        struct Card: Encodable {
            var scenario: String
            var total: Int
            var failed_outright: Bool
            var mood: [String: String]
            var items: [Item]
        }
        let card = Card(scenario: scenario.id, total: self.card.total, failed_outright: self.card.failed,
                        mood: ["start": scenario.moodName(moods.start), "end": scenario.moodName(moods.end)],
                        items: self.card.lines.map { line in
                            Item(id: line.item.rawValue, result: line.result.rawValue,
                                 evidence: line.evidence.map { text.evidenceText($0, calendar: calendar) })
                        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(card)) ?? Data(), as: UTF8.self)
    }
}
