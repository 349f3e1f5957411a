/// The owner or occupant who complains.
public struct Person: Codable, Sendable, Equatable {
    public var name: String?
    public var standing: Standing?
    public var contact: String?

    public init(name: String? = nil, standing: Standing? = nil, contact: String? = nil) {
        self.name = name
        self.standing = standing
        self.contact = contact
    }
}
