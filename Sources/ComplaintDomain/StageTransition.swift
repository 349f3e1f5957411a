import Foundation

/// One step of a case's life, with who took it and when.
public struct StageTransition: Codable, Sendable, Equatable {
    public var action: CaseAction
    public var from: Stage
    public var to: Stage
    public var by: String
    public var at: Date
    public var note: String?

    public init(action: CaseAction, from: Stage, to: Stage, by: String, at: Date, note: String? = nil) {
        self.action = action
        self.from = from
        self.to = to
        self.by = by
        self.at = at
        self.note = note
    }
}
