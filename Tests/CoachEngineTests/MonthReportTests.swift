import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing
import TextSafety

/// The month's report from two periods' figures built by hand: every row beside the previous
/// month's, and each rendering read back — the 80-column table aligned by display width in
/// all three languages, CSV and JSON parsed, Markdown tables, one self-contained HTML page.
@Suite struct MonthReportTests {
    static let building = "<b>A座</b>"
    static let repeatUnit = "5樓D&E室"
    /// A category the organisation does not list: shown by its id, long enough to be cut.
    static let longCategory = "很長很長的類別名稱用來測試截斷與對齊是否仍然正確無誤"
    /// Characters CSV and Markdown must quote or escape.
    static let oddCategory = #"odd "x", y"#
    static let pipeBuilding = "C|座"

    static var current: PeriodFigures {
        var f = PeriodFigures(from: Timestamp.parse("2026-11-01T00:00:00+08:00")!, to: Timestamp.parse("2026-12-01T00:00:00+08:00")!)
        f.complaints = 9
        f.suggestions = 1
        f.byChannel = ["phone": 6, "in_person": 1, "letter": 1, "other": 1]
        f.byNature = ["ordinary": 7, "urgent": 1, "": 1]
        f.byCategory = ["water": 3, "lift": 1, "cleaning": 1, "noise": 1, "electrical": 1, "": 1, longCategory: 1]
        f.byBuilding = [building: 6, "B座": 3]
        f.byDepartment = ["engineering": 3, "security": 2, "cleaning": 1, "": 3]
        f.onTime = 4
        f.late = 1
        f.openOverdue = 2
        f.openNotDue = 2
        f.replied = 5
        f.medianReplyHours = 3
        f.p90ReplyHours = 10
        f.followUps = 4
        f.satisfaction = [1, 0, 0, 2, 1]
        f.repeatUnits = [
            PeriodFigures.RepeatUnit(building: building, unit: "12樓B室", complaints: 3),
            PeriodFigures.RepeatUnit(building: "B座", unit: repeatUnit, complaints: 2),
        ]
        return f
    }

    static var previous: PeriodFigures {
        var f = PeriodFigures(from: Timestamp.parse("2026-10-01T00:00:00+08:00")!, to: Timestamp.parse("2026-11-01T00:00:00+08:00")!)
        f.complaints = 3
        f.suggestions = 0
        f.byChannel = ["phone": 2, "in_person": 1]
        f.byNature = ["ordinary": 2, "urgent": 1]
        f.byCategory = ["water": 1, "lift": 1, oddCategory: 1]
        f.byBuilding = [building: 1, pipeBuilding: 2]
        f.byDepartment = ["engineering": 1, "security": 1, "": 1]
        f.onTime = 1
        f.late = 1
        f.openOverdue = 0
        f.openNotDue = 1
        f.replied = 1
        f.medianReplyHours = 5
        f.p90ReplyHours = 5
        f.followUps = 1
        f.satisfaction = [0, 0, 1, 0, 0]
        f.repeatUnits = []
        return f
    }

