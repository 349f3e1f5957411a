import CivilTime
import ComplaintDomain

/// The seven steps of taking a complaint, in order.
public enum IntakeStep: String, CaseIterable, Codable, Sendable {
    case start, listen, check, respond, classify, route, close

    public var number: Int { IntakeStep.allCases.firstIndex(of: self)! + 1 }

    /// The moment of the guidelines cued when the step begins.
    public var moment: Moment {
        switch self {
        case .start: .start
        case .listen: .listen
        case .check: .check
        case .respond: .respond
        case .classify: .classify
        case .route: .route
        case .close: .close
        }
    }
}
