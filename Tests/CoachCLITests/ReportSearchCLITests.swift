import Foundation
import Testing

/// `coach report` and `coach search` through the real binary, over cases taken by piped intakes.
@Suite struct ReportSearchCLITests {
    /// One test's folder and database, coach run against them in English.
    final class Office {
        let folder: URL
        var db: String { folder.appendingPathComponent("coach.sqlite").path }

        init() throws {
            folder = try CoachProcess.temporaryFolder()
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func coach(_ arguments: [String], stdin: String = "") throws -> CoachProcess.Result {
            try CoachProcess.run(arguments + ["--guidance", CoachProcess.guidance.path, "--db", db, "--lang", "en", "--staff", "chan.mw"],
                                 stdin: stdin, environment: [
                                     "HOME": folder.path, "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
                                     "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
                                 ])
        }

        /// A whole English intake piped in, with `said` as the caller's account; the case number.
        func intake(name: String, building: String, unit: String, said: [String], category: String) throws -> String {
            let script = said + [
                ":name \(name)", ":standing owner", ":building \(building)", ":unit \(unit)", ":contact 9123 4567",
                ":where 廚房", ":since 上星期五", ":wants 盡快維修", ":cause 冇人跟進", ":others 工程部",
                ":kind c", ":nature o", ":category \(category)", ":done", "y",
            ]
            let result = try coach([], stdin: script.joined(separator: "\n") + "\n")
            #expect(result.status == 0, "intake: \(result.stderr)")
            let saved = result.stdout.components(separatedBy: "\n").last { $0.hasPrefix("Saved: case ") } ?? ""
            return try #require(saved.firstMatch(of: /\d{6}-\d{3}/).map { String($0.output) }, "no “Saved: case N”:\n\(result.stdout)")
        }

        /// Three complaints: a leak twice from the same unit (Traditional, then Simplified), a lift in between.
        func threeCases() throws -> (leak: String, lift: String, again: String) {
            let leak = try intake(name: "陳大文", building: "A座", unit: "12樓B室", said: ["廚房天花漏水", "樓上爆水管"], category: "water")
            let lift = try intake(name: "黃小姐", building: "B座", unit: "3樓A室", said: ["B座電梯困人"], category: "lift")
            let again = try intake(name: "陳大文", building: "A座", unit: "12樓B室", said: ["厨房天花又漏水"], category: "water")
            return (leak, lift, again)
        }
    }

    /// This month in Hong Kong, YYYY-MM.
    static var thisMonth: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Hong_Kong")!
        let now = calendar.dateComponents([.year, .month], from: Date())
        return String(format: "%04d-%02d", now.year!, now.month!)
    }

