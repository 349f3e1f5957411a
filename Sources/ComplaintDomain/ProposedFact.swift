/// A fact read from one line of the caller's account, offered to staff to accept or reject:
/// it is never put in the record without them, so a misreading costs a keystroke, not a wrong record.
public struct ProposedFact: Codable, Equatable, Sendable {
    public var field: FactField
    /// The value for the record, normalised ("12樓C室", "9123 4567", "陳太", "A座", "owner").
    public var value: String
    /// The words of the line it came from, as typed, so staff see why it was proposed.
    public var heard: String

    public init(field: FactField, value: String, heard: String) {
        self.field = field
        self.value = value
        self.heard = heard
    }
}
