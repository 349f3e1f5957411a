import ComplaintDomain

/// One answer a choice question takes: its one-letter key, and its name in every language.
public struct Choice: Equatable, Sendable {
    public var key: String?
    public var name: LocalizedText

    public init(key: String?, name: LocalizedText) {
        self.key = key
        self.name = name
    }
}
