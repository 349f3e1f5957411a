import CivilTime
import ComplaintDomain

/// The six steps of taking a complaint, in the order a call really goes: the caller talks
/// first (guideline 4), then what is missing is checked, the case classified, the caller
/// answered, the case routed, and the call closed.
public enum IntakeStep: String, CaseIterable, Codable, Sendable {
    case listen, check, classify, respond, route, close

    public var number: Int { IntakeStep.allCases.firstIndex(of: self)! + 1 }

    /// The moments of the guidelines cued when the step begins: the opening's guidelines
    /// (stay calm, write it down) are cued as the call starts, with listening's.
    public var moments: [Moment] {
        switch self {
        case .listen: [.start, .listen]
        case .check: [.check]
        case .classify: [.classify]
        case .respond: [.respond]
        case .route: [.route]
        case .close: [.close]
        }
    }
}
