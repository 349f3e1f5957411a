import CivilTime
import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety

/// A review's summary in the reader's language: how the call ended and where the case went,
/// the score and what it rests on, and the flags, as label and lines that each rendering lays
/// out its own way. Typed words in it (a name, a unit) are made safe here.
public struct ReviewSummaryText: Sendable {
    public let report: ReviewReport
    public let catalogue: GuidanceCatalogue
    public let language: Language

    public init(_ report: ReviewReport, catalogue: GuidanceCatalogue, language: Language) {
        self.report = report
        self.catalogue = catalogue
        self.language = language
    }

    private var summary: ReviewSummary { report.summary }
    private var organization: Organization { catalogue.organization }
    private func t(_ hant: String, _ hans: String, _ en: String) -> String { language.pick(hant, hans, en) }
    private var separator: String { language == .en ? ", " : "、" }
    private var clauses: String { language == .en ? "; " : "；" }

    /// The summary's rows: outcome, score, flags.
    public var rows: [(label: String, lines: [String])] {
        [(t("結果", "结果", "Outcome"), [outcome]), (t("評分", "评分", "Score"), score),
         (t("要留意", "要留意", "Flags"), flags.isEmpty ? [t("沒有", "没有", "none")] : flags.map { "⚑ " + $0 })]
    }

    /// The section's heading.
    public var heading: String { t("摘要", "摘要", "At a glance") }

    // MARK: Outcome

    public var outcome: String {
        let number = report.file.record.caseNumber
        let training = summary.isTraining ? t("訓練 · ", "训练 · ", "training · ") : ""
        switch summary.stage {
        case .draft:
            return training + t("接訴未完成（草稿）：coach resume \(number) 繼續", "接诉未完成（草稿）：coach resume \(number) 继续",
                                "intake not finished (a draft): coach resume \(number) continues it")
        case .voided:
            let reason = summary.voidReason.map { t("：", "：", ": ") + SafeText.line($0) } ?? ""
            return training + t("已作廢", "已作废", "voided") + reason + t("（不計入統計）", "（不计入统计）", " (never counted)")
        default:
            var parts = [summary.stage.name(in: language)]
            if let handler = summary.handler ?? summary.routing?.handler {
                parts.append(t("交", "交", "to ") + organization.title(of: handler, in: language))
            }
            if let routing = summary.routing {
                let told = routing.notify.filter { $0 != (summary.handler ?? routing.handler) }
                if !told.isEmpty {
                    parts.append(t("通知", "通知", "tell ") + told.map { organization.title(of: $0, in: language) }.joined(separator: separator))
                }
                if let approval = routing.approvalBy {
                    parts.append(t("由", "由", "approval by ") + organization.title(of: approval, in: language) + t("批准", "批准", ""))
                }
                if let escalate = routing.escalateTo {
                    parts.append(t("上報", "上报", "escalate to ") + organization.title(of: escalate, in: language))
                }
            }
            if let deadline = summary.deadline {
                let left = CaseText(organization: organization, language: language).timeLeft(report.file, at: report.now)
                parts.append(t("限期 ", "限期 ", "due ") + organization.calendar.describe(deadline, in: language) + (left.map { t("（\($0)）", "（\($0)）", " (\($0))") } ?? ""))
            } else if report.file.record.kind == .suggestion {
                parts.append(t("建議沒有限期", "建议没有限期", "a suggestion has no deadline"))
            }
            return training + parts.joined(separator: " · ")
        }
    }

    // MARK: Score

