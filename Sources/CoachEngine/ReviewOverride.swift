import CaseEvents
import ComplaintDomain

/// A reviewer's change to one scorecard item, kept in the case's events so the original score
/// stays visible beside it.
public struct ReviewOverride: Equatable, Sendable {
    public var item: Scorecard.Item
    public var from: Scorecard.Result
    public var to: Scorecard.Result
    public var reason: String
    public var by: String

    public var event: CaseEvent {
        .reviewOverride(item: item, from: from, to: to, reason: reason)
    }

    /// Reads one back from a transcript event, or nil when it is not one.
    public init?(_ event: TranscriptEvent) {
        guard case .reviewOverride(let item, let from, let to, let reason) = event.event else { return nil }
        self.init(item: item, from: from, to: to, reason: reason, by: event.staff)
    }

    public init(item: Scorecard.Item, from: Scorecard.Result, to: Scorecard.Result, reason: String, by: String) {
        self.item = item
        self.from = from
        self.to = to
        self.reason = reason
        self.by = by
    }

    /// Whether a transcript event belongs to a review rather than to the call.
    public static func isReview(_ event: TranscriptEvent) -> Bool {
        switch event.event {
        case .reviewComment, .reviewOverride: true
        default: false
        }
    }
}
