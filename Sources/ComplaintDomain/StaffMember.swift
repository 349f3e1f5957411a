/// Someone on the organisation's roster and the roles they hold. Codable because a routing
/// decision keeps who was on duty at receipt, and the transcript keeps the decision.
public struct StaffMember: Codable, Sendable, Equatable {
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
