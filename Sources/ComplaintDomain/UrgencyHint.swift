import Foundation

/// One kind of danger (fire, a gas leak, someone trapped in a lift…), the words that name it, and
/// what the caller is told to do now, from guidance/urgency.yaml.
public struct UrgencyHint: Sendable, Equatable {
    public var key: String
    public var label: LocalizedText
    /// One short line of safety advice for the caller, said at once (gas: no switches, no
    /// flames, open the windows, leave, call 999 from outside).
    public var advice: LocalizedText
    /// Terms in every script; a term is matched whichever language the text is in. `A…B` is
    /// several words in this order in one sentence (see `UrgencyPattern`).
    public var terms: [String]
    /// Words in which a term does not count, such as 困擾 for 被困 (長期被困擾 is no lift): a
    /// term is not counted where it overlaps one of these.
    public var except: [String]

    public init(key: String, label: LocalizedText, advice: LocalizedText, terms: [String], except: [String] = []) {
        self.key = key
        self.label = label
        self.advice = advice
        self.terms = terms
        self.except = except
    }
}
