import CaseEvents
import CivilTime
import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety

/// A review in the reader's language: for the terminal, as Markdown, and as one printable HTML
/// page. Every text anyone typed goes through SafeText (and HTML escaping), so it cannot drive
/// a terminal or inject markup.
public struct ReviewText: Sendable {
    public let report: ReviewReport
    public let catalogue: GuidanceCatalogue
    public let language: Language

    public init(_ report: ReviewReport, catalogue: GuidanceCatalogue, language: Language) {
        self.report = report
        self.catalogue = catalogue
        self.language = language
    }

    private var file: CaseFile { report.file }
    private var card: Scorecard { report.card }
    private var reviewed: Scorecard { report.reviewed }
    private var overrides: [ReviewOverride] { report.overrides }
    private var comments: [ReviewReport.Comment] { report.comments }
    private var now: Date { report.now }

    /// An entry's event in words, safe for any output.
    public func text(_ entry: ReviewReport.Entry) -> String {
        SafeText.clean(EventText(language: language, catalogue: catalogue).render(entry.event))
    }

    /// The intake question or case action an entry belongs to, in words.
    public func step(_ entry: ReviewReport.Entry) -> String {
        guard let step = entry.step else { return "" }
        if let question = IntakeQuestion(rawValue: step) {
            return IntakeWords(language: language, organization: catalogue.organization).label(question)
        }
        if let action = CaseAction(rawValue: step) { return action.name(in: language) }
        return switch step {
        case "review": t("覆核", "复核", "review")
        case "scorecard": t("評分", "评分", "scorecard")
        case "migration": t("資料庫升級", "数据库升级", "database upgrade")
        case "leave": t("離開", "离开", "leaving")
        default: step
        }
    }

    /// An override in words: the item, the original and the new result, who and why.
    func overrideText(_ o: ReviewOverride) -> (item: String, change: String) {
        let card = ScorecardText(catalogue: catalogue, language: language)
        return (card.name(o.item), "\(card.result(o.from)) → \(card.result(o.to))")
    }

    private func t(_ hant: String, _ hans: String, _ en: String) -> String { language.pick(hant, hans, en) }
    private var calendar: WorkingCalendar { catalogue.organization.calendar }

    public func clock(_ date: Date) -> String {
        let c = calendar.clock(of: date)
        return String(format: "%@ %02d:%02d:%02d", c.day.description, c.hour, c.minute, c.second)
    }

