import CaseEvents
import ComplaintDomain
import Foundation
import Training

/// Scores a call from its transcript and record: a training call by `DrillRubric` against its
/// scenario, a live call by `LiveRubric` on what Coach can check.
public struct Rubric: Sendable {
    public let catalogue: GuidanceCatalogue
    public let speech: SpeechLexicon
    public init(catalogue: GuidanceCatalogue, speech: SpeechLexicon) {
        self.catalogue = catalogue
        self.speech = speech
    }

    public func score(_ events: [TranscriptEvent], record: ComplaintRecord, scenario: Scenario?) -> Scorecard {
        if let scenario { return DrillRubric(rubric: self, scenario: scenario).score(events, record: record) }
        return LiveRubric(rubric: self).score(events, record: record)
    }
}
