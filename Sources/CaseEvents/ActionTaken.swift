import ComplaintDomain

/// One step of a case's life after intake, with everything it changed: what `CaseProjection`
/// needs to move the case forward and what a supervisor reads later.
public struct ActionTaken: Codable, Sendable, Equatable {
    public var action: CaseAction
    public var from: Stage
    public var to: Stage
    /// The department set to work or told to act (dispatch, assign).
    public var department: String?
    /// The proposal, the department's result, the follow-up words, or a note on the step.
    public var text: String?
    /// How the reply went, and why when not by the channel it came through (8).
    public var repliedVia: ReplyChannel?
    public var reason: String?
    /// 1–5, from the follow-up call (guideline 8).
    public var satisfaction: Int?
    /// Filing: the integrity note was confirmed (guideline 11).
    public var integrityConfirmed: Bool

    public init(action: CaseAction, from: Stage, to: Stage, department: String? = nil, text: String? = nil,
                repliedVia: ReplyChannel? = nil, reason: String? = nil, satisfaction: Int? = nil, integrityConfirmed: Bool = false) {
        self.action = action
        self.from = from
        self.to = to
        self.department = department
        self.text = text
        self.repliedVia = repliedVia
        self.reason = reason
        self.satisfaction = satisfaction
        self.integrityConfirmed = integrityConfirmed
    }
}
