import ComplaintDomain

/// A reviewer's change to one scorecard item, kept in the transcript as a decision line
/// `review override: g5 missed → met — reason` so the original stays visible beside it.
public struct ReviewOverride: Equatable, Sendable {
    public var item: Scorecard.Item
    public var from: Scorecard.Result
    public var to: Scorecard.Result
    public var reason: String
    public var by: String

    static let prefix = "review override: "

    public var transcriptText: String {
        "\(Self.prefix)\(item.rawValue) \(from.rawValue) → \(to.rawValue) — \(reason)"
    }

    /// Reads one back from a transcript event, or nil when it is not one.
    public init?(_ event: TranscriptEvent) {
        guard event.kind == .decision, event.text.hasPrefix(Self.prefix) else { return nil }
        let body = event.text.dropFirst(Self.prefix.count)
        guard let dash = body.range(of: " — ") else { return nil }
        let parts = body[..<dash.lowerBound].split(separator: " ")
        guard parts.count == 4, parts[2] == "→", let item = Scorecard.Item(rawValue: String(parts[0])),
              let from = Scorecard.Result(rawValue: String(parts[1])), let to = Scorecard.Result(rawValue: String(parts[3]))
        else { return nil }
        self.init(item: item, from: from, to: to, reason: String(body[dash.upperBound...]), by: event.staff)
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
        event.step == "review"
    }
}
