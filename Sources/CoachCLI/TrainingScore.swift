import CaseEvents
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation
import LineEditor
import Training

/// The end of a training call, whether it ran in one go or was resumed: score the transcript
/// as written, show the card, keep the result.
struct TrainingScore {
    let catalogue: GuidanceCatalogue
    let material: TrainingMaterial
    let store: any CaseStore
    let language: Language
    let staff: String

    /// Scores the call as it ended at `now` (the caller reads the clock; `train` and `resume`
    /// still leave it to the default).
    func finish(_ state: TrainingState, scenario: Scenario, source: LineSource, presenter: Presenter, at now: Date) throws {
        let number = state.intake.record.caseNumber
        let events = try store.transcript(of: number)
        let card = Rubric(catalogue: catalogue, speech: material.speech)
            .score(events, record: state.intake.record, scenario: scenario)
        let text = ScorecardText(catalogue: catalogue, language: language)
        for line in text.lines(card, moods: (state.caller.startMood, state.caller.mood), calendar: catalogue.organization.calendar) {
            source.write(presenter.render(line) + "\n")
        }
        try store.append(TranscriptEvent(at: now, staff: staff, step: "scorecard", .scored(total: card.total, failed: card.failed)),
                         to: number)
        try store.save(TrainingResult(caseNumber: number, staff: state.intake.record.receivedBy, scenario: scenario.id,
                                      exam: state.exam, finishedAt: now, total: card.total, failed: card.failed,
                                      moodStart: state.caller.startMood, moodEnd: state.caller.mood,
                                      scorecard: try JSONEncoder().encode(card)))
    }
}
