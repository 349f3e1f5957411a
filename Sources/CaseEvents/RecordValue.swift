import ComplaintDomain

/// One field of the record given a value. Each case carries its field and a typed value, so the
/// record can be rebuilt from the events alone (see `CaseProjection`).
public enum RecordValue: Codable, Sendable, Equatable {
    case channel(Channel)
    case name(String?)
    case standing(Standing?)
    case building(String?)
    case unit(String?)
    case contact(String?)
    /// The whole account at once (a retyped description); lines heard while listening are `accountLine`.
    case account(String)
    case location(String?)
    case since(String?)
    case wants(String?)
    case realCause(String?)
    case coordinateWith([String])
    case kind(ComplaintKind)
    case category(String?)
    case beyondManagerAuthority(Bool)

    /// The field's name as staff type it after a colon (`:unit 12樓C室`).
    public var field: String {
        switch self {
        case .channel: "channel"
        case .name: "name"
        case .standing: "standing"
        case .building: "building"
        case .unit: "unit"
        case .contact: "contact"
        case .account: "account"
        case .location: "where"
        case .since: "since"
        case .wants: "wants"
        case .realCause: "cause"
        case .coordinateWith: "others"
        case .kind: "kind"
        case .category: "category"
        case .beyondManagerAuthority: "beyond_authority"
        }
    }

    /// The value as plain words, for the readable rendering kept beside the event.
    public var plain: String {
        switch self {
        case .channel(let c): c.rawValue
        case .standing(let s): s?.rawValue ?? "—"
        case .kind(let k): k.rawValue
        case .coordinateWith(let list): list.isEmpty ? "—" : list.joined(separator: ", ")
        case .beyondManagerAuthority(let b): b ? "yes" : "no"
        case .account(let s): s
        case .name(let s), .building(let s), .unit(let s), .contact(let s), .location(let s), .since(let s),
             .wants(let s), .realCause(let s), .category(let s): s ?? "—"
        }
    }
}
