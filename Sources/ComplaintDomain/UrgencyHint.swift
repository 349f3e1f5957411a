import Foundation

/// One kind of danger (fire, a gas leak, someone trapped in a lift…) and the words that name it,
/// from guidance/urgency.yaml.
public struct UrgencyHint: Sendable, Equatable {
    public var key: String
    public var label: LocalizedText
    /// Terms in every script; a term is matched whichever language the text is in.
    public var terms: [String]

    public init(key: String, label: LocalizedText, terms: [String]) {
        self.key = key
        self.label = label
        self.terms = terms
    }
}
