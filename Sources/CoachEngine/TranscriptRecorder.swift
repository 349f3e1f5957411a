import CaseEvents
import ComplaintDomain
import Foundation

/// Which effects of a turn become transcript events: every prompt as it was shown, what was
/// shown that means something for the case (a cue, a phrase offered, a warning, who to call, an
/// error), and every event the engine records. The terminal loop and the tests both write
/// transcripts through this, so a scored transcript is the one a session writes.
public struct TranscriptRecorder: Sendable {
    public let staff: String
    /// The words the screen showed, kept as shown.
    public let words: any ScreenWords

    public init(staff: String, words: any ScreenWords) {
        self.staff = staff
        self.words = words
    }

    /// `step` is the question being asked once the effects are shown; `answered`, the one the
    /// input that produced them was typed at (what it decided belongs to it).
    public func events(of effects: [IntakeEffect], step: IntakeQuestion, answered: String? = nil, at time: Date) -> [TranscriptEvent] {
        effects.flatMap { effect -> [TranscriptEvent] in
            switch effect {
            case .show(let display):
                return events(for: display).map { TranscriptEvent(at: time, staff: staff, step: step.rawValue, $0) }
            case .ask(let spec):
                return [TranscriptEvent(at: time, staff: staff, step: spec.question?.rawValue ?? step.rawValue,
                                        .prompt(question: spec.question?.rawValue ?? "leave", text: words.plain(spec)))]
            case .record(let event):
                return [TranscriptEvent(at: time, staff: staff, step: answered ?? step.rawValue, event)]
            case .save, .finish, .lookUpEarlier:
                return []
            }
        }
    }

    /// What showing it means for the case: everything shown that a supervisor needs to know was
    /// on screen (a cue, a phrase, a warning, who to call and who was on duty, safety advice, a
    /// proposal, a rule, an error; a refused confirmation as data, so a review can flag it).
    func events(for display: Display) -> [CaseEvent] {
        switch display {
        case .cue(let guideline, let text): [.cue(guideline: guideline, text: text)]
        case .phrase(let purpose, let text): [.phraseOffered(purpose: purpose, text: text)]
        case .soundsUrgent(let suggestion): [.urgencyWarning(terms: suggestion.matches.map(\.term))]
        case .danger(let heard, let decision, _):
            [.urgencyWarning(terms: heard.matches.map(\.term))]
                + heard.matches.compactMap { match in
                    match.advice.map { CaseEvent.safetyAdvice(hazard: match.hintKey, text: $0[words.language]) }
                }
                + whoToCall(decision)
        case .urgentMarked(let decision): whoToCall(decision)
        case .heardFacts(let facts): facts.map { .proposal(field: $0.field.rawValue, value: $0.value, heard: $0.heard) }
        case .houseRule(let rule, _): [.ruleShown(number: rule.number, article: false)]
        case .article(let article): [.ruleShown(number: article.number, article: true)]
        case .promise(_, _, _, let phrase?): [.phraseOffered(purpose: .promiseFollowUp, text: phrase)]
        case .urgentPromise(_, _, _, let phrase?): [.phraseOffered(purpose: .urgentPromise, text: phrase)]
        case .cannotConfirm(let missing): [.confirmRefused(missing: missing.map(\.rawValue))]
        case .notUnderstood, .unknownCommand, .tooLong, .notText, .sayWhatWasSaid:
            [.message(text: words.plain(display))]
        default: []
        }
    }

    /// Who to call, and who was on duty for each role, as shown.
    func whoToCall(_ decision: RoutingDecision) -> [CaseEvent] {
        [.whoToCall(roles: decision.notify)] + decision.onDuty.map { duty in
            .onDuty(role: duty.role, staff: duty.staff?.id, name: duty.staff?.name, phone: duty.staff?.contact)
        }
    }

    /// What was typed (or pressed) at a prompt.
    public func input(_ event: IntakeEvent, at prompt: PromptSpec, time: Date) -> TranscriptEvent? {
        let step = prompt.question?.rawValue ?? prompt.step.rawValue
        let question = prompt.question?.rawValue ?? "leave"
        switch event {
        case .line(let line): return TranscriptEvent(at: time, staff: staff, step: step, .typed(question: question, text: line))
        case .interrupt: return TranscriptEvent(at: time, staff: staff, step: step, .key(.interrupt))
        case .endOfInput: return TranscriptEvent(at: time, staff: staff, step: step, .key(.endOfInput))
        case .resume, .earlier, .tick: return nil
        }
    }
}
