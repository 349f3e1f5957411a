/// One of the estate's house rules (renovation hours, pets, refuse…), as the office words it in
/// guidance/rules.yaml, so staff can explain the rule that applies (guideline 9).
public struct HouseRule: Sendable, Equatable {
    public var number: Int
    public var title: LocalizedText
    public var text: LocalizedText
    /// Words in every script that bring the rule up, matched as `TermMatch` says.
    public var terms: [String]

    public init(number: Int, title: LocalizedText, text: LocalizedText, terms: [String]) {
        self.number = number
        self.title = title
        self.text = text
        self.terms = terms
    }
}
