/// Someone on the organisation's roster and the roles they hold.
public struct StaffMember: Sendable, Equatable {
    public var id: String
    public var name: String
    public var roles: [Role]
    /// How to reach them at once (an extension, a mobile), shown when routing says "tell now".
    public var contact: String?

    public init(id: String, name: String, roles: [Role], contact: String? = nil) {
        self.id = id
        self.name = name
        self.roles = roles
        self.contact = contact
    }
}
