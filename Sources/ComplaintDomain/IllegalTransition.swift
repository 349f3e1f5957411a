/// An action the case's stage, kind or nature does not allow; says what would be allowed.
public struct IllegalTransition: Error, Sendable, Equatable, CustomStringConvertible {
    public var action: CaseAction
    public var stage: Stage
    public var kind: ComplaintKind
    public var nature: Nature
    public var allowed: [CaseAction]

    public var description: String {
        let now = allowed.isEmpty ? "nothing (the case is filed)" : allowed.map(\.rawValue).joined(separator: ", ")
        return "cannot \(action.rawValue) a \(nature.rawValue) \(kind.rawValue) that is \(stage.rawValue); allowed now: \(now)"
    }
}
