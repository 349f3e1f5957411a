import ComplaintDomain
import Foundation

extension IntakeEngine {
    // MARK: What is missing

    /// The facts still empty whose questions came before this step (and, while checking,
    /// the ones the check step asks for).
    func missingFacts(_ state: IntakeState, at step: IntakeStep) -> [String] {
        let r = state.record
        let facts: [(IntakeQuestion, Bool)] = [
            (.callerName, r.person.name == nil),
            (.contact, r.person.contact == nil),
            (.what, r.account.isEmpty),
            (.location, r.location == nil && r.building == nil && r.unit == nil),
            (.since, r.since == nil),
            (.wants, r.wants == nil),
            (.nature, r.kind == .complaint && r.nature == nil),
            (.category, r.category == nil),
        ]
        return facts.filter { question, empty in
            empty && (question.step.number < step.number || (step == .check && question.step == .check))
        }.map { text.missingName($0.0) }
    }

    /// What must be known before the case can be confirmed.
    func blockingFacts(_ record: ComplaintRecord) -> [String] {
        var missing: [String] = []
        if record.account.isEmpty { missing.append(text.missingName(.what)) }
        if record.location == nil && record.building == nil && record.unit == nil { missing.append(text.missingName(.location)) }
        if record.kind == .complaint && record.nature == nil { missing.append(text.missingName(.nature)) }
        return missing
    }

    // MARK: The record

    /// The record as a read-back, labels aligned by display width.
    func summary(_ r: ComplaintRecord) -> [OutputLine] {
        func label(_ q: IntakeQuestion) -> String { text.label(q) }
        var rows: [(String, String)] = [
            (text.t("個案", "个案", "Case"), "\(r.caseNumber) · \(r.stage.name(in: language))"),
            (label(.channel), r.channel.name(in: language)),
        ]
        let who = [r.person.name, r.person.standing?.name(in: language)].compactMap { $0 }.joined(separator: " · ")
        if !who.isEmpty { rows.append((label(.callerName), who)) }
        if let contact = r.person.contact { rows.append((label(.contact), contact)) }
        let place = [r.building, r.unit].compactMap { $0 }.joined(separator: " ")
        if !place.isEmpty { rows.append((text.t("地址", "地址", "Address"), place)) }
        if !r.account.isEmpty { rows.append((label(.what), r.account)) }
        if let v = r.location { rows.append((label(.location), v)) }
        if let v = r.since { rows.append((label(.since), v)) }
        if let v = r.wants { rows.append((label(.wants), v)) }
        if let v = r.realCause { rows.append((label(.realCause), v)) }
        if !r.coordinateWith.isEmpty { rows.append((label(.coordinateWith), r.coordinateWith.joined(separator: text.listSeparator))) }
        rows.append((label(.kind), r.kind.name(in: language)))
        if r.kind == .complaint, let nature = r.nature { rows.append((label(.nature), nature.name(in: language))) }
        if let id = r.category, let category = organization.categories.first(where: { $0.id == id }) {
            rows.append((label(.category), category.name[language]))
        }
        for note in r.notes { rows.append((text.t("備註", "备注", "Note"), note)) }

        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        var lines: [OutputLine] = []
        for (name, value) in rows {
            let valueLines = value.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in valueLines.enumerated() {
                let head = index == 0 ? DisplayWidth.pad(name, to: width) : String(repeating: " ", count: width)
                lines.append(OutputLine(.plain, "  \(head)  \(part)"))
            }
        }
        let missing = missingFacts(IntakeState(record: r), at: .close)
        if !missing.isEmpty {
            lines.append(OutputLine(.warning, text.t("尚欠：", "尚欠：", "Missing: ") + missing.joined(separator: text.listSeparator)))
        }
        return lines
    }

    // MARK: Routing

