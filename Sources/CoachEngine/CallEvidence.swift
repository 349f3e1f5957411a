import CaseEvents
import ComplaintDomain
import Foundation
import Training

/// A transcript read for evidence: what the staff member said (after `>`, or in their own
/// words at a respond question), what they reported, what they typed, and what was decided.
/// It matches typed events only; no wording is read back.
struct CallEvidence {
    let events: [TranscriptEvent]
    /// Each line said to the caller, with the acts it performs.
    let spoken: [(index: Int, acts: [SpeechAct: String])]

    init(events: [TranscriptEvent], speech: SpeechLexicon) {
        self.events = events
        spoken = events.enumerated().compactMap { index, event in
            switch event.event {
            case .saidToCaller(let words): (index, speech.acts(in: words))
            case .phrase(_, _, .ownWords(let words)): (index, speech.acts(in: words))
            case .promise(told: true, let words?): (index, speech.acts(in: words))
            default: nil
            }
        }
    }

    func evidence(_ index: Int) -> Scorecard.Evidence {
        let event = events[index]
        return Scorecard.Evidence(index: index, at: event.at, kind: event.kind, event: event.event)
    }

    /// The first event that matches.
    func first(_ matches: (CaseEvent) -> Bool) -> Scorecard.Evidence? {
        events.indices.first { matches(events[$0].event) }.map(evidence)
    }

    /// Every event that matches.
    func all(_ matches: (CaseEvent) -> Bool) -> [Scorecard.Evidence] {
        events.indices.filter { matches(events[$0].event) }.map(evidence)
    }

    /// The first line said to the caller that performs `act`.
    func said(_ act: SpeechAct) -> Scorecard.Evidence? {
        spoken.first { $0.acts[act] != nil }.map { evidence($0.index) }
    }

    /// The first line said to the caller at all.
    var firstWords: Scorecard.Evidence? {
        spoken.first.map { evidence($0.index) }
    }

    /// A respond question reported as said in the offered words, or said in their own words
    /// that do what the question asks (`act`).
    func tick(_ question: IntakeQuestion, _ act: SpeechAct) -> Scorecard.Evidence? {
        if let reported = first({ if case .phrase(question.rawValue, _, .said) = $0 { true } else { false } }) {
            return reported
        }
        return spoken.first { index, acts in
            guard case .phrase(question.rawValue, _, .ownWords) = events[index].event else { return false }
            return acts[act] != nil
        }.map { evidence($0.index) }
    }

    /// The first answer (not a command, not empty) typed at one of these questions.
    func firstInput(at questions: [IntakeQuestion]) -> Scorecard.Evidence? {
        let names = questions.map(\.rawValue)
        return first { event in
            guard case .typed(let question, let typed) = event, names.contains(question) else { return false }
            let text = typed.trimmingCharacters(in: .whitespaces)
            return !text.isEmpty && !text.hasPrefix(":") && !text.hasPrefix("：") && !text.hasPrefix(">") && !text.hasPrefix("＞")
        }
    }
}
