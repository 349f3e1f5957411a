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
    /// A relevant department is told to act (5a after approval, 5b, 5c); may happen more than once.
    case assign
    /// Beyond the duty manager's authority: report to the general manager (5b).
    case escalate
    /// The handling department reports back and the property department confirms (7).
    case recordFeedback = "record_feedback"
    /// Answered by the channel the complaint came through (8).
    case reply
    /// The follow-up call reached the caller (guideline 8).
    case followUp = "follow_up"
    /// A follow-up call that did not reach the caller: the case stays replied, and two on
    /// different days let it be filed as not reachable.
    case followUpMissed = "follow_up_missed"
    /// Put the material in order and file it (9).
    case file

    public func name(in language: Language) -> String {
        let names: (String, String, String) = switch self {
        case .receive: ("接訴", "接诉", "receive")
        case .propose: ("登記並提出處理意見", "登记并提出处理意见", "register and propose a handling")
        case .approve: ("批准處理意見", "批准处理意见", "approve the proposed handling")
        case .dispatch: ("安排部門處理", "安排部门处理", "set a department to work")
        case .assign: ("通知相應部門", "通知相应部门", "tell a department to act")
        case .escalate: ("上報總物業經理", "上报总物业经理", "escalate to the general manager")
        case .recordFeedback: ("記錄處理結果", "记录处理结果", "record the department's result")
        case .reply: ("回覆投訴人", "回复投诉人", "reply to the complainant")
        case .followUp: ("回訪", "回访", "make the follow-up call")
        case .followUpMissed: ("記錄未能聯絡的回訪", "记录未能联络的回访", "record a follow-up call that did not reach them")
        case .file: ("整理歸檔", "整理归档", "file the case")
        }
        return language.pick(names.0, names.1, names.2)
    }
}
