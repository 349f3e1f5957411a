import Foundation
import ComplaintDomain

/// A transcript read for evidence: what the staff member said (after `>`, or in their own
/// words at a respond step), what they ticked, what they typed, and the decisions recorded.
struct CallEvidence {
    let events: [TranscriptEvent]
    /// Each line said to the caller, with the acts it performs.
    let spoken: [(index: Int, acts: [SpeechAct: String])]

    init(events: [TranscriptEvent], speech: SpeechLexicon) {
        self.events = events
        spoken = events.enumerated().compactMap { index, event in
            if event.kind == .speech { return (index, speech.acts(in: event.text)) }
            if event.kind == .decision, let range = event.text.range(of: ": said in own words: ") {
                return (index, speech.acts(in: String(event.text[range.upperBound...])))
            }
            return nil
        }
    }

    func evidence(_ index: Int) -> Scorecard.Evidence {
        let event = events[index]
        return Scorecard.Evidence(index: index, at: event.at, kind: event.kind, text: event.text)
    }

    /// The first line said to the caller that performs `act`.
    func said(_ act: SpeechAct) -> Scorecard.Evidence? {
        spoken.first { $0.acts[act] != nil }.map { evidence($0.index) }
    }

    /// The first line said to the caller at all.
    var firstWords: Scorecard.Evidence? {
        spoken.first.map { evidence($0.index) }
    }

    /// A respond step ticked as said in the suggested words, or said in their own words that
    /// do what the step asks (`act`).
    func tick(_ question: String, _ act: SpeechAct) -> Scorecard.Evidence? {
        if let i = events.indices.first(where: { events[$0].kind == .decision && events[$0].text == "\(question): said" }) {
            return evidence(i)
        }
        return spoken.first { events[$0.index].text.hasPrefix("\(question): said in own words") && $0.acts[act] != nil }
            .map { evidence($0.index) }
    }

    /// The first answer (not a command, not empty) typed at one of these questions.
    func firstInput(at steps: [String]) -> Scorecard.Evidence? {
        events.indices.first { i in
            let e = events[i]
            let text = e.text.trimmingCharacters(in: .whitespaces)
            return e.kind == .input && steps.contains(e.step ?? "") && !text.isEmpty
                && !text.hasPrefix(":") && !text.hasPrefix("：") && !text.hasPrefix(">") && !text.hasPrefix("＞")
        }.map(evidence)
    }

    func decision(prefix: String) -> Scorecard.Evidence? {
        events.indices.first { events[$0].kind == .decision && events[$0].text.hasPrefix(prefix) }.map(evidence)
    }

    /// Every decision starting with `prefix`.
    func decisions(prefix: String) -> [Scorecard.Evidence] {
        events.indices.filter { events[$0].kind == .decision && events[$0].text.hasPrefix(prefix) }.map(evidence)
    }
}
