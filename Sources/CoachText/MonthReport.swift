import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety

/// The month's statistics for the department manager (guideline 10): each figure beside the
/// previous month's, as a terminal table, CSV, JSON, Markdown or one printable HTML page with
/// charts.
public struct MonthReport: Sendable {
    public struct Row: Sendable, Equatable {
        public var section: String
        /// A stable key for CSV and JSON readers, e.g. `channel.phone`.
        public var key: String
        public var label: String
        public var current: Double?
        public var previous: Double?
        /// Percentages and hours are shown with one decimal; counts without.
        public var decimals: Int
        public var unit: String
    }

    public let label: String
    public let previousLabel: String
    public let current: PeriodFigures
    public let previous: PeriodFigures
    /// Guideline adherence from review scorecards: item → percent met (partly half), and how many.
    public let adherence: [Scorecard.Item: Int]
    public let previousAdherence: [Scorecard.Item: Int]
    public let reviewed: (current: Int, previous: Int)
    /// On-time rate by month, oldest first, ending with this one.
    public let trend: [(label: String, rate: Double?)]
    public let catalogue: GuidanceCatalogue
    public let language: Language
    /// The digest of every transcript chain when the report was made (`coach verify --digest`):
    /// the manager's copy of the report can later prove the history was not rewritten since.
    public let digest: String?

    public init(label: String, previousLabel: String, current: PeriodFigures, previous: PeriodFigures,
                currentCards: [Scorecard], previousCards: [Scorecard], trend: [(label: String, rate: Double?)],
                catalogue: GuidanceCatalogue, language: Language, digest: String? = nil) {
        self.digest = digest
        self.label = label
        self.previousLabel = previousLabel
        self.current = current
        self.previous = previous
        func average(_ cards: [Scorecard]) -> [Scorecard.Item: Int] {
            Dictionary(uniqueKeysWithValues: TrainingProgress(cards: cards).weakestFirst.map { ($0.item, $0.average) })
        }
        adherence = average(currentCards)
        previousAdherence = average(previousCards)
        reviewed = (currentCards.count, previousCards.count)
        self.trend = trend
        self.catalogue = catalogue
        self.language = language
    }

    private func t(_ hant: String, _ hans: String, _ en: String) -> String { language.pick(hant, hans, en) }
    private var organization: Organization { catalogue.organization }

    public var title: String {
        t("投訴處理統計 \(label)", "投诉处理统计 \(label)", "Complaint handling, \(label)")
    }

    // MARK: Rows

