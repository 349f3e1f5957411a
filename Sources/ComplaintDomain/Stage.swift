/// Where a case stands in its life (regulations 3, 5, 7, 8, 9 and guideline 8).
public enum Stage: String, CaseIterable, Codable, Sendable {
    /// Intake under way; nothing is decided yet.
    case draft
    /// Received (接訴): the record is complete and routed.
    case received
    /// Ordinary: the group lead has registered it and proposed a handling for the supervisor (5a).
    case awaitingApproval = "awaiting_approval"
    /// A department is working on it (5a after approval, 5b, 5c).
    case inHandling = "in_handling"
    /// The department has reported the result and the property department confirmed it (7).
    case handled
    /// Answered by the channel it came through (8).
    case replied
    /// The follow-up call is made (guideline 8).
    case followedUp = "followed_up"
    /// Put in order and filed (9).
    case archived
    /// A junk draft voided at intake (a wrong number, a test): kept with its transcript, never
    /// counted in statistics, and never moved again.
    case voided

    public func name(in language: Language) -> String {
        let names: (String, String, String) = switch self {
        case .draft: ("接訴中", "接诉中", "intake in progress")
        case .received: ("已接訴", "已接诉", "received")
        case .awaitingApproval: ("待上司批准", "待上司批准", "awaiting approval")
        case .inHandling: ("處理中", "处理中", "in handling")
        case .handled: ("已處理", "已处理", "handled")
        case .replied: ("已回覆", "已回复", "replied")
        case .followedUp: ("已回訪", "已回访", "followed up")
        case .archived: ("已歸檔", "已归档", "filed")
        case .voided: ("已作廢", "已作废", "voided")
        }
        return language.pick(names.0, names.1, names.2)
    }
}
