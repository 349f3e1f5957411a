/// A department that does the work on a complaint (engineering, cleaning, security…).
public struct Department: Sendable, Equatable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}