    public var rows: [Row] {
        var rows: [Row] = []
        func add(_ section: String, _ key: String, _ label: String, _ c: Double?, _ p: Double?, decimals: Int = 0, unit: String = "") {
            rows.append(Row(section: section, key: key, label: label, current: c, previous: p, decimals: decimals, unit: unit))
        }
        func count(_ n: Int) -> Double { Double(n) }
        let totals = t("總數", "总数", "Totals")
        add(totals, "complaints", t("投訴", "投诉", "Complaints"), count(current.complaints), count(previous.complaints))
        add(totals, "suggestions", t("建議（不屬投訴）", "建议（不属投诉）", "Suggestions (not complaints)"), count(current.suggestions), count(previous.suggestions))

        func breakdown(_ section: String, _ prefix: String, _ pick: (PeriodFigures) -> [String: Int], _ name: (String) -> String) {
            let keys = Set(pick(current).keys).union(pick(previous).keys).sorted { (pick(current)[$0] ?? 0, $1) > (pick(current)[$1] ?? 0, $0) }
            for key in keys {
                add(section, "\(prefix).\(key.isEmpty ? "none" : key)", name(key), count(pick(current)[key] ?? 0), count(pick(previous)[key] ?? 0))
            }
        }
        let none = t("（未記錄）", "（未记录）", "(not recorded)")
        breakdown(t("投訴方式", "投诉方式", "By channel"), "channel", \.byChannel) { Channel(rawValue: $0)?.name(in: language) ?? none }
        breakdown(t("性質", "性质", "By nature"), "nature", \.byNature) { Nature(rawValue: $0)?.name(in: language) ?? none }
        breakdown(t("類別", "类别", "By category"), "category", \.byCategory) { id in
            organization.categories.first { $0.id == id }?.name[language] ?? (id.isEmpty ? none : id)
        }
        breakdown(t("大廈", "大厦", "By building"), "building", \.byBuilding) { $0.isEmpty ? none : $0 }
        breakdown(t("處理部門", "处理部门", "By handling department"), "department", \.byDepartment) { id in
            organization.departments.first { $0.id == id }?.name[language] ?? (id.isEmpty ? none : id)
        }

        let timing = t("處理時限（規定 6）", "处理时限（规定 6）", "Deadlines (regulation 6)")
        add(timing, "on_time", t("準時處理", "准时处理", "Handled on time"), count(current.onTime), count(previous.onTime))
        add(timing, "late", t("逾期處理", "逾期处理", "Handled late"), count(current.late), count(previous.late))
        add(timing, "open_overdue", t("月底仍未處理且已逾期", "月底仍未处理且已逾期", "Open and overdue at month end"), count(current.openOverdue), count(previous.openOverdue))
        add(timing, "open_not_due", t("月底仍未處理、未到期", "月底仍未处理、未到期", "Open, not yet due"), count(current.openNotDue), count(previous.openNotDue))
        add(timing, "on_time_rate", t("準時率", "准时率", "On-time rate"), current.onTimeRate.map { $0 * 100 }, previous.onTimeRate.map { $0 * 100 }, decimals: 1, unit: "%")

        let reply = t("回覆（規定 8）", "回复（规定 8）", "Replies (regulation 8)")
        add(reply, "replied", t("已回覆", "已回复", "Replied"), count(current.replied), count(previous.replied))
        add(reply, "reply_hours_median", t("回覆時間中位數", "回复时间中位数", "Time to reply, median"), current.medianReplyHours, previous.medianReplyHours, decimals: 1, unit: "h")
        add(reply, "reply_hours_p90", t("回覆時間第 90 百分位", "回复时间第 90 百分位", "Time to reply, 90th percentile"), current.p90ReplyHours, previous.p90ReplyHours, decimals: 1, unit: "h")

        let follow = t("回訪（指引 8）", "回访（指引 8）", "Follow-up calls (guideline 8)")
        add(follow, "follow_ups", t("已回訪", "已回访", "Calls made"), count(current.followUps), count(previous.followUps))
        add(follow, "satisfaction_mean", t("平均滿意度（1–5）", "平均满意度（1–5）", "Mean satisfaction (1–5)"), current.satisfactionMean, previous.satisfactionMean, decimals: 1)
        for score in 1...5 {
            add(follow, "satisfaction.\(score)", t("滿意度 \(score)", "满意度 \(score)", "Satisfaction \(score)"),
                count(current.satisfaction[score - 1]), count(previous.satisfaction[score - 1]))
        }

        let repeats = t("重複投訴的單位", "重复投诉的单位", "Repeat complainants")
        add(repeats, "repeat_units", t("同一單位兩次或以上", "同一单位两次或以上", "Units complaining twice or more"), count(current.repeatUnits.count), count(previous.repeatUnits.count))
        for unit in current.repeatUnits.prefix(10) {
            add(repeats, "repeat.\(unit.building).\(unit.unit)", SafeText.line("\(unit.building) \(unit.unit)"), count(unit.complaints), nil)
        }

        let guidelines = t("指引遵守（覆核評分）", "指引遵守（复核评分）", "Guideline adherence (reviewed calls)")
        add(guidelines, "reviewed", t("已覆核個案", "已复核个案", "Calls reviewed"), count(reviewed.current), count(reviewed.previous))
        let text = ScorecardText(catalogue: catalogue, language: language)
        for item in Scorecard.Item.allCases where adherence[item] != nil || previousAdherence[item] != nil {
            add(guidelines, "adherence.\(item.rawValue)", text.name(item), adherence[item].map(Double.init), previousAdherence[item].map(Double.init), unit: "%")
        }
        return rows
    }

    public func value(_ v: Double?, _ row: Row) -> String {
        guard let v else { return "—" }
        return (row.decimals == 0 ? String(Int(v.rounded())) : String(format: "%.\(row.decimals)f", v)) + row.unit
    }

    public func change(_ row: Row) -> String {
        guard let c = row.current, let p = row.previous else { return "" }
        let d = c - p
        if abs(d) < 0.05 { return "=" }
        return (d > 0 ? "+" : "−") + (row.decimals == 0 ? String(Int(abs(d).rounded())) : String(format: "%.\(row.decimals)f", abs(d)))
    }

    // MARK: Terminal

