import CaseEvents
import CivilTime
import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety

/// A review in the reader's language: for the terminal, as Markdown, and as one printable HTML
/// page. Each opens with the summary, then the case, then the call condensed (or, `full`, the
/// whole transcript), the scorecard, overrides and comments. Every text anyone typed goes
/// through SafeText (and HTML escaping), so it cannot drive a terminal or inject markup.
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
    private var summary: ReviewSummaryText { ReviewSummaryText(report, catalogue: catalogue, language: language) }
    private var conversation: ConversationText { ConversationText(language: language, catalogue: catalogue, scenario: report.scenario) }

    /// An entry's event in words, safe for any output.
    public func text(_ entry: ReviewReport.Entry) -> String {
        SafeText.clean(EventText(language: language, catalogue: catalogue, scenario: report.scenario).render(entry.event))
    }

    /// Who an entry is: the simulated caller for her own words, else the staff member.
    public func who(_ entry: ReviewReport.Entry) -> String {
        entry.kind == .caller ? t("來電者", "来电者", "caller") : SafeText.line(entry.staff)
    }

    /// The intake question, step or case action an entry belongs to, in words; nothing for a
    /// step this version does not know, rather than its key.
    public func step(_ entry: ReviewReport.Entry) -> String {
        guard let step = entry.step else { return "" }
        let words = IntakeWords(language: language, organization: catalogue.organization)
        if let question = IntakeQuestion(rawValue: step) { return words.label(question) }
        if let intakeStep = IntakeStep(rawValue: step) { return words.stepTitle(intakeStep) }
        if let action = CaseAction(rawValue: step) { return action.name(in: language) }
        return switch step {
        case "review": t("覆核", "复核", "review")
        case "scorecard": t("評分", "评分", "scorecard")
        case "migration": t("資料庫升級", "数据库升级", "database upgrade")
        case "leave": t("離開", "离开", "leaving")
        default: ""
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

    /// The time of day alone when the day is the one before it (the case's day for the first).
    public func time(_ date: Date, after previous: Date?) -> String {
        let c = calendar.clock(of: date)
        guard c.day == calendar.clock(of: previous ?? file.record.receivedAt).day else { return clock(date) }
        return String(format: "%02d:%02d:%02d", c.hour, c.minute, c.second)
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

    var caseHeading: String { t("個案", "个案", "The case") }
    var transcriptHeading: String { t("完整記錄", "完整记录", "Full transcript") }
    var overridesHeading: String { t("覆核調整（原分數保留）", "复核调整（原分数保留）", "Overrides (original scores kept)") }
    var commentsHeading: String { t("覆核意見", "复核意见", "Comments") }
    var cardHeading: String {
        ScorecardText(catalogue: catalogue, language: language).header(reviewed, moods: nil).trimmingCharacters(in: CharacterSet(charactersIn: "─ "))
    }

    /// The condensed call's columns: entry, time, who, what.
    private var conversationHeader: [String] {
        ["#", t("時間", "时间", "time"), t("誰", "谁", "who"), t("內容", "内容", "what")]
    }

    /// The full transcript's columns.
    private var transcriptHeader: [String] {
        ["#", t("時間", "时间", "time"), "Δ", t("類別", "类别", "kind"), t("步驟", "步骤", "step"), t("人員", "人员", "who"), t("內容", "内容", "text")]
    }

    // MARK: Terminal

    public func lines(full: Bool = false) -> [OutputLine] {
        var out = [OutputLine(.heading, "── \(title) ──")]
        let rows = summary.rows
        let width = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        for row in rows {
            for (index, line) in row.lines.enumerated() {
                let head = index == 0 ? DisplayWidth.pad(row.label, to: width) : String(repeating: " ", count: width)
                out.append(OutputLine(line.hasPrefix("⚑") ? .warning : .plain, "  \(head)  \(line)"))
            }
        }
        out.append(OutputLine(.heading, "── \(caseHeading) ──"))
        let caseText = CaseText(organization: catalogue.organization, language: language)
        out += caseText.detail(file, at: now, next: CaseDesk(organization: catalogue.organization).nextSteps(file))
        if full {
            out.append(OutputLine(.heading, "── \(transcriptHeading) ──"))
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
        } else {
            out.append(OutputLine(.heading, "── \(conversation.heading) · " + t("全部記錄：--full", "全部记录：--full", "every line: --full") + " ──"))
            let lines = report.conversation
            let times = zip(lines, [nil] + lines.map(\.at)).map { time($0.at, after: $1) }
            let timeWidth = times.map(DisplayWidth.of).max() ?? 0
            let whoWidth = min(18, lines.map { DisplayWidth.of(conversation.who($0)) }.max() ?? 0)
            let numberWidth = lines.map { "#\($0.entry)".count }.max() ?? 0
            for (line, time) in zip(lines, times) {
                let style: OutputLine.Style = switch line.voice {
                case .caller, .callerAsNoted: .caller
                case .decision: .warning
                case .coach: .dim
                case .staff, .record: .plain
                }
                let head = DisplayWidth.pad("#\(line.entry)", to: numberWidth) + " " + DisplayWidth.pad(time, to: timeWidth) + " "
                    + DisplayWidth.pad(conversation.who(line), to: whoWidth)
                out.append(OutputLine(style, head + " " + conversation.text(line).replacingScalar("\n", with: " ⏎ ")))
            }
        }
        out += ScorecardText(catalogue: catalogue, language: language).lines(reviewed, calendar: calendar)
        if !overrides.isEmpty {
            out.append(OutputLine(.heading, "── \(overridesHeading) ──"))
            for o in overrides {
                let (item, change) = overrideText(o)
                out.append(OutputLine(.warning, "  \(item): \(change) · \(o.by) · \(SafeText.line(o.reason))"))
            }
            out.append(OutputLine(.dim, t("  原總分 \(card.total)，覆核後 \(reviewed.total)", "  原总分 \(card.total)，复核后 \(reviewed.total)",
                                          "  original total \(card.total), after review \(reviewed.total)")))
        }
        if !comments.isEmpty {
            out.append(OutputLine(.heading, "── \(commentsHeading) ──"))
            for c in comments { out.append(OutputLine(.plain, "  \(clock(c.at)) \(c.staff): \(SafeText.line(c.text))")) }
        }
        return out
    }

    // MARK: Markdown

    /// Markdown: what anyone typed (the record, each transcript line, reasons and evidence,
    /// comments, overrides) goes through `SafeExport.markdown`, so it shows as typed and can
    /// form no link, image, HTML or autolink, nor split a table row.
    public func markdown(full: Bool = false) -> String {
        let cell = SafeExport.markdown
        var md = "# \(title)\n\n## \(summary.heading)\n\n"
        for row in summary.rows {
            if row.lines.count == 1 {
                md += "- **\(cell(row.label))**: \(cell(row.lines[0]))\n"
            } else {
                md += "- **\(cell(row.label))**:\n" + row.lines.map { "  - \(cell($0))\n" }.joined()
            }
        }
        md += "\n## \(caseHeading)\n\n"
        for (name, value) in CaseText(organization: catalogue.organization, language: language).rows(file, at: now) {
            md += "- **\(cell(name))**: \(cell(value))\n"
        }
        func table(_ header: [String]) -> String {
            "| " + header.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: header.count) + "\n"
        }
        if full {
            md += "\n## \(transcriptHeading)\n\n" + table(transcriptHeader)
            for e in report.entries {
                md += "| \(e.index) | \(clock(e.at)) | \(gap(e.gap)) | \(kindName(e.kind)) | \(cell(step(e))) | \(cell(who(e))) | \(cell(text(e))) |\n"
            }
        } else {
            md += "\n## \(conversation.heading)\n\n" + table(conversationHeader)
            var previous: Date?
            for line in report.conversation {
                md += "| \(line.entry) | \(time(line.at, after: previous)) | \(cell(conversation.who(line))) | \(cell(conversation.text(line))) |\n"
                previous = line.at
            }
        }
        let scorecard = ScorecardText(catalogue: catalogue, language: language)
        md += "\n## \(cardHeading)\n\n"
        for line in reviewed.lines {
            let original = card.line(line.item)?.result
            let changed = original != line.result ? " (" + t("原為", "原为", "was") + " \(scorecard.result(original ?? .notApplicable)))" : ""
            md += "- **\(scorecard.name(line.item))** — \(scorecard.result(line.result))\(changed): \(cell(scorecard.reason(line.reason, calendar: calendar)))"
            if let e = line.evidence { md += " — " + cell(scorecard.evidenceText(e, calendar: calendar)) }
            md += "\n"
        }
        if !overrides.isEmpty {
            md += "\n## \(overridesHeading)\n\n" + t("原總分", "原总分", "Original total") + " \(card.total); " + t("覆核後", "复核后", "after review") + " \(reviewed.total).\n\n"
            for o in overrides {
                let (item, change) = overrideText(o)
                md += "- \(cell(item)): \(change), \(cell(o.by)): \(cell(o.reason))\n"
            }
        }
        if !comments.isEmpty {
            md += "\n## \(commentsHeading)\n\n"
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

    /// One page for the screen and for A4: fixed column widths so a short column (the kind, a
    /// time) never wraps a character a line, and long typed words break rather than widen it.
    static let style = """
        @page{size:A4;margin:1cm}
        body{font-family:"Noto Sans CJK TC","PingFang TC","Microsoft JhengHei",sans-serif;margin:2em;color:#222;line-height:1.4}
        h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #999}
        table{border-collapse:collapse;width:100%;font-size:.9em;table-layout:fixed}
        td,th{border:1px solid #ccc;padding:.25em .4em;vertical-align:top;text-align:left;overflow-wrap:anywhere}
        col.n{width:3.4em}col.time{width:5.8em}col.gap{width:5em}col.kind{width:5em}col.step{width:6.5em}col.staff{width:6em}col.who{width:8.5em}
        col.item{width:30%}col.result{width:6.5em}
        .met{color:#176b2c}.partly{color:#8a5a00}.missed{color:#a01818}.not_applicable{color:#777}
        .prompt,.cue,.coach{color:#666}.transition,.decision{background:#fff8e0}.caller,.callerAsNoted{color:#7a1f7a}
        dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2em 1em}dt{font-weight:bold}dd{margin:0;overflow-wrap:anywhere}
        ul{margin:0;padding-left:1.2em}ul.flags{list-style:none;padding-left:0}.flags li{color:#8a3b00}
        @media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}
        """

    public func html(full: Bool = false) -> String {
        let e = Self.escape
        func br(_ text: String) -> String { e(text).replacingOccurrences(of: "\n", with: "<br>") }
        func header(_ names: [String], cols: [String]) -> String {
            "<colgroup>" + cols.map { $0.isEmpty ? "<col>" : "<col class=\"\($0)\">" }.joined() + "</colgroup><tr>"
                + names.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        }
        let scorecard = ScorecardText(catalogue: catalogue, language: language)
        var h = "<!doctype html>\n<html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\"><title>\(e(title))</title>\n<style>\n"
            + Self.style + "\n</style></head><body>\n<h1>\(e(title))</h1>\n"
        h += "<section id=\"summary\"><h2>\(e(summary.heading))</h2><dl>"
        for row in summary.rows {
            let flagged = row.lines.contains { $0.hasPrefix("⚑") }
            h += "<dt>\(e(row.label))</dt><dd>" + (flagged ? "<ul class=\"flags\">" + row.lines.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
                                                      : row.lines.map(e).joined(separator: "<br>")) + "</dd>"
        }
        h += "</dl></section>\n<section id=\"case\"><h2>\(e(caseHeading))</h2><dl>"
        for (name, value) in CaseText(organization: catalogue.organization, language: language).rows(file, at: now) {
            h += "<dt>\(e(name))</dt><dd>\(br(value))</dd>"
        }
        h += "</dl></section>\n"
        if full {
            h += "<section id=\"transcript\"><h2>\(e(transcriptHeading))</h2>\n<table>"
                + header(transcriptHeader, cols: ["n", "time", "gap", "kind", "step", "staff", ""])
            var previous: Date?
            for entry in report.entries {
                h += "<tr class=\"\(entry.kind.rawValue)\"><td>\(entry.index)</td><td>\(e(time(entry.at, after: previous)))</td><td>\(e(gap(entry.gap)))</td>"
                    + "<td>\(e(kindName(entry.kind)))</td><td>\(e(step(entry)))</td><td>\(e(who(entry)))</td><td>\(br(text(entry)))</td></tr>\n"
                previous = entry.at
            }
        } else {
            h += "<section id=\"conversation\"><h2>\(e(conversation.heading))</h2>\n<table>"
                + header(conversationHeader, cols: ["n", "time", "who", ""])
            var previous: Date?
            for line in report.conversation {
                h += "<tr class=\"\(Self.voiceClass(line.voice))\"><td>\(line.entry)</td><td>\(e(time(line.at, after: previous)))</td>"
                    + "<td>\(e(conversation.who(line)))</td><td>\(br(conversation.text(line)))</td></tr>\n"
                previous = line.at
            }
        }
        h += "</table></section>\n<section id=\"scorecard\"><h2>\(e(cardHeading))</h2>\n<table>"
            + "<colgroup><col class=\"item\"><col class=\"result\"><col></colgroup>\n"
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
        h += "</table></section>\n"
        if !overrides.isEmpty {
            h += "<section id=\"overrides\"><h2>\(e(overridesHeading))</h2><p>" + e(t("原總分", "原总分", "Original total")) + " \(card.total); "
                + e(t("覆核後", "复核后", "after review")) + " \(reviewed.total).</p><ul>"
            for o in overrides {
                let (item, change) = overrideText(o)
                h += "<li>\(e(item)): \(e(change)), \(e(o.by)): \(e(o.reason))</li>"
            }
            h += "</ul></section>\n"
        }
        if !comments.isEmpty {
            h += "<section id=\"comments\"><h2>\(e(commentsHeading))</h2><ul>"
            for c in comments { h += "<li>\(e(clock(c.at))) \(e(c.staff)): \(e(c.text))</li>" }
            h += "</ul></section>\n"
        }
        return h + "</body></html>\n"
    }

    /// The class a condensed line's row carries, for its colour.
    static func voiceClass(_ voice: ConversationLine.Voice) -> String {
        switch voice {
        case .caller: "caller"
        case .callerAsNoted: "callerAsNoted"
        case .staff: "staff"
        case .record: "record"
        case .decision: "decision"
        case .coach: "coach"
        }
    }
}