    public var score: [String] {
        var total = "\(summary.total)/100"
        if summary.originalTotal != summary.total {
            total += t("（覆核前 \(summary.originalTotal)）", "（复核前 \(summary.originalTotal)）", " (\(summary.originalTotal) before review)")
        }
        if summary.failed { total += t(" · 不合格：收受禮物（指引 11）", " · 不合格：收受礼物（指引 11）", " · FAIL: a gift was accepted (guideline 11)") }
        let basis = summary.basis
        var rests: [String] = []
        if !basis.observed.isEmpty {
            rests.append(t("Coach 看到的 \(basis.observed.count) 項", "Coach 看到的 \(basis.observed.count) 项", "\(basis.observed.count) on what Coach saw"))
        }
        if !basis.reported.isEmpty {
            rests.append(t("只憑職員自述的 \(basis.reported.count) 項（", "只凭职员自述的 \(basis.reported.count) 项（",
                           "\(basis.reported.count) only on staff's word (") + names(basis.reported) + t("）", "）", ")"))
        }
        if !basis.overridden.isEmpty {
            rests.append(t("覆核調整的 \(basis.overridden.count) 項（", "复核调整的 \(basis.overridden.count) 项（",
                           "\(basis.overridden.count) set on review (") + names(basis.overridden) + t("）", "）", ")"))
        }
        var lines = [total]
        if !rests.isEmpty { lines.append(t("根據：", "根据：", "Rests on: ") + rests.joined(separator: clauses)) }
        if !basis.notApplicable.isEmpty {
            lines.append(t("\(basis.notApplicable.count) 項不適用，不計分", "\(basis.notApplicable.count) 项不适用，不计分",
                           "\(basis.notApplicable.count) not applicable, not counted"))
        }
        return lines
    }

    /// Items named short: the guidelines by their numbers (`指引 2、6、8`), the others by name.
    func names(_ items: [Scorecard.Item]) -> String {
        let card = ScorecardText(catalogue: catalogue, language: language)
        let numbers = items.compactMap(\.guideline).map(String.init)
        // Mid-sentence in English an item's title reads in lower case ("guidelines 2, 8, routing").
        var names = items.filter { $0.guideline == nil }.map(card.name).map { language == .en ? $0.prefix(1).lowercased() + $0.dropFirst() : $0 }
        if !numbers.isEmpty {
            let list = numbers.joined(separator: separator)
            names.insert(t("指引 \(list)", "指引 \(list)", (numbers.count == 1 ? "guideline " : "guidelines ") + list), at: 0)
        }
        return names.joined(separator: separator)
    }

    // MARK: Flags

    public var flags: [String] {
        summary.flags.map(flag)
    }

    func flag(_ flag: ReviewSummary.Flag) -> String {
        switch flag {
        case .notOnRoster(let staff):
            return t("接聽的 \(SafeText.line(staff)) 不在名冊上，請上司查核（規定 4）", "接听的 \(SafeText.line(staff)) 不在名册上，请上司查核（规定 4）",
                     "taken by \(SafeText.line(staff)), who is not on the roster: for a supervisor to check (regulation 4)")
        case .danger(let danger):
            return self.danger(danger)
        case .interrupted(let marks):
            return t("未等對方講完就插話 \(marks.count) 次", "未等对方说完就插话 \(marks.count) 次",
                     "interrupted the caller \(marks.count) time\(marks.count == 1 ? "" : "s")") + refs(marks)
        case .confirmRefused(let marks):
            return t("尚欠資料，未能儲存 \(marks.count) 次", "尚欠资料，未能保存 \(marks.count) 次",
                     "saving refused \(marks.count) time\(marks.count == 1 ? "" : "s") with facts missing") + refs(marks)
        case .journaled(let marks):
            return t("資料庫未能寫入 \(marks.count) 行，先存入日誌", "数据库未能写入 \(marks.count) 行，先存入日志",
                     "the database refused \(marks.count) line\(marks.count == 1 ? "" : "s"); kept in the journal meanwhile") + refs(marks)
        case .missing(let questions):
            let words = IntakeWords(language: language, organization: organization)
            return t("記錄尚欠：", "记录尚欠：", "still missing: ") + questions.map(words.missingName).joined(separator: separator)
        case .changed(let changes):
            return t("改了 Coach 的建議：", "改了 Coach 的建议：", "Coach's proposals changed: ") + changes.map(change).joined(separator: clauses)
        }
    }

