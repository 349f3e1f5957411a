import ComplaintDomain

/// One question of the intake, in the order they come. Each belongs to a step; most are
/// asked only when their fact is still missing (see `IntakeEngine.applies`).
public enum IntakeQuestion: String, CaseIterable, Codable, Sendable {
    /// Never asked in a new call (the channel defaults to phone; `:channel` changes it); kept so
    /// a draft saved at this question by an earlier version still resumes.
    case channel
    case account
    /// Guideline 4: anything else? Then the read-back, and the facts heard, to accept at once.
    case anythingElse, heard
    case callerName, contact, building, unit, standing
    case what, location, since, wants, realCause, coordinateWith
    case kind, nature, category
    case acknowledge, admitShortfall, takeOwnership, thank
    case routed
    case promised, confirm

    public var step: IntakeStep {
        switch self {
        case .account: .listen
        case .channel, .anythingElse, .heard, .callerName, .contact, .building, .unit, .standing,
             .what, .location, .since, .wants, .realCause, .coordinateWith: .check
        case .kind, .nature, .category: .classify
        case .acknowledge, .admitShortfall, .takeOwnership, .thank: .respond
        case .routed: .route
        case .promised, .confirm: .close
        }
    }

    /// The questions that ask staff whether they said something: never answered by Enter alone.
    public var asksWhatWasSaid: Bool {
        switch self {
        case .acknowledge, .admitShortfall, .takeOwnership, .thank, .routed, .promised: true
        default: false
        }
    }

    /// The phrase a respond question offers.
    public var purpose: PhrasePurpose {
        switch self {
        case .admitShortfall: .admitShortfall
        case .takeOwnership: .takeOwnership
        case .thank: .thankSuggestion
        default: .acknowledge
        }
    }
}
