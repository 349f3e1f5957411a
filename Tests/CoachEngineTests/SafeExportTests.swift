import CaseEvents
import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing
import TextSafety

/// Exports are safe where they go: a CSV cell a spreadsheet would run is neutralised, and
/// typed text in Markdown can form no link, image, HTML or autolink.
@Suite struct SafeExportTests {
    // MARK: CSV

    @Test(arguments: [
        ("=1+1", "'=1+1"),
        ("+41 22", "'+41 22"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tx", "'\tx"),
        ("=HYPERLINK(\"http://evil/\",\"x\")", "\"'=HYPERLINK(\"\"http://evil/\"\",\"\"x\"\")\""),
        ("\r=1", "\"'\r=1\""),
        ("=1,2", "\"'=1,2\""),
        ("A座", "A座"),
        ("1=1", "1=1"),
        ("odd \"x\", y", "\"odd \"\"x\"\", y\""),
        ("", ""),
    ])
    func csvTextCells(_ text: String, _ cell: String) {
        #expect(SafeExport.csvText(text) == cell)
    }

    @Test func csvNumbersStayNumbers() {
        #expect(SafeExport.csvNumber("-3") == "-3")
        #expect(SafeExport.csvNumber("57.1") == "57.1")
        #expect(SafeExport.csvNumber("12") == "12")
    }

    static let formulas = ["=cmd|' /C calc'!A0", "+1+1", "-1+1", "@SUM(1,2)", "\t=1", "\r=1", "-5"]

    /// A report whose buildings and categories are formulas, read back as a spreadsheet would.
    static func formulaReport() -> MonthReport {
        var current = MonthReportTests.current
        var previous = MonthReportTests.previous
        current.byBuilding = Dictionary(uniqueKeysWithValues: formulas.enumerated().map { ($1, $0 + 1) })
        current.byCategory = ["=2*3": 2]
        current.repeatUnits = [PeriodFigures.RepeatUnit(building: "=A1", unit: "-1", complaints: 2)]
        // Negative figures cannot come from counts; a genuine negative number stays a number.
        current.medianReplyHours = -1.5
        previous.byBuilding = [:]
        return MonthReport(label: "2026-11", previousLabel: "2026-10", current: current, previous: previous,
                           currentCards: [], previousCards: [], trend: [("2026-11", 0.5)],
                           catalogue: IntakeDriver.catalogue, language: .en)
    }

    @Test func noReportCellStartsAFormulaAndNumbersStayNumbers() throws {
        let report = Self.formulaReport()
        let records = MonthReportTests.parseCSV(report.csv())
        try #require(records.count == report.rows.count + 1)
        for record in records {
            // Section, key and label are text: none starts a formula.
            for text in record.prefix(3) {
                #expect(!(text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false), "\(record)")
            }
        }
        let byKey = Dictionary(records.dropFirst().map { ($0[1], $0) }, uniquingKeysWith: { a, _ in a })
        for formula in Self.formulas {
            let row = try #require(byKey["building.\(formula)"], "\(formula)")
            // Shown as typed, after the quote a spreadsheet hides.
            #expect(row[2] == "'" + formula, "\(row)")
        }
        #expect(byKey["category.=2*3"]?[2] == "'=2*3")
        #expect(byKey["repeat.=A1.-1"]?[2] == "'=A1 -1")
        // Figures: numbers, a negative one too.
        #expect(byKey["reply_hours_median"]?[3] == "-1.5")
        #expect(byKey["building.-5"]?[3] == "7")
        // Every other row reads as before: the key starts with a word.
        #expect(byKey["complaints"]?[2] == "Complaints")
    }

    @Test func csvStaysRFC4180() {
        // A carriage return, a quote and a comma in one label: quoted, quotes doubled.
        #expect(SafeExport.csvText("a\r\nb") == "\"a\r\nb\"")
        #expect(SafeExport.csvText("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(MonthReportTests.parseCSV("x,\"'=1,2\",3\n") == [["x", "'=1,2", "3"]])
    }

    /// A spreadsheet reads code points: a quote that a combining mark follows is a quote to it,
    /// and is doubled too, so `a"` + U+0301 + `,=1+1` stays one cell instead of ending it and
    /// starting a formula.
    @Test func aQuoteBeforeACombiningMarkIsDoubled() {
        let cell = SafeExport.csvText("a\"\u{301},=1+1")
        #expect(Array(cell.unicodeScalars) == Array("\"a\"\"\u{301},=1+1\"".unicodeScalars), "\(cell.debugDescription)")
    }

    // MARK: Markdown

    static let hostile = [
        "![x](http://evil/x.png)",
        "[click](javascript:alert(1))",
        "<img src=x onerror=alert(1)>",
        "<http://x>",
        "<script>alert(1)</script>",
        "[ref]: http://evil/",
        "[a][ref] and [ref]",
        "![img][ref]",
        "see http://evil.example/x and www.evil.example and mail evil@example.com",
        "`code` *em* _em_ **strong** \\[ \\| \\< a\\",
        "[x]: http://evil/ and [x] and [x][] and [^1]",
        "a] [b]",
        "x\\](y) \\![z](w)",
        "line one\nline two\r\n![third](http://evil/3.png)",
        "| split | cell |",
        "\u{1B}[31m<b>red</b>\u{1B}[0m",
    ]

    @Test(arguments: hostile)
    func typedTextFormsNoLinkImageOrHTML(_ typed: String) {
        let md = SafeExport.markdown(typed)
        #expect(Self.hazards(in: md).isEmpty, "\(md): \(Self.hazards(in: md))")
        #expect(!md.contains("\n") && !md.contains("\r"), "one line: \(md)")
        // And it reads as what was typed (on one line, without control characters).
        #expect(Self.rendered(md) == SafeText.line(typed), "\(md)")
    }

    @Test func plainWordsAreLeftAlone() {
        for text in ["廚房天花漏水", "Mr Chan (12/F) said: fix it!", "B座 3樓A室 — 5 > 3", "50% done; ok?"] {
            #expect(SafeExport.markdown(text) == text)
        }
    }

    /// A review whose typed text is every hostile input: the whole Markdown has no link, image,
    /// HTML or autolink, and every table row keeps its cells.
    @Test func aReviewOfHostileTextHasNoLinkImageOrHTML() {
        let (record, transcript) = ReviewReportTests.realCall { question in
            switch question {
            case .callerName: "![me](http://evil/me.png)"
            case .what: Self.hostile.joined(separator: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: "")
            case .location: "<http://x>"
            default: nil
            }
        }
        var file = ReviewReportTests.file(record)
        file.record.wants = "[click](javascript:alert(1))"
        let at = transcript.last!.at + 60
        let events = transcript + Self.hostile.enumerated().map { ReviewReportTests.comment($1, at: at + Double($0)) }
            + [ReviewReportTests.overrideEvent(ReviewOverride(item: .g3, from: .met, to: .partly, reason: "![x](http://evil/x.png)",
                                                              by: "cheung.wl"), at: at + 100)]
        // The condensed call (four columns) and the full transcript (seven).
        for (full, columns) in [(false, 4), (true, 7)] {
            let md = ReviewReportTests.report(file, events).markdown(full: full)
            #expect(Self.hazards(in: md).isEmpty, "\(Self.hazards(in: md).prefix(5))")
            #expect(md.contains("![x\\](http\\://evil/x.png)"))
            #expect(md.contains("&lt;img src=x onerror=alert(1)>"))
            #expect(md.contains("&lt;http\\://x>"))
            #expect(md.contains("[click\\](javascript:alert(1))"))
            for row in md.components(separatedBy: "\n") where row.hasPrefix("| ") {
                #expect(ReviewReportTests.gfmCells(row).count == columns, "\(row)")
            }
        }
    }

    @Test func aMonthReportOfHostileNamesHasNoLinkImageOrHTML() {
        var current = MonthReportTests.current
        current.byBuilding = Dictionary(uniqueKeysWithValues: Self.hostile.enumerated().map { ($1, $0 + 1) })
        current.repeatUnits = [PeriodFigures.RepeatUnit(building: "![x](http://evil/x.png)", unit: "<img src=x>", complaints: 2)]
        for language in Language.allCases {
            let report = MonthReport(label: "2026-11", previousLabel: "2026-10", current: current, previous: MonthReportTests.previous,
                                     currentCards: [], previousCards: [], trend: [("2026-11", 0.5)],
                                     catalogue: IntakeDriver.catalogue, language: language)
            let md = report.markdown()
            #expect(Self.hazards(in: md).isEmpty, "\(Self.hazards(in: md).prefix(5))")
            for row in md.components(separatedBy: "\n") where row.hasPrefix("| ") {
                #expect(ReviewReportTests.gfmCells(row).count == 4, "\(row)")
            }
            #expect(md.contains("| ![x\\](http\\://evil/x.png) &lt;img src=x> | 2 | — |"))
        }
    }

    // MARK: The checker

    /// What in a Markdown text could make a link, an image, HTML or an autolink, CommonMark's
    /// or GitHub's, read strictly, each as its offset and what was found:
    /// - an unescaped `]` followed by `(` or `[` (every inline link and image is `[…](…)` or
    ///   `![…](…)`; a full reference `[…][…]`);
    /// - a line that could define a reference (`[x]: …`, after up to three spaces or a list
    ///   marker), without which `[x]` and `[x][]` stay text;
    /// - any raw `<` (HTML and `<…>` autolinks need one);
    /// - GitHub's bare autolinks: an unescaped `://`, `www.` or `@`.
    static func hazards(in markdown: String) -> [String] {
        var found: [String] = []
        let chars = Array(markdown)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isPunctuation || chars[i + 1].isSymbol {
                i += 2
                continue
            }
            switch c {
            case "]" where i + 1 < chars.count && (chars[i + 1] == "(" || chars[i + 1] == "["): found.append("\(i): ]\(chars[i + 1])")
            case "<", "@": found.append("\(i): \(c)")
            case ":" where chars[(i + 1)...].starts(with: ["/", "/"]): found.append("\(i): ://")
            case "." where i >= 3 && String(chars[(i - 3)..<i]).lowercased() == "www": found.append("\(i): www.")
            default: break
            }
            i += 1
        }
        for line in markdown.components(separatedBy: "\n") where line.firstMatch(of: /^ {0,3}(?:[-*+] +|\d+[.)] +)*\[(?:[^\]\\]|\\.)*\]:/) != nil {
            found.append("definition: \(line)")
        }
        return found
    }

    /// The text a CommonMark renderer shows for one inline cell made by `SafeExport.markdown`:
    /// a backslash before ASCII punctuation shows that character, `&lt;` shows `<`.
    static func rendered(_ markdown: String) -> String {
        var out = ""
        var chars = Array(markdown.replacingOccurrences(of: "&lt;", with: "\u{0}"))[...]
        while let c = chars.popFirst() {
            if c == "\\", let next = chars.first, next.isASCII, next.isPunctuation || next.isSymbol {
                out.append(next)
                chars.removeFirst()
            } else {
                out.append(c == "\u{0}" ? "<" : c)
            }
        }
        return out
    }
}