    func suggestionLine(_ suggestion: UrgencySuggestion) -> String {
        if suggestion.matches.isEmpty {
            return text.t("建議：普通 —— 記錄中沒有緊急字眼。", "建议：普通 —— 记录中没有紧急字眼。",
                          "Suggested: ordinary — nothing urgent in the notes.")
        }
        let found = suggestion.matches.map { text.zh ? "「\($0.term)」" : "“\($0.term)”" }.joined(separator: text.listSeparator)
        return text.t("建議：特殊或緊急 —— 提到\(found)。請確認。", "建议：特殊或紧急 —— 提到\(found)。请确认。",
                      "Suggested: urgent — the notes mention \(found). Please confirm.")
    }

    /// A role with the people on the roster who hold it and how to reach them.
    func people(_ role: Role) -> String {
        let holders = organization.staff(holding: role)
        let names = holders.map { member in member.contact.map { "\(member.name) \($0)" } ?? member.name }
        let list = names.isEmpty ? text.t("名冊上沒有人", "名册上没有人", "nobody on the roster") : names.joined(separator: text.listSeparator)
        return "\(role.name(in: language)) — \(list)"
    }

    func routeLines(_ d: RoutingDecision) -> [OutputLine] {
        let calendar = organization.calendar
        var lines: [(String, String, OutputLine.Style)] = []
        if !d.isComplaint {
            lines.append((text.t("類別", "类别", "Kind"), text.t("建議，不屬投訴（規定 1）", "建议，不属投诉（规定 1）", "a suggestion, not a complaint (reg. 1)"), .plain))
        }
        let tellHandler = d.notify.contains(d.handler)
        lines.append((tellHandler ? text.t("立即通知負責人", "立即通知负责人", "Tell now, handles it") : text.t("負責", "负责", "Handled by"),
                      people(d.handler), tellHandler ? .warning : .plain))
        for role in d.notify where role != d.handler {
            lines.append((text.t("同時通知", "同时通知", "Also tell"), people(role), .warning))
        }
        if let approval = d.approvalBy { lines.append((text.t("須經批准", "须经批准", "Approval"), people(approval), .plain)) }
        if let escalate = d.escalateTo { lines.append((text.t("上報", "上报", "Escalate to"), people(escalate), .warning)) }
        if let deadline = d.deadline {
            lines.append((text.t("限期", "限期", "Due"), calendar.describe(deadline.due, in: language), .plain))
        }
        lines.append((text.t("回復方式", "回复方式", "Reply by"), d.replyVia.name(in: language), .plain))
        let width = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        return lines.map { OutputLine($0.2, "  " + DisplayWidth.pad($0.0, to: width) + "  " + $0.1) }
            + d.reasons.map { OutputLine(.dim, "  " + text.t("規定", "规定", "reg.") + " \($0.article) · " + $0.text(in: language, calendar: calendar)) }
    }

    /// The decision in role ids, as the transcript keeps it.
    /// What to promise the caller before hanging up (regulation 8, guideline 8).
    func promiseLines(_ r: ComplaintRecord) -> [OutputLine] {
        let d = route(r)
        var lines = [OutputLine(.plain, text.t("告訴對方：", "告诉对方：", "Tell the caller:"))]
        lines.append(OutputLine(.plain, "  • " + text.t("個案編號 \(r.caseNumber)", "个案编号 \(r.caseNumber)", "their case number: \(r.caseNumber)")))
        if let deadline = d.deadline {
            let when = organization.calendar.describe(deadline.due, in: language)
            lines.append(OutputLine(.plain, "  • " + text.t("我們會在 \(when) 前處理", "我们会在 \(when) 前处理", "we will deal with it by \(when)")))
        } else {
            lines.append(OutputLine(.plain, "  • " + text.t("建議會轉交物業部跟進", "建议会转交物业部跟进", "the suggestion goes to the property department")))
        }
        lines.append(OutputLine(.plain, "  • " + text.replyPromise(d.replyVia)))
        if d.isComplaint {
            lines.append(OutputLine(.plain, "  • " + text.t("解決後會致電問您是否滿意", "解决后会致电问您是否满意", "we will call once it is solved to check they are satisfied")))
        }
        if let promise = phrase(.promiseFollowUp, preferring: 8) {
            lines.append(OutputLine(.phrase, text.say(promise.text[language])))
        }
        return lines
    }
}
