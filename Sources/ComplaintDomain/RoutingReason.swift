import CivilTime
import Foundation

/// One line of "why" behind a routing decision, kept as data so every screen and export can
/// say it in the reader's language and name the article it comes from.
public enum RoutingReason: Codable, Sendable, Equatable {
    case notAComplaint
    case natureStated(Nature)
    case natureSuggested(UrgencySuggestion)
    case insideWorkingHours(Date)
    case outsideWorkingHours(Date, WorkingCalendar.OffHours)
    case ordinaryToGroup
    case urgentToDutyDepartmentManager
    case securitySupervisorAfterHours
    case dutyManagerToldAfterHours(Nature)
    case dutyManagerAtSupervisorsChoice
    case groupTakesOverAt(Date)
    case escalateBeyondAuthority
    case beyondAuthorityNotForOrdinary
    case due(Deadline)
    case replyBySameChannel(Channel)

    /// The article of the regulation this line applies, as the text numbers it.
    public var article: String {
        switch self {
        case .notAComplaint: "1"
        case .natureStated, .natureSuggested: "2"
        case .insideWorkingHours, .outsideWorkingHours, .securitySupervisorAfterHours,
             .dutyManagerToldAfterHours, .dutyManagerAtSupervisorsChoice, .groupTakesOverAt: "5c"
        case .ordinaryToGroup, .beyondAuthorityNotForOrdinary: "5a"
        case .urgentToDutyDepartmentManager, .escalateBeyondAuthority: "5b"
        case .due: "6"
        case .replyBySameChannel: "8"
        }
    }