    public func gap(_ seconds: TimeInterval) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "+\(s)s" }
        if s < 3600 { return String(format: "+%d:%02d", s / 60, s % 60) }
        return String(format: "+%dh%02d", s / 3600, s % 3600 / 60)
    }

    /// The widest kind name and entry number, so the terminal's columns line up.
    private var kindWidth: Int { TranscriptEvent.Kind.allCases.map { DisplayWidth.of(kindName($0)) }.max() ?? 0 }
    private var indexWidth: Int { "#\(report.entries.count)".count }

    public func kindName(_ kind: TranscriptEvent.Kind) -> String {
        switch kind {
        case .prompt: t("提示", "提示", "shown")
        case .input: t("輸入", "输入", "typed")
        case .cue: t("指引", "指引", "cue")
        case .decision: t("決定", "决定", "decided")
        case .note: t("備註", "备注", "note")
        case .transition: t("階段", "阶段", "stage")
        case .system: t("系統", "系统", "system")
        case .speech: t("說", "说", "said")
        case .caller: t("來電者", "来电者", "caller")
        }
    }

    var title: String {
        t("個案覆核 \(file.record.caseNumber)", "个案复核 \(file.record.caseNumber)", "Review of case \(file.record.caseNumber)")
    }

    // MARK: Terminal

    public func lines() -> [OutputLine] {
        var out = [OutputLine(.heading, "── \(title) ──")]
        let caseText = CaseText(organization: catalogue.organization, language: language)
        out += caseText.detail(file, at: now, next: CaseDesk(organization: catalogue.organization).nextSteps(file))
        out.append(OutputLine(.heading, t("── 記錄 ──", "── 记录 ──", "── Transcript ──")))
        for entry in report.entries {
            let style: OutputLine.Style = switch entry.kind {
            case .prompt, .cue: .dim
            case .transition, .decision: .warning
            case .caller: .caller
            default: .plain
            }
            let number = DisplayWidth.pad("#\(entry.index)", to: indexWidth)
            let head = "\(number) \(clock(entry.at)) \(DisplayWidth.pad(gap(entry.gap), to: 7)) \(DisplayWidth.pad(kindName(entry.kind), to: kindWidth))"
            out.append(OutputLine(style, head + " " + text(entry).replacingScalar("\n", with: " ⏎ ")))
        }
        out += ScorecardText(catalogue: catalogue, language: language).lines(reviewed, calendar: calendar)
        if !overrides.isEmpty {
            out.append(OutputLine(.heading, t("── 覆核調整（原分數保留）──", "── 复核调整（原分数保留）──", "── Overrides (original scores kept) ──")))
            for o in overrides {
                let (item, change) = overrideText(o)
                out.append(OutputLine(.warning, "  \(item): \(change) · \(o.by) · \(SafeText.line(o.reason))"))
            }
            out.append(OutputLine(.dim, t("  原總分 \(card.total)，覆核後 \(reviewed.total)", "  原总分 \(card.total)，复核后 \(reviewed.total)",
                                          "  original total \(card.total), after review \(reviewed.total)")))
        }
        if !comments.isEmpty {
            out.append(OutputLine(.heading, t("── 覆核意見 ──", "── 复核意见 ──", "── Comments ──")))
            for c in comments { out.append(OutputLine(.plain, "  \(clock(c.at)) \(c.staff): \(SafeText.line(c.text))")) }
        }
        return out
    }

    // MARK: Markdown

    /// Markdown: what anyone typed (the record, each transcript line, reasons and evidence,
    /// comments, overrides) goes through `SafeExport.markdown`, so it shows as typed and can
    /// form no link, image, HTML or autolink, nor split a table row.
    public func markdown() -> String {
        let cell = SafeExport.markdown
        var md = "# \(title)\n\n"
        for (name, value) in CaseText(organization: catalogue.organization, language: language).rows(file, at: now) {
            md += "- **\(cell(name))**: \(cell(value))\n"
        }
        md += "\n## " + t("記錄", "记录", "Transcript") + "\n\n| # | " + t("時間", "时间", "time") + " | Δ | "
            + t("類別", "类别", "kind") + " | " + t("步驟", "步骤", "step") + " | " + t("人員", "人员", "staff") + " | "
            + t("內容", "内容", "text") + " |\n|---|---|---|---|---|---|---|\n"
        for e in report.entries {
            md += "| \(e.index) | \(clock(e.at)) | \(gap(e.gap)) | \(kindName(e.kind)) | \(cell(step(e))) | \(cell(e.staff)) | \(cell(text(e))) |\n"
        }
        let scorecard = ScorecardText(catalogue: catalogue, language: language)
        md += "\n## " + scorecard.header(reviewed, moods: nil).trimmingCharacters(in: CharacterSet(charactersIn: "─ ")) + "\n\n"
        for line in reviewed.lines {
            let original = card.line(line.item)?.result
            let changed = original != line.result ? " (" + t("原為", "原为", "was") + " \(scorecard.result(original ?? .notApplicable)))" : ""
            md += "- **\(scorecard.name(line.item))** — \(scorecard.result(line.result))\(changed): \(cell(scorecard.reason(line.reason, calendar: calendar)))"
            if let e = line.evidence { md += " — " + cell(scorecard.evidenceText(e, calendar: calendar)) }
            md += "\n"
        }
        if !overrides.isEmpty {
            md += "\n" + t("原總分", "原总分", "Original total") + " \(card.total); " + t("覆核後", "复核后", "after review") + " \(reviewed.total).\n"
            for o in overrides {
                let (item, change) = overrideText(o)
                md += "- \(cell(item)): \(change), \(cell(o.by)): \(cell(o.reason))\n"
            }
        }
        if !comments.isEmpty {
            md += "\n## " + t("覆核意見", "复核意见", "Comments") + "\n\n"
            for c in comments { md += "- \(clock(c.at)) \(cell(c.staff)): \(cell(c.text))\n" }
        }
        return md
    }

    // MARK: HTML

    public static func escape(_ text: String) -> String {
        SafeText.clean(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    public func html() -> String {
        let e = Self.escape
        let scorecard = ScorecardText(catalogue: catalogue, language: language)
        var h = """
            <!doctype html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(e(title))</title>
            <style>
            body{font-family:"Noto Sans CJK TC","PingFang TC","Microsoft JhengHei",sans-serif;margin:2em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #999}
            table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border:1px solid #ccc;padding:.25em .4em;vertical-align:top;text-align:left}
            .met{color:#176b2c}.partly{color:#8a5a00}.missed{color:#a01818}.not_applicable{color:#777}
            .prompt,.cue{color:#666}.transition,.decision{background:#fff8e0}.caller{color:#7a1f7a}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}
            @media print{body{margin:1cm}a{color:inherit}}
            </style></head><body>
            <h1>\(e(title))</h1>

            """
        h += "<dl>"
        for (name, value) in CaseText(organization: catalogue.organization, language: language).rows(file, at: now) {
            h += "<dt>\(e(name))</dt><dd>\(e(value).replacingOccurrences(of: "\n", with: "<br>"))</dd>"
        }
        h += "</dl>\n<h2>" + e(t("記錄", "记录", "Transcript")) + "</h2>\n<table><tr><th>#</th><th>" + e(t("時間", "时间", "time"))
            + "</th><th>Δ</th><th>" + e(t("類別", "类别", "kind")) + "</th><th>" + e(t("步驟", "步骤", "step")) + "</th><th>"
            + e(t("人員", "人员", "staff")) + "</th><th>" + e(t("內容", "内容", "text")) + "</th></tr>\n"
        for entry in report.entries {
            h += "<tr class=\"\(entry.kind.rawValue)\"><td>\(entry.index)</td><td>\(e(clock(entry.at)))</td><td>\(e(gap(entry.gap)))</td>"
                + "<td>\(e(kindName(entry.kind)))</td><td>\(e(step(entry)))</td><td>\(e(entry.staff))</td><td>\(e(text(entry)).replacingOccurrences(of: "\n", with: "<br>"))</td></tr>\n"
        }
        h += "</table>\n<h2>" + e(scorecard.header(reviewed, moods: nil).trimmingCharacters(in: CharacterSet(charactersIn: "─ "))) + "</h2>\n<table>"
        for line in reviewed.lines {
            let original = card.line(line.item)?.result
            let changed = original != line.result ? " (" + t("原為", "原为", "was") + " " + scorecard.result(original ?? .notApplicable) + ")" : ""
            h += "<tr><td>\(e(scorecard.name(line.item)))</td><td class=\"\(line.result.rawValue)\">\(e(scorecard.result(line.result) + changed))</td>"
                + "<td>\(e(scorecard.reason(line.reason, calendar: calendar)))"
            if let number = line.item.guideline, let g = catalogue.guideline(number), line.result != .notApplicable {
                h += "<br><small>「\(e(g.text[language]))」</small>"
            }
            if let ev = line.evidence { h += "<br><small>\(e(scorecard.evidenceText(ev, calendar: calendar)))</small>" }
            h += "</td></tr>\n"
        }
        h += "</table>\n"
        if !overrides.isEmpty {
            h += "<p>" + e(t("原總分", "原总分", "Original total")) + " \(card.total); " + e(t("覆核後", "复核后", "after review")) + " \(reviewed.total).</p><ul>"
            for o in overrides {
                let (item, change) = overrideText(o)
                h += "<li>\(e(item)): \(e(change)), \(e(o.by)): \(e(o.reason))</li>"
            }
            h += "</ul>\n"
        }
        if !comments.isEmpty {
            h += "<h2>" + e(t("覆核意見", "复核意见", "Comments")) + "</h2><ul>"
            for c in comments { h += "<li>\(e(clock(c.at))) \(e(c.staff)): \(e(c.text))</li>" }
            h += "</ul>\n"
        }
        return h + "</body></html>\n"
    }
}
