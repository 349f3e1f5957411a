/// What a complaint is about, from the organisation's list (for routing to a department and
/// for the month's statistics).
public struct Category: Sendable, Equatable {
    public var id: String
    public var name: LocalizedText
    /// The department that usually does the work, when there is one.
    public var department: String?

    public init(id: String, name: LocalizedText, department: String? = nil) {
        self.id = id
        self.name = name
        self.department = department
    }
}