    /// A scorecard as the engine stores it (JSON), item → result.
    static func card(_ results: [(String, String)]) -> Scorecard {
        let lines = results.map { #"{"item":"\#($0.0)","result":"\#($0.1)","reason":"test"}"# }.joined(separator: ",")
        return try! JSONDecoder().decode(Scorecard.self, from: Data(#"{"lines":[\#(lines)],"failed":false}"#.utf8))
    }

    static let currentCards = [
        card([("g1", "met"), ("g2", "partly"), ("g5", "missed"), ("facts", "met")]),
        card([("g1", "met"), ("g2", "met"), ("g5", "not_applicable"), ("facts", "missed")]),
    ]
    static let previousCards = [card([("g1", "partly"), ("g2", "met")])]

    static let trend: [(label: String, rate: Double?)] = [
        ("2026-06", nil), ("2026-07", 0.8), ("2026-08", 1), ("2026-09", 0.25), ("2026-10", 0.5), ("2026-11", 4.0 / 7.0),
    ]

    static func report(_ language: Language = .en) -> MonthReport {
        MonthReport(label: "2026-11", previousLabel: "2026-10", current: current, previous: previous,
                    currentCards: currentCards, previousCards: previousCards, trend: trend,
                    catalogue: IntakeDriver.catalogue, language: language)
    }

    /// Every row in order: key, label (English), this month, the month before.
    static let expected: [(key: String, label: String, current: Double?, previous: Double?)] = [
        ("complaints", "Complaints", 9, 3),
        ("suggestions", "Suggestions (not complaints)", 1, 0),
        ("channel.phone", "phone", 6, 2),
        ("channel.in_person", "in person", 1, 1),
        ("channel.letter", "letter", 1, 0),
        ("channel.other", "other", 1, 0),
        ("nature.ordinary", "ordinary", 7, 2),
        ("nature.none", "(not recorded)", 1, 0),
        ("nature.urgent", "special or urgent", 1, 1),
        ("category.water", "Leaks and water", 3, 1),
        ("category.none", "(not recorded)", 1, 0),
        ("category.cleaning", "Cleaning", 1, 0),
        ("category.electrical", "Power and lighting", 1, 0),
        ("category.lift", "Lifts", 1, 1),
        ("category.noise", "Noise", 1, 0),
        ("category.\(longCategory)", longCategory, 1, 0),
        ("category.\(oddCategory)", oddCategory, 0, 1),
        ("building.\(building)", building, 6, 1),
        ("building.B座", "B座", 3, 0),
        ("building.\(pipeBuilding)", pipeBuilding, 0, 2),
        ("department.none", "(not recorded)", 3, 1),
        ("department.engineering", "Engineering", 3, 1),
        ("department.security", "Security", 2, 1),
        ("department.cleaning", "Cleaning", 1, 0),
        ("on_time", "Handled on time", 4, 1),
        ("late", "Handled late", 1, 1),
        ("open_overdue", "Open and overdue at month end", 2, 0),
        ("open_not_due", "Open, not yet due", 2, 1),
        ("on_time_rate", "On-time rate", 400.0 / 7.0, 50),
        ("replied", "Replied", 5, 1),
        ("reply_hours_median", "Time to reply, median", 3, 5),
        ("reply_hours_p90", "Time to reply, 90th percentile", 10, 5),
        ("follow_ups", "Calls made", 4, 1),
        ("satisfaction_mean", "Mean satisfaction (1–5)", 3.5, 3),
        ("satisfaction.1", "Satisfaction 1", 1, 0),
        ("satisfaction.2", "Satisfaction 2", 0, 0),
        ("satisfaction.3", "Satisfaction 3", 0, 1),
        ("satisfaction.4", "Satisfaction 4", 2, 0),
        ("satisfaction.5", "Satisfaction 5", 1, 0),
        ("repeat_units", "Units complaining twice or more", 2, 0),
        ("repeat.\(building).12樓B室", "\(building) 12樓B室", 3, nil),
        ("repeat.B座.\(repeatUnit)", "B座 \(repeatUnit)", 2, nil),
        ("reviewed", "Calls reviewed", 2, 1),
        ("adherence.g1", "", 100, 50),
        ("adherence.g2", "", 75, 100),
        ("adherence.g5", "", 0, nil),
        ("adherence.facts", "Facts drawn out", 50, nil),
    ]

    static func same(_ a: Double?, _ b: Double?, tolerance: Double = 1e-9) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): abs(x - y) <= tolerance
        default: false
        }
    }

    // MARK: Rows

