import ComplaintDomain

/// One question of the intake. Each belongs to a step; some apply only in some cases.
public enum IntakeQuestion: String, CaseIterable, Codable, Sendable {
    case channel, callerName, standing, building, unit, contact
    case account
    case what, location, since, wants, realCause, coordinateWith
    case acknowledge, admitShortfall, takeOwnership
    case kind, nature, category
    case routed
    case promised, confirm

    public var step: IntakeStep {
        switch self {
        case .channel, .callerName, .standing, .building, .unit, .contact: .start
        case .account: .listen
        case .what, .location, .since, .wants, .realCause, .coordinateWith: .check
        case .acknowledge, .admitShortfall, .takeOwnership: .respond
        case .kind, .nature, .category: .classify
        case .routed: .route
        case .promised, .confirm: .close
        }
    }

    /// The phrase a respond question offers.
    public var purpose: PhrasePurpose {
        switch self {
        case .admitShortfall: .admitShortfall
        case .takeOwnership: .takeOwnership
        default: .acknowledge
        }
    }
}