    /// The first danger word, then how long until the on-duty number was on screen, the case
    /// was marked urgent, and someone was called.
    func danger(_ d: ReviewSummary.Danger) -> String {
        let terms = d.terms.map(SafeText.line).joined(separator: separator)
        var parts = [t("聽到危險字眼「\(terms)」", "听到危险字眼「\(terms)」", "danger heard (\(terms))") + refs([d.heard])]
        if let shown = d.onDutyShown {
            parts.append(timed(shown, from: d.heard, t("顯示當值人員及電話", "显示值班人员及电话", "the person on duty and their number shown")))
        } else {
            parts.append(t("沒有顯示當值人員", "没有显示值班人员", "the person on duty never shown"))
        }
        if let urgent = d.markedUrgent {
            parts.append(urgent.entry < d.heard.entry ? t("之前已標為緊急", "之前已标为紧急", "already marked urgent") + refs([urgent])
                         : timed(urgent, from: d.heard, t("標為緊急", "标为紧急", "marked urgent")) + refs([urgent]))
        } else {
            parts.append(t("沒有標為緊急", "没有标为紧急", "never marked urgent"))
        }
        if let called = d.called, let name = d.calledName {
            let who = SafeText.line(name)
            let offRota = d.calledOnDuty ? "" : t("，不是顯示的當值人員", "，不是显示的值班人员", ", not one shown on duty")
            parts.append(timed(called, from: d.heard, t("自述致電 \(who)", "自述致电 \(who)", "reported calling \(who)")) + refs([called]) + offRota)
        } else {
            parts.append(t("沒有記錄致電當值人員", "没有记录致电值班人员", "no call to the person on duty recorded"))
        }
        return parts.joined(separator: clauses)
    }

    /// `1:15 後標為緊急`, `marked urgent after 1:15`: a step with the time since the danger word.
    func timed(_ mark: ReviewSummary.Mark, from start: ReviewSummary.Mark, _ what: String) -> String {
        let seconds = Int(mark.at.timeIntervalSince(start.at).rounded())
        guard seconds > 0 else { return t("即時\(what)", "即时\(what)", "\(what) at once") }
        let span = seconds < 60 ? "\(seconds)s" : seconds < 3600 ? String(format: "%d:%02d", seconds / 60, seconds % 60)
            : String(format: "%dh%02d", seconds / 3600, seconds % 3600 / 60)
        return t("\(span) 後\(what)", "\(span) 后\(what)", "\(what) after \(span)")
    }

    func change(_ change: ReviewSummary.Changed) -> String {
        let words = IntakeWords(language: language, organization: organization)
        switch change {
        case .fact(let field, let proposed, let recorded, let mark):
            let shown = { (value: String) in SafeText.line(words.factValue(ProposedFact(field: field, value: value, heard: ""))) }
            return words.factName(field) + " " + shown(proposed) + " → " + (recorded.map(shown) ?? t("未記錄", "未记录", "not recorded")) + refs([mark])
        case .nature(let suggested, let chosen, let mark):
            return t("性質建議\(suggested.name(in: language))，選了\(chosen.name(in: language))",
                     "性质建议\(suggested.name(in: language))，选了\(chosen.name(in: language))",
                     "nature: suggested \(suggested.name(in: language)), chose \(chosen.name(in: language))") + refs([mark])
        }
    }

    /// `（#22、#39）`: the transcript entries, the first five.
    func refs(_ marks: [ReviewSummary.Mark]) -> String {
        let numbers = marks.prefix(5).map { "#\($0.entry)" }.joined(separator: separator) + (marks.count > 5 ? "…" : "")
        return t("（\(numbers)）", "（\(numbers)）", " (\(numbers))")
    }
}
