import ComplaintDomain

/// A field of the record that `:FIELD VALUE` sets from any prompt, by the name staff type.
public enum RecordField: String, CaseIterable, Sendable {
    case channel, name, standing, building, unit, contact, `where`, since, wants, cause, others, kind, nature, category

    /// The question that asks for it, where Coach goes when it is still missing.
    public var question: IntakeQuestion {
        switch self {
        case .channel: .channel
        case .name: .callerName
        case .standing: .standing
        case .building: .building
        case .unit: .unit
        case .contact: .contact
        case .where: .location
        case .since: .since
        case .wants: .wants
        case .cause: .realCause
        case .others: .coordinateWith
        case .kind: .kind
        case .nature: .nature
        case .category: .category
        }
    }

    /// The field a question fills, if it fills one.
    public init?(_ question: IntakeQuestion) {
        guard let field = RecordField.allCases.first(where: { $0.question == question }) else { return nil }
        self = field
    }
}