    /// Terminal columns: East Asian wide and full-width characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let v = scalar.value
            if v < 0x20 || (0x7F..<0xA0).contains(v) || scalar.properties.generalCategory == .nonspacingMark { return sum }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }

    /// RFC 4180 fields: commas, quotes doubled inside quotes, line breaks inside quotes.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, started = false
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
            case "\"" where !started: quoted = true; started = true
            case ",": record.append(field); field = ""; started = false
            case "\n", "\r\n": record.append(field); records.append(record); record = []; field = ""; started = false
            default: field.append(c); started = true
            }
        }
        if started || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    @Test func reportInEveryFormat() throws {
        let office = try Office()
        _ = try office.threeCases()
        let month = Self.thisMonth

        // CSV: parses, and says what was taken.
        let csv = try office.coach(["report", "--month", month, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let records = Self.parseCSV(csv.stdout)
        try #require(records.count > 10, "\(csv.stdout)")
        #expect(records[0].count == 5)
        #expect(records[0][0...2] == ["section", "key", "label"])
        #expect(records[0][3] == month)
        #expect(records.allSatisfy { $0.count == 5 }, "\(records.filter { $0.count != 5 })")
        let byKey = Dictionary(records.dropFirst().map { ($0[1], $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byKey["complaints"]?[3] == "3")
        #expect(byKey["suggestions"]?[3] == "0")
        #expect(byKey["channel.phone"]?[3] == "3")
        #expect(byKey["category.water"]?[3] == "2")
        #expect(byKey["category.lift"]?[3] == "1")
        #expect(byKey["building.A座"]?[3] == "2")
        #expect(byKey["building.B座"]?[3] == "1")
        #expect(byKey["nature.ordinary"]?[3] == "3")
        #expect(byKey["repeat_units"]?[3] == "1")
        #expect(byKey["repeat.A座.12樓B室"]?[3] == "2")
        #expect(byKey["replied"]?[3] == "0")
        #expect(byKey["reply_hours_median"]?[2] == "Time to reply, median", "a label with a comma, quoted")
        #expect(byKey["reply_hours_median"]?[3] == "")

        // JSON: parses, with the same figures.
        let json = try office.coach(["report", "--month", month, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["period"] as? String == month)
        let rows = try #require(object["rows"] as? [[String: Any]])
        // The CSV's records are its header, the rows, and the digest of the transcripts.
        #expect(rows.count == records.count - 2)
        #expect(byKey["digest"]?[3].hasPrefix("coach1-") == true)
        #expect((object["digest"] as? String) == byKey["digest"]?[3])
        let complaints = rows.first { $0["key"] as? String == "complaints" }
        #expect((complaints?["current"] as? NSNumber)?.intValue == 3)
        #expect((complaints?["previous"] as? NSNumber)?.intValue == 0)
        let trend = try #require(object["on_time_trend"] as? [[String: Any]])
        #expect(trend.count == 6)
        #expect(trend.last?["month"] as? String == month)
        let repeats = try #require(object["repeat_units"] as? [[String: Any]])
        #expect(repeats.count == 1)
        #expect(repeats.first?["building"] as? String == "A座")
        #expect(repeats.first?["unit"] as? String == "12樓B室")

        // The table: 80 columns, no colour when not a terminal, in each language.
        for language in ["en", "zh-Hant", "zh-Hans"] {
            let table = try office.coach(["report", "--month", month, "--lang", language])
            #expect(table.status == 0, "\(table.stderr)")
            #expect(!table.stdout.contains("\u{1B}["))
            let lines = table.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }
            #expect(lines.count > 20)
            for line in lines { #expect(Self.displayWidth(line) <= 80, "\(language) \(Self.displayWidth(line)): \(line)") }
            #expect(lines.first?.contains(month) == true)
        }

        let md = try office.coach(["report", "--month", month, "--format", "md"])
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.hasPrefix("# Complaint handling, \(month)"))
        #expect(md.stdout.contains("|---|---:|---:|---:|"))
        #expect(md.stdout.contains("| Complaints | 3 | 0 | +3 |"))

        let html = try office.coach(["report", "--month", month, "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!doctype html>"))
        #expect(html.stdout.components(separatedBy: "<svg").count - 1 == 3)
        #expect(!html.stdout.lowercased().contains("src=") && !html.stdout.lowercased().contains("href="))

        // To a file.
        let file = office.folder.appendingPathComponent("report.html").path
        let written = try office.coach(["report", "--month", month, "--format", "html", "-o", file])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains(file))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == html.stdout)

        // The building filter.
        let b = try office.coach(["report", "--month", month, "--format", "csv", "--building", "B座"])
        #expect(b.status == 0, "\(b.stderr)")
        let bKeys = Dictionary(Self.parseCSV(b.stdout).dropFirst().map { ($0[1], $0) }, uniquingKeysWith: { a, _ in a })
        #expect(bKeys["complaints"]?[3] == "1")
        #expect(bKeys["building.A座"] == nil)
    }

    @Test func aBadMonthIsRefused() throws {
        let office = try Office()
        for month in ["2026-13", "2026-00", "26-11", "2026", "november", "2026-11-01"] {
            let result = try office.coach(["report", "--month", month])
            #expect(result.status == 2, "\(month): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("--month"), "\(month): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let format = try office.coach(["report", "--format", "pdf"])
        #expect(format.status != 0)
    }

    @Test func searchShowsTheCaseAndMarksTheMatch() throws {
        let office = try Office()
        let (leak, lift, again) = try office.threeCases()

        func search(_ words: String...) throws -> (lines: [String], result: CoachProcess.Result) {
            let result = try office.coach(["search"] + words)
            #expect(result.status == 0, "search \(words): \(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}["), "not a terminal: no colour")
            return (result.stdout.components(separatedBy: "\n"), result)
        }
        /// The case numbers heading each hit, in order.
        func numbers(_ lines: [String]) -> [String] {
            lines.compactMap { $0.firstMatch(of: /^(\d{6}-\d{3})\s\s/).map { String($0.output.1) } }
        }

        let two = try search("漏水")
        #expect(numbers(two.lines) == [again, leak], "newest first:\n\(two.result.stdout)")
        #expect(two.lines.contains("  廚房天花【漏水】"), "\(two.result.stdout)")
        #expect(two.lines.contains("  厨房天花又【漏水】"), "\(two.result.stdout)")
        #expect(!two.result.stdout.contains(lift))
        #expect(two.lines.first { $0.hasPrefix(leak) }?.contains("A座 12樓B室") == true)
        #expect(two.lines.contains("coach case NUMBER opens one"))

        let one = try search("漏")
        #expect(numbers(one.lines) == [again, leak], "\(one.result.stdout)")
        #expect(one.lines.contains("  廚房天花【漏】水"), "\(one.result.stdout)")
        #expect(one.lines.contains("  厨房天花又【漏】水"), "\(one.result.stdout)")

        let four = try search("天花漏水")
        #expect(numbers(four.lines) == [leak], "天花又漏水 is not 天花漏水:\n\(four.result.stdout)")
        #expect(four.lines.contains("  廚房【天花漏水】"), "\(four.result.stdout)")

        let pipe = try search("爆水管")
        #expect(numbers(pipe.lines) == [leak])
        #expect(pipe.lines.contains("  樓上【爆水管】"), "\(pipe.result.stdout)")

        let lifts = try search("電梯")
        #expect(numbers(lifts.lines) == [lift])
        #expect(lifts.lines.contains("  B座【電梯】困人"), "\(lifts.result.stdout)")
        // The letter of B座, in either width or case.
        let letter = try search("ｂ座")
        #expect(numbers(letter.lines) == [lift], "\(letter.result.stdout)")
        #expect(letter.lines.contains("  【B座】電梯困人"), "\(letter.result.stdout)")

        let filtered = try search("漏水", "--building", "B座")
        #expect(numbers(filtered.lines).isEmpty)
        #expect(filtered.result.stdout.contains("Nothing found for \"漏水\"."))
        let limited = try search("漏水", "--limit", "1")
        #expect(numbers(limited.lines) == [again])

        let nothing = try search("冷氣機")
        #expect(numbers(nothing.lines).isEmpty)
        #expect(nothing.result.stdout == "Nothing found for \"冷氣機\".\n")

        // A double quote is text to look for, not a crash or a database error.
        for odd in ["\"", "漏\"水", "\"漏水\""] {
            let result = try office.coach(["search", odd])
            #expect(result.status == 0, "search \(odd): \(result.stderr)")
            #expect(!result.stderr.contains("fts5"), "\(result.stderr)")
        }
    }
}
