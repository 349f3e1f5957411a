import CivilTime
import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety

/// A case as staff read it at the desk: a line in a list, the whole file, what is next and
/// who must do it, the time left, and why a request was refused. Typed text is shown through
/// SafeText, so nothing anyone typed can drive the reader's terminal.
public struct CaseText: Sendable {
    public let organization: Organization
    public let language: Language

    public init(organization: Organization, language: Language) {
        self.organization = organization
        self.language = language
    }

    private func t(_ hant: String, _ hans: String, _ en: String) -> String { language.pick(hant, hans, en) }
    private var calendar: WorkingCalendar { organization.calendar }

    /// `還有 3 小時 20 分` or `逾期 2 天 4 小時`.
    public func timeLeft(_ file: CaseFile, at now: Date) -> String? {
        guard let deadline = file.life.deadline else { return nil }
        if let handled = file.life.handledAt {
            return handled <= deadline ? t("準時處理", "准时处理", "handled on time") : t("逾期處理", "逾期处理", "handled late")
        }
        let seconds = Int(deadline.timeIntervalSince(now))
        let span = duration(abs(seconds))
        return seconds >= 0 ? t("還有 \(span)", "还有 \(span)", "\(span) left") : t("逾期 \(span)", "逾期 \(span)", "overdue by \(span)")
    }

    public func duration(_ seconds: Int) -> String {
        let days = seconds / 86_400, hours = seconds % 86_400 / 3600, minutes = seconds % 3600 / 60
        if days > 0 { return t("\(days) 天 \(hours) 小時", "\(days) 天 \(hours) 小时", "\(days) d \(hours) h") }
        if hours > 0 { return t("\(hours) 小時 \(minutes) 分", "\(hours) 小时 \(minutes) 分", "\(hours) h \(minutes) min") }
        return t("\(minutes) 分鐘", "\(minutes) 分钟", "\(minutes) min")
    }

    public var listHeader: [String] {
        [t("個案", "个案", "case"), t("收到", "收到", "received"), t("階段", "阶段", "stage"), t("性質", "性质", "nature"),
         t("地點", "地点", "where"), t("來電者", "来电者", "caller"), t("限期", "限期", "due")]
    }

    public func listRow(_ file: CaseFile, at now: Date) -> [String] {
        let r = file.record
        let place = [r.building, r.unit].compactMap { $0 }.joined(separator: " ")
        let nature = r.kind == .suggestion ? r.kind.name(in: language) : (r.nature?.name(in: language) ?? "—")
        return [r.caseNumber.description + (file.life.flagged ? "⚑" : ""), calendar.describe(r.receivedAt, in: language),
                r.stage.name(in: language), nature, DisplayWidth.truncate(SafeText.line(place), to: 16),
                DisplayWidth.truncate(SafeText.line(r.person.name ?? "—"), to: 12), timeLeft(file, at: now) ?? "—"]
    }

