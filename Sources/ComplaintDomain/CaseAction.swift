/// What can be done to a case; each moves it between stages (or, for escalation, within one).
public enum CaseAction: String, CaseIterable, Codable, Sendable {
    /// Intake finished: the record is complete and routed.
    case receive
    /// Group lead registers an ordinary complaint and proposes a handling (5a).
    case propose
    /// Supervisor approves the proposed handling (5a).
    case approve
    /// Urgent or after-hours: the duty manager or security supervisor sets a department to work (5b, 5c).
    case dispatch
    /// Beyond the duty manager's authority: report to the general manager (5b).
    case escalate
    /// The handling department reports back and the property department confirms (7).
    case recordFeedback = "record_feedback"
    /// Answered by the channel the complaint came through (8).
    case reply
    /// The follow-up call (guideline 8).
    case followUp = "follow_up"
    /// Put the material in order and file it (9).
    case file
}
