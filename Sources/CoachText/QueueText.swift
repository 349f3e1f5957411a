import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety

/// The queue as staff read it: a heading per reason, and for each case its number, how long,
/// what it is, then who should act and what to type. Typed text is shown through SafeText.
public struct QueueText: Sendable {
    public let organization: Organization
    public let language: Language

    public init(organization: Organization, language: Language) {
        self.organization = organization
        self.language = language
    }

    private func t(_ hant: String, _ hans: String, _ en: String) -> String { language.pick(hant, hans, en) }
    private var caseText: CaseText { CaseText(organization: organization, language: language) }

    public func lines(_ items: [CaseQueue.Item], at now: Date) -> [OutputLine] {
        let when = organization.calendar.describe(now, in: language)
        guard !items.isEmpty else {
            return [OutputLine(.success, t("\(when)：現在沒有要即時處理的個案。", "\(when)：现在没有要即时处理的个案。",
                                           "\(when): nothing needs anyone now."))]
        }
        var lines = [OutputLine(.heading, t("\(when)　要處理：\(items.count) 件", "\(when)　要处理：\(items.count) 件",
                                            "\(when) — needs someone now: \(items.count)"))]
        for reason in CaseQueue.Reason.allCases {
            let group = items.filter { $0.reason == reason }
            guard !group.isEmpty else { continue }
            lines.append(OutputLine(.heading, title(reason) + t("（\(group.count)）", "（\(group.count)）", " (\(group.count))")))
            for item in group {
                let number = item.file.record.caseNumber.description
                lines.append(OutputLine(style(item), "  \(number)  \(clock(item.clock, at: now))  \(what(item.file))"))
                lines.append(OutputLine(.dim, String(repeating: " ", count: number.count + 4) + "→ \(actor(item.actor)) · \(command(item))"))
            }
        }
        return lines
    }

    public func title(_ reason: CaseQueue.Reason) -> String {
        switch reason {
        case .urgentDraft: t("緊急：接訴未完成", "紧急：接诉未完成", "Urgent: intake not finished")
        case .urgentNotDispatched: t("緊急：未安排部門處理", "紧急：未安排部门处理", "Urgent: no department set to work")
        case .overdue: t("逾期", "逾期", "Overdue")
        case .dueSoon: t("兩小時內到期", "两小时内到期", "Due within two hours")
        case .unassigned: t("未交部門處理", "未交部门处理", "Not yet with a department")
        case .followUpDue: t("待回訪", "待回访", "Follow-up calls due")
        }
    }

    private func style(_ item: CaseQueue.Item) -> OutputLine.Style {
        switch item.reason {
        case .urgentDraft, .urgentNotDispatched, .overdue: .error
        case .dueSoon: .warning
        case .unassigned, .followUpDue: .plain
        }
    }

    /// `已等 40 分鐘`, `逾期 2 小時 5 分`, `尚餘 1 小時 20 分`.
    public func clock(_ clock: CaseQueue.Clock, at now: Date) -> String {
        switch clock {
        case .waitingSince(let since):
            let span = caseText.duration(max(0, Int(now.timeIntervalSince(since))))
            return t("已等 \(span)", "已等 \(span)", "waiting \(span)")
        case .overdueSince(let deadline):
            let span = caseText.duration(max(0, Int(now.timeIntervalSince(deadline))))
            return t("逾期 \(span)", "逾期 \(span)", "overdue by \(span)")
        case .dueAt(let deadline):
            let span = caseText.duration(max(0, Int(deadline.timeIntervalSince(now))))
            return t("尚餘 \(span)", "尚余 \(span)", "\(span) left")
        }
    }

    /// The category, the place, and the first words of the account.
    public func what(_ file: CaseFile) -> String {
        let record = file.record
        let category = record.category.flatMap { id in organization.categories.first { $0.id == id }?.name[language] }
        let place = [record.building, record.unit].compactMap { $0 }.joined(separator: " ")
        let said = record.account.split(separator: "\n").first.map(String.init)
        let parts = [category, place.isEmpty ? nil : place, said].compactMap { $0 }.map(SafeText.line)
        return DisplayWidth.truncate(parts.isEmpty ? "—" : parts.joined(separator: " · "), to: 52)
    }

    public func actor(_ actor: CaseQueue.Actor) -> String {
        func person(_ member: StaffMember, phone: Bool) -> String {
            SafeText.line([member.name, member.id, phone ? member.contact : nil].compactMap { $0 }.joined(separator: " "))
        }
        let comma = language == .en ? ", " : "、"
        switch actor {
        case .taker(let id, let member):
            return t("接訴人 ", "接诉人 ", "who took it: ") + (member.map { person($0, phone: false) } ?? SafeText.line(id))
        case .role(let role, let onDuty, let holders):
            let title = organization.title(of: role, in: language)
            if let onDuty { return "\(title) \(person(onDuty, phone: true))" }
            if role.isOnDuty {
                let names = holders.map { person($0, phone: true) }.joined(separator: comma)
                return title + t("（沒有人編更當值；可找：\(names)）", "（没有安排值班人员；可找：\(names)）", " (nobody rostered; holders: \(names))")
            }
            return holders.isEmpty ? title + t("（名冊上沒有人）", "（名册上没有人）", " (nobody on the roster)")
                : "\(title) " + holders.map { person($0, phone: false) }.joined(separator: comma)
        }
    }

    /// What to type: the step with the case number, or resuming the intake.
    public func command(_ item: CaseQueue.Item) -> String {
        let number = item.file.record.caseNumber.description
        guard let step = item.step else { return "coach resume \(number)" }
        var words = "\(CaseRequest.word(for: step)) \(number)"
        switch step {
        case .dispatch, .assign: words += t(" 部門", " 部门", " DEPARTMENT")
        case .propose, .recordFeedback: words += t(" 內容", " 内容", " TEXT")
        case .file: words += " --integrity" + (item.file.progress.callerUnreachable
            ? t("（未能聯絡投訴人）", "（未能联络投诉人）", " (caller not reachable)") : "")
        default: break
        }
        return words
    }
}