    /// The whole file: the record, where it stands, what is next and who must do it. With the
    /// routing stored at receipt, who was on duty then for the duty roles it named, and who is
    /// now while steps remain.
    public func detail(_ file: CaseFile, at now: Date, next: [(action: CaseAction, roles: [Role], people: [StaffMember])],
                       routing: RoutingDecision? = nil) -> [OutputLine] {
        var rows = rows(file, at: now)
        if let routing {
            // Who is on duty now matters while steps remain.
            let current = file.record.stage != .draft && !next.isEmpty ? routing.dutyRoles.map { organization.onDuty($0, at: now) } : []
            func same(_ entry: OnDuty) -> Bool {
                current.contains { $0.role == entry.role && $0.staff?.id == entry.staff?.id }
            }
            // A decision stored before the rota names nobody: only "now" can be said for it.
            if !routing.onDuty.isEmpty {
                rows.append((t("收到時當值", "收到时当值", "At receipt"), routing.onDuty.map { entry in
                    guard same(entry) else { return onDuty(entry) }
                    return onDuty(entry) + (entry.staff == nil
                        ? t("（現在亦沒有人當值）", "（现在也没有人值班）", " (nobody rostered now either)")
                        : t("（現在仍當值）", "（现在仍当值）", " (on duty now too)"))
                }.joined(separator: "\n")))
            }
            // Someone still on duty since receipt is named once, not again as on duty now.
            let changed = current.filter { now in !routing.onDuty.contains { $0.role == now.role && same($0) } }
            if !changed.isEmpty {
                rows.append((t("現在當值", "现在当值", "On duty"), changed.map(onDuty).joined(separator: "\n")))
            }
        }
        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        var lines: [OutputLine] = []
        for (name, value) in rows {
            for (index, part) in value.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let head = index == 0 ? DisplayWidth.pad(name, to: width) : String(repeating: " ", count: width)
                let overdue = name == t("限期", "限期", "Due") && file.isOverdue(at: now)
                lines.append(OutputLine(overdue ? .error : .plain, "  \(head)  \(part)"))
            }
        }
        if file.record.stage == .draft {
            let number = file.record.caseNumber
            lines.append(OutputLine(.warning, t("接訴未完成：coach resume \(number) 繼續。", "接诉未完成：coach resume \(number) 继续。",
                                                "The intake is not finished: coach resume \(number) continues it.")))
        } else if next.isEmpty {
            lines.append(OutputLine(.success, t("已完成，沒有下一步。", "已完成，没有下一步。", "Done: nothing is next.")))
        } else {
            lines.append(OutputLine(.heading, t("下一步：", "下一步：", "Next:")))
            for step in next {
                let roles = step.roles.map { organization.title(of: $0, in: language) }.joined(separator: language == .en ? " or " : "或")
                let people = step.people.map { "\($0.name) \($0.id)" }.joined(separator: ", ")
                lines.append(OutputLine(.plain, "  \(CaseRequest.word(for: step.action)) — \(step.action.name(in: language)) · \(roles)"
                                        + (people.isEmpty ? "" : (language == .en ? ": " : "：") + people)))
            }
        }
        return lines
    }

    /// The file as label–value pairs, values made safe to show.
    public func rows(_ file: CaseFile, at now: Date) -> [(String, String)] {
        let r = file.record, life = file.life
        var rows: [(String, String)] = [
            (t("個案", "个案", "Case"), "\(r.caseNumber)" + (r.isTraining ? t("（訓練）", "（训练）", " (training)") : "")),
            (t("階段", "阶段", "Stage"), r.stage.name(in: language)),
            (t("收到", "收到", "Received"), "\(calendar.describe(r.receivedAt, in: language)) · \(r.channel.name(in: language)) · \(r.receivedBy)"),
        ]
        if life.flagged {
            rows.append((t("標記", "标记", "Flag"), t("接訴人不在名冊上，請上司覆核", "接诉人不在名册上，请上司复核", "taken by someone not on the roster: for a supervisor to check")))
        }
        let who = [r.person.name, r.person.standing?.name(in: language), r.person.contact].compactMap { $0 }.joined(separator: " · ")
        if !who.isEmpty { rows.append((t("來電者", "来电者", "Caller"), who)) }
        let place = [r.building, r.unit, r.location].compactMap { $0 }.joined(separator: " · ")
        if !place.isEmpty { rows.append((t("地點", "地点", "Where"), place)) }
        if !r.account.isEmpty { rows.append((t("經過", "经过", "What"), r.account)) }
        if let v = r.wants { rows.append((t("要求", "要求", "Wants"), v)) }
        if let v = r.realCause { rows.append((t("真正原因", "真正原因", "Real cause"), v)) }
        let nature = r.kind == .suggestion ? r.kind.name(in: language) : (r.nature?.name(in: language) ?? "—")
        rows.append((t("性質", "性质", "Nature"), nature))
        if let id = r.category, let category = organization.categories.first(where: { $0.id == id }) {
            rows.append((t("類別", "类别", "Category"), category.name[language]))
        }
        if let handler = life.handler { rows.append((t("負責", "负责", "Handler"), organization.title(of: handler, in: language))) }
        if let deadline = life.deadline {
            rows.append((t("限期", "限期", "Due"), calendar.describe(deadline, in: language) + " · " + (timeLeft(file, at: now) ?? "")))
        }
        if let p = life.proposal { rows.append((t("處理意見", "处理意见", "Proposal"), p)) }
        if !life.departments.isEmpty {
            let names = life.departments.map { id in organization.departments.first { $0.id == id }?.name[language] ?? id }
            rows.append((t("部門", "部门", "Departments"), names.joined(separator: language == .en ? ", " : "、")))
        }
        if life.escalated { rows.append((t("上報", "上报", "Escalated"), organization.title(of: .generalManager, in: language))) }
        if let f = life.feedback { rows.append((t("處理結果", "处理结果", "Result"), f)) }
        if let via = life.repliedVia {
            rows.append((t("回復", "回复", "Replied"), via.name(in: language) + (life.replyReason.map { " — \($0)" } ?? "")))
        }
        if !life.followUpAttempts.isEmpty {
            rows.append((t("回訪", "回访", "Follow-up"), life.followUpAttempts.map(attempt).joined(separator: "\n")))
        } else if let s = life.satisfaction {
            // Followed up before each call was kept: the one call, as it was recorded.
            rows.append((t("回訪", "回访", "Follow-up"), "\(s)/5" + (life.followUpWords.map { " — \($0)" } ?? "")))
        }
        if let by = life.filedBy {
            rows.append((t("歸檔", "归档", "Filed"), by + (life.notReachable
                ? t("（未能聯絡投訴人：兩日回訪均未接通）", "（未能联络投诉人：两日回访均未接通）", " (the caller could not be reached: calls on two days went unanswered)")
                : "")))
        }

        return rows.map { ($0.0, SafeText.clean($0.1)) }
    }

    /// One follow-up call: when, by whom, reached or not, satisfaction where it was asked, the note.
    public func attempt(_ attempt: FollowUpAttempt) -> String {
        let who = organization.member(attempt.by).map { "\($0.name) \($0.id)" } ?? attempt.by
        var parts = [calendar.describe(attempt.at, in: language), who,
                     attempt.reached ? t("已聯絡", "已联络", "reached") : t("未能聯絡", "未能联络", "not reached")]
        if let score = attempt.satisfaction { parts.append(t("滿意度 \(score)/5", "满意度 \(score)/5", "satisfaction \(score)/5")) }
        return parts.joined(separator: " · ") + (attempt.note.map { " — \($0)" } ?? "")
    }

    /// Who is on duty for a role, and how to reach them; or that nobody is rostered, and who
    /// holds the role, so the desk still knows whom to try.
    public func onDuty(_ entry: OnDuty) -> String {
        let title = organization.title(of: entry.role, in: language)
        func person(_ member: StaffMember) -> String {
            SafeText.line([member.name, member.id, member.contact].compactMap { $0 }.joined(separator: " "))
        }
        if let member = entry.staff { return "\(title) — \(person(member))" }
        let holders = entry.holders.isEmpty ? t("名冊上沒有人", "名册上没有人", "nobody on the roster")
            : entry.holders.map(person).joined(separator: language == .en ? ", " : "、")
        return "\(title) — " + t("沒有人編更當值；可找：\(holders)", "没有安排值班人员；可找：\(holders)", "nobody rostered; holders: \(holders)")
    }

    public func refusal(_ refusal: CaseDesk.Refusal) -> String {
        switch refusal {
        case .notAllowed(let refused):
            return refused.text(in: language)
        case .notNow(let illegal):
            let allowed = illegal.allowed.map { "\(CaseRequest.word(for: $0))（\($0.name(in: language))）" }.joined(separator: "、")
            return t("個案現在是「\(illegal.stage.name(in: language))」，不能\(illegal.action.name(in: language))。現在可以：\(allowed.isEmpty ? "沒有" : allowed)",
                     "个案现在是「\(illegal.stage.name(in: language))」，不能\(illegal.action.name(in: language))。现在可以：\(allowed.isEmpty ? "没有" : allowed)",
                     "The case is \(illegal.stage.name(in: language)): it cannot \(illegal.action.name(in: language)) now. Allowed now: \(illegal.allowed.isEmpty ? "nothing" : illegal.allowed.map(CaseRequest.word).joined(separator: ", "))")
        case .stepsMissing(let steps):
            let list = steps.map { "\(CaseRequest.word(for: $0))（\($0.name(in: language))）" }.joined(separator: "、")
            // Only the follow-up left: the way to file when the caller cannot be reached.
            let unreachable = steps == [.followUp]
                ? t("如未能聯絡投訴人，每次致電後用 follow-up --not-reached 記錄；兩個不同日子都未能聯絡，即可歸檔。",
                    "如未能联络投诉人，每次致电后用 follow-up --not-reached 记录；两个不同日子都未能联络，即可归档。",
                    " If the caller cannot be reached, record each call with follow-up --not-reached; after calls on two different days, the case can be filed.")
                : ""
            return t("未能歸檔：尚欠 \(list)。", "未能归档：尚欠 \(list)。",
                     "Cannot file yet; still to do: \(steps.map { "\(CaseRequest.word(for: $0)) (\($0.name(in: language)))" }.joined(separator: ", ")).")
                + unreachable
        case .replyChannel(let expected):
            return t("投訴怎樣來就怎樣回復（規定 8）：應以\(expected.name(in: language))回復；改用其他方式請加 --reason 說明原因。",
                     "投诉怎样来就怎样回复（规定 8）：应以\(expected.name(in: language))回复；改用其他方式请加 --reason 说明原因。",
                     "Answer the way it came (regulation 8): by \(expected.name(in: language)). To reply another way, give --reason.")
        case .integrityUnconfirmed:
            return t("歸檔前請確認廉潔聲明（指引 11）：加 --integrity 表示處理過程公正廉明，沒有索取或收受任何利益。",
                     "归档前请确认廉洁声明（指引 11）：加 --integrity 表示处理过程公正廉明，没有索取或收受任何利益。",
                     "Confirm the integrity note before filing (guideline 11): add --integrity to state it was handled fairly and honestly and nothing was asked for or accepted.")
        case .training:
            return t("訓練個案在接訴後就結束，不能再處理。", "训练个案在接诉后就结束，不能再处理。", "A training call ends at intake; there is nothing to act on.")
        }
    }

    public func parseError(_ error: CaseRequest.ParseError) -> String {
        switch error.safe {
        case .unknownAction(let word):
            return t("沒有「\(word)」這個動作；可用：", "没有「\(word)」这个动作；可用：", "No action \"\(word)\"; use one of: ")
                + CaseRequest.completions.joined(separator: ", ")
        case .missingCase: return t("請寫上個案編號（例如 261129-007）。", "请写上个案编号（例如 261129-007）。", "Give the case number (like 261129-007).")
        case .badCase(let text): return t("「\(text)」不是個案編號（例如 261129-007）。", "「\(text)」不是个案编号（例如 261129-007）。", "\"\(text)\" is not a case number (like 261129-007).")
        case .missingDepartment: return t("請寫上部門：", "请写上部门：", "Name the department: ") + organization.departments.map(\.id).joined(separator: ", ")
        case .unknownDepartment(let name, let known):
            return t("沒有「\(name)」這個部門；可用：", "没有「\(name)」这个部门；可用：", "No department \"\(name)\"; use one of: ") + known.joined(separator: ", ")
        case .badChannel(let text):
            return t("「\(text)」不是回復方式；可用：", "「\(text)」不是回复方式；可用：", "\"\(text)\" is not a reply channel; use: ")
                + ReplyChannel.allCases.map(\.rawValue).joined(separator: ", ")
        case .badSatisfaction(let text):
            return t("「\(text)」不是滿意度：滿意度為 1 至 5，可以不填，例如：follow-up 261129-007 4 對方滿意",
                     "「\(text)」不是满意度：满意度为 1 至 5，可以不填，例如：follow-up 261129-007 4 对方满意",
                     "\"\(text)\" is not a satisfaction score: give 1 to 5, or none, e.g. follow-up 261129-007 4 happy with the repair")
        case .satisfactionNotReached:
            return t("未能聯絡對方，就沒有滿意度：follow-up 261129-007 --not-reached 無人接聽",
                     "未能联络对方，就没有满意度：follow-up 261129-007 --not-reached 无人接听",
                     "A call that did not reach the caller has no satisfaction score: follow-up 261129-007 --not-reached no answer")
        case .missingText:
            return t("請寫上內容（處理意見或處理結果）。", "请写上内容（处理意见或处理结果）。", "Write the proposal or the result after the case number.")
        }
    }
}

extension CaseRequest.ParseError {
    /// The error with whatever was typed made safe to show.
    var safe: CaseRequest.ParseError {
        switch self {
        case .unknownAction(let word): .unknownAction(SafeText.line(word))
        case .badCase(let text): .badCase(SafeText.line(text))
        case .unknownDepartment(let name, let known): .unknownDepartment(SafeText.line(name), known: known)
        case .badChannel(let text): .badChannel(SafeText.line(text))
        case .badSatisfaction(let text): .badSatisfaction(SafeText.line(text))
        default: self
        }
    }
}
