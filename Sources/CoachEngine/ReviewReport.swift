import CaseEvents
import ComplaintDomain
import Foundation
import Training

/// What a supervisor reads months later, as data: a summary read in a minute, the call
/// condensed, the case, its transcript in order with the time between events, the scorecard
/// with its evidence, overrides beside the original scores, and the comments. `ReviewText`
/// (CoachText) words it for the terminal, Markdown and HTML.
public struct ReviewReport: Sendable {
    public struct Entry: Sendable, Equatable {
        public var index: Int
        public var at: Date
        /// Seconds since the entry before.
        public var gap: TimeInterval
        public var kind: TranscriptEvent.Kind
        public var step: String?
        public var staff: String
        public var event: CaseEvent
    }

    /// A reviewer's comment.
    public struct Comment: Sendable, Equatable {
        public var at: Date
        public var staff: String
        public var text: String
    }

    public let file: CaseFile
    public let entries: [Entry]
    public let card: Scorecard
    /// The card with the overrides applied.
    public let reviewed: Scorecard
    public let overrides: [ReviewOverride]
    public let comments: [Comment]
    /// When the review is read: the case's time left is counted to this.
    public let now: Date
    /// A training call's scenario, which names the facts drawn out.
    public let scenario: Scenario?
    public let summary: ReviewSummary
    public let conversation: [ConversationLine]

    public init(file: CaseFile, transcript: [TranscriptEvent], rubric: Rubric, scenario: Scenario?, now: Date) {
        self.file = file
        self.now = now
        self.scenario = scenario
        var previous: Date?
        entries = transcript.enumerated().map { index, event in
            defer { previous = event.at }
            return Entry(index: index + 1, at: event.at, gap: previous.map { event.at.timeIntervalSince($0) } ?? 0,
                         kind: event.kind, step: event.step, staff: event.staff, event: event.event)
        }
        let call = transcript.filter { !ReviewOverride.isReview($0) }
        card = rubric.score(call, record: file.record, scenario: scenario)
        overrides = transcript.compactMap(ReviewOverride.init)
        comments = transcript.compactMap { event in
            guard case .reviewComment(let text) = event.event else { return nil }
            return Comment(at: event.at, staff: event.staff, text: text)
        }
        var reviewed = card
        for override in overrides {
            if let i = reviewed.lines.firstIndex(where: { $0.item == override.item }) {
                reviewed.lines[i].result = override.to
                reviewed.lines[i].reason = .overridden(by: override.by, reason: override.reason)
            }
        }
        self.reviewed = reviewed
        summary = ReviewSummary(file: file, entries: entries, card: card, reviewed: reviewed, overrides: overrides)
        conversation = ConversationLine.condense(entries, training: file.record.isTraining)
    }
}