    /// A table that fits 80 columns, Chinese aligned by display width.
    public func table() -> [OutputLine] {
        let labelWidth = 40
        func line(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
            DisplayWidth.pad(DisplayWidth.truncate(a, to: labelWidth), to: labelWidth) + " " + pad(b, 11) + " " + pad(c, 11) + " " + pad(d, 8)
        }
        func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - DisplayWidth.of(s))) + s }
        var out = [OutputLine(.heading, title), OutputLine(.dim, line("", label, previousLabel, t("變化", "变化", "change")))]
        var section = ""
        for row in rows {
            if row.section != section {
                section = row.section
                out.append(OutputLine(.heading, section))
            }
            let style: OutputLine.Style = row.key == "open_overdue" && (row.current ?? 0) > 0 ? .warning : .plain
            out.append(OutputLine(style, line("  " + row.label, value(row.current, row), value(row.previous, row), change(row))))
        }
        out.append(OutputLine(.dim, t("不計訓練個案及未完成的接訴。", "不计训练个案及未完成的接诉。", "Training calls and unfinished intakes are not counted.")))
        // Two lines, so the digest itself (75 characters) fits 80 columns.
        if let digest { out += [OutputLine(.dim, digestLabel + (language == .en ? ":" : "：")), OutputLine(.dim, "  " + digest)] }
        return out
    }

    // MARK: CSV and JSON

    /// RFC 4180 CSV: a header, then a row per figure. Section, key and label are text cells,
    /// neutralised for a spreadsheet (`SafeExport.csvText`: one starting with `=` `+` `-` `@`,
    /// a tab or CR gets a `'` in front); the two figures are number cells, left as numbers.
    public func csv() -> String {
        let text = SafeExport.csvText
        var csv = ["section", "key", "label", label, previousLabel].map(text).joined(separator: ",") + "\n"
        for row in rows {
            csv += ([row.section, row.key, row.label].map(text)
                    + [row.current, row.previous].map { $0.map { SafeExport.csvNumber(num($0, row)) } ?? "" })
                .joined(separator: ",") + "\n"
        }
        if let digest { csv += ["digest", "digest", digestLabel, digest].map(text).joined(separator: ",") + ",\n" }
        return csv
    }

    private var digestLabel: String {
        t("記錄摘要（coach verify --against）", "记录摘要（coach verify --against）", "Record digest (coach verify --against)")
    }

    private func digestLine(_ digest: String) -> String {
        t("記錄摘要：\(digest)（日後以 coach verify --against 核對記錄未被改寫）",
          "记录摘要：\(digest)（日后以 coach verify --against 核对记录未被改写）",
          "Record digest: \(digest) (coach verify --against it later shows the records were not rewritten)")
    }

    private func num(_ v: Double, _ row: Row) -> String {
        row.decimals == 0 ? String(Int(v.rounded())) : String(format: "%.\(row.decimals)f", v)
    }

    public func json() -> String {
        var items: [[String: Any]] = []
        for row in rows {
            items.append(["section": row.section, "key": row.key, "label": row.label,
                          "current": row.current.map { $0 as Any } ?? NSNull(), "previous": row.previous.map { $0 as Any } ?? NSNull()])
        }
        var object: [String: Any] = [
            "period": label, "previous_period": previousLabel, "rows": items,
            "on_time_trend": trend.map { ["month": $0.label, "rate": $0.rate.map { $0 as Any } ?? NSNull()] },
            "repeat_units": current.repeatUnits.map { ["building": $0.building, "unit": $0.unit, "complaints": $0.complaints] },
        ]
        if let digest { object["digest"] = digest }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: Markdown

    /// Markdown: a table per section. Labels may hold what people typed (a building, a unit, a
    /// category id): each cell goes through `SafeExport.markdown`, so none can become a link,
    /// an image or HTML, or split its row.
    public func markdown() -> String {
        let cell = SafeExport.markdown
        var md = "# \(cell(title))\n\n"
        var section = ""
        for row in rows {
            if row.section != section {
                section = row.section
                md += "\n## \(cell(section))\n\n| | \(cell(label)) | \(cell(previousLabel)) | \(t("變化", "变化", "change")) |\n|---|---:|---:|---:|\n"
            }
            md += "| \(cell(row.label)) | \(value(row.current, row)) | \(value(row.previous, row)) | \(change(row)) |\n"
        }
        md += "\n" + t("不計訓練個案及未完成的接訴。", "不计训练个案及未完成的接诉。", "Training calls and unfinished intakes are not counted.") + "\n"
        if let digest { md += "\n" + digestLine("`\(digest)`") + "\n" }
        return md
    }

    // MARK: HTML

    public func html() -> String {
        let e = ReviewText.escape
        var h = """
            <!doctype html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(e(title))</title>
            <style>
            @page{size:A4;margin:1cm}
            body{font-family:"Noto Sans CJK TC","PingFang TC","Microsoft JhengHei",sans-serif;margin:2em;color:#222;max-width:60em}
            h1{font-size:1.5em}h2{font-size:1.1em;margin-top:1.5em;border-bottom:1px solid #999}
            table{border-collapse:collapse;width:100%;font-size:.92em;table-layout:fixed}td,th{border-bottom:1px solid #ddd;padding:.2em .5em;overflow-wrap:anywhere}
            col.n{width:7.5em}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.charts{display:flex;flex-wrap:wrap;gap:2em}
            figure{margin:0}figcaption{font-weight:bold;margin-bottom:.3em}
            @media print{body{margin:0}.charts{page-break-inside:avoid}h2{break-after:avoid}}
            </style></head><body>
            <h1>\(e(title))</h1>
            <p>\(e(t("與 \(previousLabel) 比較。不計訓練個案及未完成的接訴。", "与 \(previousLabel) 比较。不计训练个案及未完成的接诉。", "Beside \(previousLabel). Training calls and unfinished intakes are not counted.")))</p>
            <div class="charts">

            """
        h += barChart(t("類別", "类别", "By category"), rows.filter { $0.key.hasPrefix("category.") })
        h += barChart(t("投訴方式", "投诉方式", "By channel"), rows.filter { $0.key.hasPrefix("channel.") })
        h += trendChart()
        h += "</div>\n"
        var section = ""
        for row in rows {
            if row.section != section {
                if !section.isEmpty { h += "</table>\n" }
                section = row.section
                // Every section's table has the same fixed columns, so the figures line up down the page.
                h += "<h2>\(e(section))</h2>\n<table><colgroup><col><col class=\"n\"><col class=\"n\"><col class=\"n\"></colgroup><tr><th></th><th class=\"n\">\(e(label))</th><th class=\"n\">\(e(previousLabel))</th><th class=\"n\">\(e(t("變化", "变化", "change")))</th></tr>\n"
            }
            h += "<tr><td>\(e(row.label))</td><td class=\"n\">\(e(value(row.current, row)))</td><td class=\"n\">\(e(value(row.previous, row)))</td><td class=\"n\">\(e(change(row)))</td></tr>\n"
        }
        h += "</table>\n"
        if let digest { h += "<p class=\"digest\"><small>\(e(digestLine(digest)))</small></p>\n" }
        return h + "</body></html>\n"
    }

    /// Horizontal bars, this month dark and the previous month light.
    private func barChart(_ caption: String, _ rows: [Row]) -> String {
        let e = ReviewText.escape
        let maximum = max(1, rows.flatMap { [$0.current ?? 0, $0.previous ?? 0] }.max() ?? 1)
        let barHeight = 9, rowHeight = 24, labelWidth = 130, barWidth = 220
        var svg = "<figure><figcaption>\(e(caption))</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 50)\" height=\"\(max(1, rows.count) * rowHeight + 4)\" role=\"img\" aria-label=\"\(e(caption))\">"
        for (i, row) in rows.enumerated() {
            let y = i * rowHeight + 2
            let c = Int((row.current ?? 0) / maximum * Double(barWidth)), p = Int((row.previous ?? 0) / maximum * Double(barWidth))
            svg += "<text x=\"0\" y=\"\(y + 12)\" font-size=\"12\">\(e(DisplayWidth.truncate(row.label, to: 18)))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(c)\" height=\"\(barHeight)\" fill=\"#2b5d9c\"/>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + barHeight + 1)\" width=\"\(p)\" height=\"\(barHeight - 3)\" fill=\"#a9c1e0\"/>"
            svg += "<text x=\"\(labelWidth + c + 4)\" y=\"\(y + 9)\" font-size=\"10\">\(Int(row.current ?? 0))</text>"
        }
        return svg + "</svg></figure>\n"
    }

    /// The on-time rate month by month.
    private func trendChart() -> String {
        let e = ReviewText.escape
        let caption = t("準時率走勢", "准时率走势", "On-time rate by month")
        let width = 60, height = 120
        var svg = "<figure><figcaption>\(e(caption))</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(trend.count * width + 10)\" height=\"\(height + 30)\" role=\"img\" aria-label=\"\(e(caption))\">"
        for (i, point) in trend.enumerated() {
            let x = i * width + 10
            let rate = point.rate ?? 0
            let h = Int(rate * Double(height))
            svg += "<rect x=\"\(x)\" y=\"\(height - h)\" width=\"\(width - 16)\" height=\"\(h)\" fill=\"\(i == trend.count - 1 ? "#2b5d9c" : "#a9c1e0")\"/>"
            svg += "<text x=\"\(x)\" y=\"\(height + 14)\" font-size=\"10\">\(e(point.label))</text>"
            svg += "<text x=\"\(x)\" y=\"\(max(10, height - h - 3))\" font-size=\"10\">\(point.rate.map { String(format: "%.0f%%", $0 * 100) } ?? "—")</text>"
        }
        return svg + "</svg></figure>\n"
    }
}