    /// The line in `language`, naming roles by the office's `titles` (the regulation's own
    /// words stay in its text).
    public func text(in language: Language, calendar: WorkingCalendar, titles: RoleTitles = .hongKong) -> String {
        let zh = language != .en
        let t = language.pick
        func when(_ date: Date) -> String { calendar.describe(date, in: language) }
        let frontDesk = titles.title(of: .frontDesk, in: language)
        let groupLead = titles.title(of: .propertyGroupLead, in: language)
        let supervisor = titles.title(of: .supervisor, in: language)
        let department = titles.title(of: .relevantDepartment, in: language)
        let departmentManager = titles.title(of: .dutyDepartmentManager, in: language)
        let generalManager = titles.title(of: .generalManager, in: language)
        let securitySupervisor = titles.title(of: .dutySecuritySupervisor, in: language)
        let dutyManager = titles.title(of: .dutyManager, in: language)

        switch self {
        case .notAComplaint:
            return t("建議或善意的批評不屬投訴：記錄為建議，交物業部小組，不設處理時限。",
                     "建议或善意的批评不属投诉：记录为建议，交物业部小组，不设处理时限。",
                     "A suggestion or well-meant criticism is not a complaint: it is recorded as a suggestion for the property group, with no deadline.")
        case .natureStated(let nature):
            return t("性質：\(nature.name(in: language))（由接訴人確認）。",
                     "性质：\(nature.name(in: language))（由接诉人确认）。",
                     "Nature: \(nature.name(in: language)), as confirmed by staff.")
        case .natureSuggested(let suggestion):
            if suggestion.matches.isEmpty {
                return t("性質：普通 —— 描述中沒有緊急字眼（建議，須由接訴人確認）。",
                         "性质：普通 —— 描述中没有紧急字眼（建议，须由接诉人确认）。",
                         "Nature: ordinary — nothing in the description suggests urgency (a suggestion; staff must confirm).")
            }
            let found = suggestion.matches.map { zh ? "「\($0.term)」(\($0.label[language]))" : "\"\($0.term)\" (\($0.label[language]))" }
                .joined(separator: zh ? "、" : ", ")
            return t("性質：特殊或緊急 —— 描述提到\(found)（建議，須由接訴人確認）。",
                     "性质：特殊或紧急 —— 描述提到\(found)（建议，须由接诉人确认）。",
                     "Nature: special or urgent — the description mentions \(found) (a suggestion; staff must confirm).")
        case .insideWorkingHours(let date):
            return t("於辦公時間內收到（\(when(date))）。",
                     "于办公时间内收到（\(when(date))）。",
                     "Received during working hours (\(when(date))).")
        case .outsideWorkingHours(let date, let off):
            let why: String = switch off {
            case .holiday(_, let name): t("公眾假期：\(name)", "公众假期：\(name)", "a public holiday: \(name)")
            case .restDay(let day): t("\(day.name(in: language))休息", "\(day.name(in: language))休息", "\(day.name(in: language)) is not a working day")
            case .beforeOpening: t("早於 \(calendar.opens) 上班", "早于 \(calendar.opens) 上班", "before opening at \(calendar.opens)")
            case .afterClosing: t("\(calendar.closes) 下班後", "\(calendar.closes) 下班后", "after closing at \(calendar.closes)")
            }
            return t("於非辦公時間收到（\(when(date))，\(why)）。",
                     "于非办公时间收到（\(when(date))，\(why)）。",
                     "Received outside working hours (\(when(date)), \(why)).")
        case .ordinaryToGroup:
            return t("普通投訴：\(frontDesk)轉交物業部所屬小組，由\(groupLead)核實、登記並提出處理意見，經\(supervisor)批准後通知\(department)處理。",
                     "普通投诉：\(frontDesk)转交物业部所属小组，由\(groupLead)核实、登记并提出处理意见，经\(supervisor)批准后通知\(department)处理。",
                     "Ordinary: the \(frontDesk) passes it to the property group; the \(groupLead) verifies and registers it and proposes a handling, which the \(supervisor) approves before the \(department) is told to act.")
        case .urgentToDutyDepartmentManager:
            return t("特殊或緊急投訴：\(frontDesk)通知物業部小組的同時，立即通知\(departmentManager)，由其處理。",
                     "特殊或紧急投诉：\(frontDesk)通知物业部小组的同时，立即通知\(departmentManager)，由其处理。",
                     "Urgent: the \(frontDesk) tells the property group and, at once, the \(departmentManager), who handles it.")
        case .securitySupervisorAfterHours:
            return t("非辦公時間：\(securitySupervisor)負責登記，並安排相關部門處理。",
                     "非办公时间：\(securitySupervisor)负责登记，并安排相关部门处理。",
                     "Outside working hours the \(securitySupervisor) is responsible: registers it and arranges the departments.")
        case .dutyManagerToldAfterHours(let nature):
            return nature == .urgent
                ? t("緊急投訴在非辦公時間一律向\(dutyManager)匯報。", "紧急投诉在非办公时间一律向\(dutyManager)汇报。",
                    "An urgent complaint outside working hours is always reported to the \(dutyManager).")
                : t("本機構規定：非辦公時間的投訴一律向\(dutyManager)匯報。", "本机构规定：非办公时间的投诉一律向\(dutyManager)汇报。",
                    "This organisation reports every complaint outside working hours to the \(dutyManager).")
        case .dutyManagerAtSupervisorsChoice:
            return t("普通投訴是否向\(dutyManager)匯報，由\(securitySupervisor)視情況決定。",
                     "普通投诉是否向\(dutyManager)汇报，由\(securitySupervisor)视情况决定。",
                     "For an ordinary complaint, reporting to the \(dutyManager) is at the discretion of the \(securitySupervisor).")
        case .groupTakesOverAt(let date):
            return t("物業部小組於 \(when(date)) 上班時跟進。",
                     "物业部小组于 \(when(date)) 上班时跟进。",
                     "The property group takes it up when the office opens: \(when(date)).")
        case .escalateBeyondAuthority:
            return t("超出\(departmentManager)權限：由其向\(generalManager)匯報。",
                     "超出\(departmentManager)权限：由其向\(generalManager)汇报。",
                     "Beyond the authority of the \(departmentManager): they report to the \(generalManager).")
        case .beyondAuthorityNotForOrdinary:
            return t("「超出經理權限」只適用於緊急投訴；普通投訴由\(supervisor)批准處理意見。",
                     "「超出经理权限」只适用于紧急投诉；普通投诉由\(supervisor)批准处理意见。",
                     "\"Beyond the manager's authority\" applies to urgent complaints only; an ordinary one goes to the \(supervisor) for approval.")
        case .due(let deadline):
            switch deadline.basis {
            case .endOfWorkingDay(let day):
                return t("普通投訴當日處理：限期為 \(calendar.describe(day, in: language)) 23:59:59 前。",
                         "普通投诉当日处理：限期为 \(calendar.describe(day, in: language)) 23:59:59 前。",
                         "Ordinary complaints are handled the same working day: due by the end of \(calendar.describe(day, in: language)), 23:59:59.")
            case .hoursAfterReceipt(let hours):
                return t("特殊投訴於收到後 \(hours) 小時內處理：限期為 \(when(deadline.due))。",
                         "特殊投诉于收到后 \(hours) 小时内处理：限期为 \(when(deadline.due))。",
                         "Urgent complaints are handled within \(hours) hours of receipt: due \(when(deadline.due)).")
            }
        case .replyBySameChannel(let channel):
            let reply = channel.replyChannel.name(in: language)
            return t("以投訴方式回覆：\(channel.name(in: language))投訴 → \(reply)。",
                     "以投诉方式回复：\(channel.name(in: language))投诉 → \(reply)。",
                     "Answer the way it came: a complaint by \(channel.name(in: language)) is answered by \(reply).")
        }
    }
}
