/// Who is on duty for a role at a moment, or nobody rostered (then the holders of the role, so
/// the desk still knows whom to try).
public struct OnDuty: Codable, Equatable, Sendable {
    public var role: Role
    /// Nil: the rota has nobody for the role at that moment.
    public var staff: StaffMember?
    /// Everyone holding the role, shown when nobody is rostered.
    public var holders: [StaffMember]

    public init(role: Role, staff: StaffMember?, holders: [StaffMember]) {
        self.role = role
        self.staff = staff
        self.holders = holders
    }
}