    @Test func everyRowBesideThePreviousMonth() {
        let rows = Self.report().rows
        #expect(rows.map(\.key) == Self.expected.map(\.key))
        for (row, want) in zip(rows, Self.expected) {
            #expect(Self.same(row.current, want.current), "\(row.key): \(String(describing: row.current)) ≠ \(String(describing: want.current))")
            #expect(Self.same(row.previous, want.previous), "\(row.key): \(String(describing: row.previous)) ≠ \(String(describing: want.previous))")
            if !want.label.isEmpty { #expect(row.label == want.label, "\(row.key)") }
        }
        let g1 = rows.first { $0.key == "adherence.g1" }
        #expect(g1?.label.hasPrefix("1. ") == true, "\(g1?.label ?? "")")
        #expect(rows.first { $0.key == "on_time_rate" }?.unit == "%")
        #expect(rows.first { $0.key == "reply_hours_median" }?.unit == "h")
        #expect(Set(rows.map(\.section)).count == 11)
    }

    @Test func rowsAreTheSameInEveryLanguage() {
        let english = Self.report(.en).rows
        for language in [Language.zhHant, .zhHans] {
            let rows = Self.report(language).rows
            #expect(rows.map(\.key) == english.map(\.key), "\(language)")
            #expect(rows.map(\.current) == english.map(\.current), "\(language)")
            #expect(rows.map(\.previous) == english.map(\.previous), "\(language)")
        }
        let hant = Self.report(.zhHant).rows
        #expect(hant.first { $0.key == "category.water" }?.label == "漏水及水務")
        #expect(hant.first { $0.key == "channel.phone" }?.label == "來電")
        #expect(hant.first { $0.key == "department.none" }?.label == "（未記錄）")
        #expect(Self.report(.zhHans).rows.first { $0.key == "category.water" }?.label == "漏水及水务")
    }

    @Test func shownValuesAndChanges() {
        let report = Self.report()
        func row(_ key: String) -> MonthReport.Row { report.rows.first { $0.key == key }! }
        #expect(report.value(row("complaints").current, row("complaints")) == "9")
        #expect(report.change(row("complaints")) == "+6")
        #expect(report.change(row("channel.in_person")) == "=")
        #expect(report.change(row("building.\(Self.pipeBuilding)")) == "−2")
        #expect(report.value(row("on_time_rate").current, row("on_time_rate")) == "57.1%")
        #expect(report.value(row("on_time_rate").previous, row("on_time_rate")) == "50.0%")
        #expect(report.change(row("on_time_rate")) == "+7.1")
        #expect(report.value(row("reply_hours_median").current, row("reply_hours_median")) == "3.0h")
        #expect(report.change(row("reply_hours_median")) == "−2.0")
        #expect(report.value(row("reply_hours_p90").current, row("reply_hours_p90")) == "10.0h")
        #expect(report.value(row("satisfaction_mean").current, row("satisfaction_mean")) == "3.5")
        #expect(report.value(row("adherence.g5").previous, row("adherence.g5")) == "—")
        #expect(report.change(row("adherence.g5")) == "")
        #expect(report.value(row("adherence.g2").current, row("adherence.g2")) == "75%")
    }

    // MARK: Table

    /// The text of `line` up to `columns` display columns, or nil when a wide character straddles it.
    static func prefix(_ line: String, columns: Int) -> String? {
        var used = 0, out = ""
        for character in line {
            if used == columns { return out }
            used += DisplayWidth.of(character)
            out.append(character)
        }
        return used == columns ? out : nil
    }

    @Test(arguments: Language.allCases)
    func theTableFitsEightyColumnsAndLinesUp(_ language: Language) throws {
        let report = Self.report(language)
        let lines = report.table()
        for line in lines {
            #expect(DisplayWidth.of(line.text) <= 80, "\(DisplayWidth.of(line.text)) columns: \(line.text)")
        }
        let rows = report.rows
        // The title, the column heads, then each section's heading and its rows, then the note.
        let body = Array(lines.dropFirst(2).dropLast()).filter { $0.style != .heading }
        try #require(body.count == rows.count, "\(body.map(\.text))")
        #expect(lines.filter { $0.style == .heading }.count == 1 + Set(rows.map(\.section)).count)
        #expect(lines[1].style == .dim)
        #expect(lines.last?.style == .dim)

        // Where each value column ends: the same display column on every row, and on the heads.
        var ends: Set<[Int]> = []
        for (line, row) in zip([lines[1]] + body, [nil] + rows.map(Optional.some)) {
            let cells = row.map { [report.value($0.current, $0), report.value($0.previous, $0), report.change($0)] }
                ?? ["2026-11", "2026-10", language.pick("變化", "变化", "change")]
            var found: [Int] = []
            for (index, cell) in cells.enumerated() {
                // The first column at which the text so far ends with the cell, after the label.
                let end = (41...80).first { columns in
                    guard let head = Self.prefix(line.text, columns: columns) else { return false }
                    return head.hasSuffix(cell) && (found.last ?? 40) < columns - DisplayWidth.of(cell)
                        && (index < cells.count - 1 || DisplayWidth.of(line.text) == columns)
                }
                found.append(end ?? -1)
            }
            ends.insert(found)
            #expect(!found.contains(-1), "\(line.text)")
            if let row { #expect(line.text.hasPrefix("  " + String(row.label.prefix(2))), "\(line.text)") }
        }
        #expect(ends == [[52, 64, 73]], "value columns end at: \(ends)")

        // The long category label is cut to its column, ending in "…".
        let long = try #require(body.first { $0.text.contains("很長很長") })
        #expect(long.text.contains("…"))
        // Open and overdue at month end is shown as a warning when there are any.
        let overdueIndex = try #require(rows.firstIndex { $0.key == "open_overdue" })
        #expect(body[overdueIndex].style == .warning)
        #expect(body.enumerated().allSatisfy { $0.offset == overdueIndex || $0.element.style == .plain })
    }

    // MARK: CSV

    /// RFC 4180: fields separated by commas, quoted when they hold a comma, quote or line break.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, fieldStarted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where !fieldStarted: quoted = true; fieldStarted = true
            case ",": record.append(field); field = ""; fieldStarted = false
            case "\n", "\r\n":
                record.append(field); records.append(record)
                record = []; field = ""; fieldStarted = false
            default: field.append(c); fieldStarted = true
            }
        }
        if fieldStarted || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    @Test func csvParsesBackToTheSameKeysAndNumbers() throws {
        #expect(Self.parseCSV("a,\"b,\"\"c\"\"\",d\n\"x\ny\",,z\n") == [["a", "b,\"c\"", "d"], ["x\ny", "", "z"]])
        for language in Language.allCases {
            let report = Self.report(language)
            let csv = report.csv()
            #expect(csv.hasSuffix("\n"))
            let records = Self.parseCSV(csv)
            try #require(records.count == report.rows.count + 1)
            #expect(records[0] == ["section", "key", "label", "2026-11", "2026-10"])
            for (record, row) in zip(records.dropFirst(), report.rows) {
                #expect(record.count == 5, "\(record)")
                guard record.count == 5 else { continue }
                #expect(record[0] == row.section)
                #expect(record[1] == row.key)
                #expect(record[2] == row.label)
                let tolerance = row.decimals == 0 ? 0.5 : 0.05
                #expect(Self.same(record[3].isEmpty ? nil : Double(record[3]), row.current, tolerance: tolerance), "\(row.key): \(record[3])")
                #expect(Self.same(record[4].isEmpty ? nil : Double(record[4]), row.previous, tolerance: tolerance), "\(row.key): \(record[4])")
            }
        }
        let english = Self.parseCSV(Self.report().csv())
        let byKey = Dictionary(english.dropFirst().map { ($0[1], $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byKey["on_time_rate"]?[3] == "57.1")
        #expect(byKey["reply_hours_p90"]?[3] == "10.0")
        #expect(byKey["complaints"]?[3] == "9")
        #expect(byKey["adherence.g5"]?[4] == "")
        #expect(byKey["category.\(Self.oddCategory)"]?[2] == Self.oddCategory)
        #expect(byKey["reply_hours_median"]?[2] == "Time to reply, median")
    }

    // MARK: JSON

    @Test func jsonParsesBackToTheSameRowsAndTrend() throws {
        for language in Language.allCases {
            let report = Self.report(language)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
            #expect(object["period"] as? String == "2026-11")
            #expect(object["previous_period"] as? String == "2026-10")
            let rows = try #require(object["rows"] as? [[String: Any]])
            try #require(rows.count == report.rows.count)
            for (item, row) in zip(rows, report.rows) {
                #expect(item["key"] as? String == row.key)
                #expect(item["label"] as? String == row.label)
                #expect(item["section"] as? String == row.section)
                #expect(Self.same((item["current"] as? NSNumber)?.doubleValue, row.current), "\(row.key)")
                #expect(Self.same((item["previous"] as? NSNumber)?.doubleValue, row.previous), "\(row.key)")
                if row.previous == nil { #expect(item["previous"] is NSNull, "\(row.key)") }
            }
            let trend = try #require(object["on_time_trend"] as? [[String: Any]])
            #expect(trend.map { $0["month"] as? String } == Self.trend.map(\.label))
            for (point, want) in zip(trend, Self.trend) {
                #expect(Self.same((point["rate"] as? NSNumber)?.doubleValue, want.rate), "\(want.label)")
                if want.rate == nil { #expect(point["rate"] is NSNull) }
            }
            let repeats = try #require(object["repeat_units"] as? [[String: Any]])
            #expect(repeats.count == 2)
            #expect(repeats.first?["building"] as? String == Self.building)
            #expect(repeats.first?["unit"] as? String == "12樓B室")
            #expect(repeats.first?["complaints"] as? Int == 3)
            #expect(repeats.last?["unit"] as? String == Self.repeatUnit)
        }
    }

    // MARK: Markdown

    @Test func markdownHasATablePerSection() {
        for language in Language.allCases {
            let report = Self.report(language)
            let md = report.markdown()
            let lines = md.components(separatedBy: "\n")
            #expect(lines.first == "# \(report.title)")
            let sections = report.rows.reduce(into: [String]()) { if $0.last != $1.section { $0.append($1.section) } }
            #expect(lines.filter { $0.hasPrefix("## ") } == sections.map { "## " + $0 })
            for section in sections {
                guard let index = lines.firstIndex(of: "## " + section) else { continue }
                #expect(lines[index + 1] == "")
                #expect(lines[index + 2].hasPrefix("| | 2026-11 | 2026-10 |"), "\(lines[index + 2])")
                #expect(lines[index + 3] == "|---|---:|---:|---:|")
                let count = report.rows.filter { $0.section == section }.count
                let body = lines[(index + 4)...].prefix { $0.hasPrefix("|") }
                #expect(body.count == count, "\(section)")
                for line in body {
                    // Five cell borders; a | in a label is escaped.
                    let borders = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
                    #expect(borders == 5, "\(line)")
                }
            }
            #expect(md.contains("| C\\|座 | 0 | 2 | −2 |"))
        }
    }

    // MARK: HTML

    @Test func htmlIsOneSelfContainedPageWithChartsAndEscapes() throws {
        for language in Language.allCases {
            let html = Self.report(language).html()
            #expect(html.hasPrefix("<!doctype html>"))
            #expect(html.hasSuffix("</body></html>\n"))
            #expect(html.components(separatedBy: "<html").count == 2)
            let lower = html.lowercased()
            for external in ["src=", "href=", "<script", "<link", "<img", "<iframe", "@import", "url("] {
                #expect(!lower.contains(external), "\(external)")
            }
            // The only URL is SVG's namespace, which is never fetched.
            let urls = lower.components(separatedBy: "http").dropFirst().map { "http" + $0.prefix(30) }
            #expect(urls.allSatisfy { $0.hasPrefix("http://www.w3.org/2000/svg\"") }, "\(urls)")

            // Three charts: by category, by channel, the on-time trend.
            #expect(html.components(separatedBy: "<svg").count - 1 == 3)
            #expect(html.components(separatedBy: "</svg>").count - 1 == 3)
            for caption in [language.pick("類別", "类别", "By category"), language.pick("投訴方式", "投诉方式", "By channel"),
                            language.pick("準時率走勢", "准时率走势", "On-time rate by month")] {
                #expect(html.contains("<figcaption>\(caption)</figcaption><svg"), "\(caption)")
            }
            // The trend has a bar and a label per month.
            for point in Self.trend { #expect(html.contains(">\(point.label)</text>"), "\(point.label)") }
            #expect(html.contains(">57%</text>"))
            #expect(html.contains(">—</text>"))

            // What people typed is escaped everywhere it appears.
            #expect(!html.contains("<b>"), "the building name is never markup")
            #expect(!html.contains("</b>"))
            #expect(html.contains("&lt;b&gt;A座&lt;/b&gt;"))
            #expect(html.contains("&lt;b&gt;A座&lt;/b&gt; 12樓B室"))
            #expect(html.contains("5樓D&amp;E室"))
            #expect(!html.contains("D&E"))
            #expect(html.contains("odd &quot;x&quot;, y"))
            // Every & starts an entity.
            let ampersands = html.components(separatedBy: "&").dropFirst()
            #expect(ampersands.allSatisfy { $0.hasPrefix("amp;") || $0.hasPrefix("lt;") || $0.hasPrefix("gt;") || $0.hasPrefix("quot;") || $0.hasPrefix("#39;") })
            // A table per section.
            let sections = Set(Self.report(language).rows.map(\.section)).count
            #expect(html.components(separatedBy: "<h2>").count - 1 == sections)
            #expect(html.components(separatedBy: "<table>").count - 1 == sections)
            #expect(html.components(separatedBy: "</table>").count - 1 == sections)
        }
    }

    @Test func anEmptyMonthRendersEverywhere() throws {
        let empty = PeriodFigures(from: Self.current.from, to: Self.current.to)
        let report = MonthReport(label: "2026-11", previousLabel: "2026-10", current: empty, previous: empty, currentCards: [],
                                 previousCards: [], trend: [("2026-11", nil)], catalogue: IntakeDriver.catalogue, language: .zhHant)
        #expect(report.rows.first { $0.key == "on_time_rate" }?.current == nil)
        #expect(report.table().allSatisfy { DisplayWidth.of($0.text) <= 80 })
        #expect(Self.parseCSV(report.csv()).count == report.rows.count + 1)
        #expect(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) is [String: Any])
        #expect(report.html().components(separatedBy: "<svg").count - 1 == 3)
        #expect(!report.rows.contains { $0.key.hasPrefix("adherence.") })
    }
}
