import CivilTime
import ComplaintDomain

/// One step of a case's life after intake, with everything it changed: what `CaseProjection`
/// needs to move the case forward and what a supervisor reads later.
public struct ActionTaken: Codable, Sendable, Equatable {
    public var action: CaseAction
    public var from: Stage
    public var to: Stage
    /// The department set to work or told to act (dispatch, assign).
    public var department: String?
    /// The proposal, the department's result, the follow-up words or note, or a note on the step.
    public var text: String?
    /// How the reply went, and why when not by the channel it came through (8).
    public var repliedVia: ReplyChannel?
    public var reason: String?
    /// 1–5, from a follow-up call that reached the caller, where it was asked (guideline 8).
    public var satisfaction: Int?
    /// Filing: the integrity note was confirmed (guideline 11).
    public var integrityConfirmed: Bool
    /// A follow-up call: the office's day it was made on (two missed calls must fall on different days).
    public var day: LocalDate?
    /// Filing: without a follow-up, the caller not reachable after two calls on different days.
    public var notReachable: Bool

    public init(action: CaseAction, from: Stage, to: Stage, department: String? = nil, text: String? = nil,
                repliedVia: ReplyChannel? = nil, reason: String? = nil, satisfaction: Int? = nil, integrityConfirmed: Bool = false,
                day: LocalDate? = nil, notReachable: Bool = false) {
        self.action = action
        self.from = from
        self.to = to
        self.department = department
        self.text = text
        self.repliedVia = repliedVia
        self.reason = reason
        self.satisfaction = satisfaction
        self.integrityConfirmed = integrityConfirmed
        self.day = day
        self.notReachable = notReachable
    }
}

extension ActionTaken {
    /// Actions written before follow-up attempts were kept have no `notReachable`: false.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(action: try c.decode(CaseAction.self, forKey: .action), from: try c.decode(Stage.self, forKey: .from),
                  to: try c.decode(Stage.self, forKey: .to), department: try c.decodeIfPresent(String.self, forKey: .department),
                  text: try c.decodeIfPresent(String.self, forKey: .text),
                  repliedVia: try c.decodeIfPresent(ReplyChannel.self, forKey: .repliedVia),
                  reason: try c.decodeIfPresent(String.self, forKey: .reason),
                  satisfaction: try c.decodeIfPresent(Int.self, forKey: .satisfaction),
                  integrityConfirmed: try c.decode(Bool.self, forKey: .integrityConfirmed),
                  day: try c.decodeIfPresent(LocalDate.self, forKey: .day),
                  notReachable: try c.decodeIfPresent(Bool.self, forKey: .notReachable) ?? false)
    }
}
