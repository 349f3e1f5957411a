/// One of the nine articles of the management regulation.
public struct RegulationArticle: Sendable, Equatable {
    public var number: Int
    public var key: String
    public var title: LocalizedText
    public var text: LocalizedText

    public init(number: Int, key: String, title: LocalizedText, text: LocalizedText) {
        self.number = number
        self.key = key
        self.title = title
        self.text = text
    }
}
