import Foundation

/// What routing needs to know about a complaint (regulations 1, 5, 6, 8).
public struct RoutingInput: Sendable, Equatable {
    /// Where the nature came from, so the decision can say so.
    public enum NatureBasis: Sendable, Equatable {
        case stated
        case suggested(UrgencySuggestion)
    }

    public var channel: Channel
    public var kind: ComplaintKind
    public var nature: Nature
    public var natureBasis: NatureBasis
    public var receivedAt: Date
    /// The handling is beyond the authority of the department manager on duty (regulation 5b).
    public var beyondManagerAuthority: Bool

    public init(channel: Channel, kind: ComplaintKind = .complaint, nature: Nature, natureBasis: NatureBasis = .stated,
                receivedAt: Date, beyondManagerAuthority: Bool = false) {
        self.channel = channel
        self.kind = kind
        self.nature = nature
        self.natureBasis = natureBasis
        self.receivedAt = receivedAt
        self.beyondManagerAuthority = beyondManagerAuthority
    }
}

extension RoutingInput {
    /// The one way a record becomes a routing input: a nature not yet decided is taken from
    /// what the account suggests, and the decision says it was only suggested.
    public init(_ record: ComplaintRecord, suggestion: UrgencySuggestion) {
        self.init(channel: record.channel, kind: record.kind, nature: record.nature ?? suggestion.nature,
                  natureBasis: record.nature == nil ? .suggested(suggestion) : .stated,
                  receivedAt: record.receivedAt, beyondManagerAuthority: record.beyondManagerAuthority)
    }
}
