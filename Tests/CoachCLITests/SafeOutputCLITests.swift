import Foundation
import Testing

/// Outputs are safe for where they go, through the real binary: every `coach: …` line is one
/// short line with no escape sequence; `route` reads its JSON strictly; `search` takes text
/// that starts with a dash or is only punctuation; guidance files are size-checked; a report's
/// CSV runs no formula and a review's Markdown makes no link or image.
@Suite struct SafeOutputCLITests {
    func route(_ json: String) throws -> CoachProcess.Result {
        try CoachProcess.run(["route", "--guidance", CoachProcess.guidance.path], stdin: json)
    }

    /// The one `coach: …` line a refusal prints, checked to be one safe line.
    func errorLine(_ result: CoachProcess.Result, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("coach: "), "\(result.stderr.prefix(200))", sourceLocation: sourceLocation)
        #expect(result.stderr.hasSuffix("\n"), sourceLocation: sourceLocation)
        let line = String(result.stderr.dropLast())
        #expect(!line.contains("\n") && !line.contains("\r"), "one line: \(line.prefix(200))", sourceLocation: sourceLocation)
        let controls = line.unicodeScalars.filter { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
        #expect(controls.isEmpty, "controls: \(controls.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
        return line
    }

    // MARK: Error lines

    @Test func aKeyFullOfEscapesAndNewlinesIsNamedSafelyOnOneLine() throws {
        let json = #"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","\u001b[2J\u001b]0;pwned\u0007bad\nkey\r\n\u009b31m":1}"#
        let result = try route(json)
        #expect(result.status == 2)
        let line = errorLine(result)
        #expect(line.contains("unknown field"))
        #expect(line.contains("bad ⏎ key"), "\(line)")
        #expect(!line.contains("pwned"), "the title sequence goes whole: \(line)")
    }

    /// A line break that a combining mark follows (`\n\u031c`, found by fuzzing) is shown as ⏎
    /// like any other: the refusal stays on one line.
    @Test func aLineBreakBeforeACombiningMarkIsShownToo() throws {
        let result = try route(#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","bad\n\u031ckey":1}"#)
        #expect(result.status == 2)
        let line = errorLine(result)
        #expect(line.contains("unknown field \"bad ⏎"), "\(line)")
    }

    /// A quote in a named value is escaped even when a combining mark follows it, so the quotes
    /// around the value still say where it ends.
    @Test func aQuoteBeforeACombiningMarkIsEscaped() throws {
        let result = try route(#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","a\"\u0301b":1}"#)
        #expect(result.status == 2)
        let line = errorLine(result)
        #expect(Data(line.utf8).range(of: Data("unknown field \"a\\\"\u{301}b\"".utf8)) != nil, "\(line.debugDescription)")
    }

    @Test func aTenMegabyteKeyIsCutShort() throws {
        let key = String(repeating: "k", count: 10 << 20)
        let result = try route(#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z",""# + key + #"":1}"#)
        #expect(result.status == 2)
        let line = errorLine(result)
        #expect(line.count < 300, "\(line.count) characters")
        #expect(line.contains("unknown field \"" + String(repeating: "k", count: 79) + "…\""), "\(line)")
        #expect(line.contains("expected: channel, received_at"))
    }

    @Test func aLongValueIsCutAndItsFieldNamed() throws {
        let value = String(repeating: "電", count: 5000) + #"\u001b[31m"#
        let result = try route(#"{"channel":""# + value + #"","received_at":"2026-11-27T20:00:00Z"}"#)
        #expect(result.status == 2)
        let line = errorLine(result)
        #expect(line.hasPrefix("coach: field \"channel\": unknown value \"" + String(repeating: "電", count: 79) + "…\""), "\(line)")
        let time = try route(#"{"channel":"phone","received_at":"\u001b[31m"# + String(repeating: "9", count: 500) + #""}"#)
        let timeLine = errorLine(time)
        // The colour code goes; the value is cut at 80 characters, the code's counted in.
        #expect(timeLine.contains("field \"received_at\": \"" + String(repeating: "9", count: 74) + "…\" is not an ISO 8601 time"), "\(timeLine)")
        #expect(timeLine.count < 300)
    }

    @Test func anArgumentParserRefusalIsShortenedToo() throws {
        let word = "\u{1B}[31m" + String(repeating: "x", count: 5000)
        let result = try CoachProcess.run(["case", word, "--guidance", CoachProcess.guidance.path])
        #expect(result.status == 2)
        let first = String(result.stderr.prefix { $0 != "\n" })
        #expect(first.hasPrefix("coach: "))
        #expect(first.count < 400, "\(first.count)")
        #expect(!first.unicodeScalars.contains("\u{1B}"))
        #expect(first.contains("…"))
    }

    // MARK: route reads JSON strictly

    @Test(arguments: [
        (#"{"channel":"phone","channel":"letter","received_at":"2026-11-27T20:00:00Z"}"#, #"duplicate key "channel" at line 1, column 20"#),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","\u0063hannel":"letter"}"#, #"duplicate key "channel""#),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","description":{"a":1,"a":2}}"#, #"duplicate key "a""#),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","description":[{"x":[{"b":1,"b":1}]}]}"#, #"duplicate key "b""#),
        ("{\"channel\":\"phone\",\n\"received_at\":\"2026-11-27T20:00:00Z\",\n\"channel\":\"x\"}", "duplicate key \"channel\" at line 3, column 1"),
    ])
    func aKeyGivenTwiceIsRefused(_ json: String, _ message: String) throws {
        let result = try route(json)
        #expect(result.status == 2)
        #expect(errorLine(result).contains(message), "\(result.stderr)")
    }

    @Test(arguments: [
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z",}"#, "a trailing comma before }"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z" , }"#, "a trailing comma before }"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","description":[1,2,]}"#, "a trailing comma before ]"),
        (#"{"channel":"phone",,"received_at":"2026-11-27T20:00:00Z"}"#, "a key in double quotes"),
        (#"{,}"#, "a key in double quotes"),
        (#"[1,]"#, "a trailing comma before ]"),
        (#"{"channel":"phone" "received_at":"2026-11-27T20:00:00Z"}"#, "a comma or }"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z"} x"#, "more after the JSON value"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","description":01}"#, "leading zero"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","description":NaN}"#, "a value should start here"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z"/*c*/}"#, "a comma or }"),
        ("{\"channel\":\"ph\tone\",\"received_at\":\"2026-11-27T20:00:00Z\"}", "control character"),
        (#"{"channel":"\x","received_at":"2026-11-27T20:00:00Z"}"#, "unknown escape"),
        (String(repeating: "[", count: 100_000), "nested more than 64 deep"),
    ])
    func malformedJSONIsRefusedWithWhere(_ json: String, _ message: String) throws {
        let result = try route(json)
        #expect(result.status == 2)
        let line = errorLine(result)
        #expect(line.hasPrefix("coach: invalid JSON on standard input: "), "\(line)")
        #expect(line.contains(message), "\(line)")
        #expect(line.contains(" at line "), "\(line)")
    }

    @Test(arguments: ["0000-01-01T00:00:00Z", "1899-12-31T23:59:59+08:00", "0999-06-01T10:00:00Z"])
    func aYearBefore1900IsRefused(_ time: String) throws {
        let result = try route(#"{"channel":"phone","received_at":"\#(time)"}"#)
        #expect(result.status == 2)
        let line = errorLine(result)
        #expect(line == "coach: field \"received_at\": the year \(time.prefix(4)) is outside 1900–9999", "\(line)")
    }

    @Test func aDeadlineAfter9999IsRefused() throws {
        // Friday evening, 31 December 9999: the deadline would be in the year 10000.
        for time in ["9999-12-31T20:00:00+08:00", "9999-12-31T23:00:00-10:00"] {
            let result = try route(#"{"channel":"phone","received_at":"\#(time)"}"#)
            #expect(result.status == 2, "\(time)")
            #expect(errorLine(result).contains("field \"received_at\": too late; its deadline would fall after the year 9999"))
        }
    }

    @Test(arguments: [
        ("1900-01-01T10:00:00+08:00", "1900-01-"),
        ("9999-06-01T10:00:00+08:00", "9999-06-"),
        ("2026-11-27T20:00:00Z", "2026-11-30T23:59:59+08:00"),
    ])
    func yearsInRangeAreAcceptedAndPrintedWithFourDigits(_ time: String, _ deadline: String) throws {
        let result = try route(#"{"channel":"phone","received_at":"\#(time)"}"#)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let printed = try #require(object["deadline"] as? String)
        #expect(printed.hasPrefix(deadline), "\(printed)")
        #expect(printed.firstMatch(of: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/) != nil, "\(printed)")
    }

    @Test(arguments: [
        "  {\"channel\" : \"phone\" ,\r\n\t\"received_at\":\"2026-11-27T20:00:00Z\"}  \n",
        "\u{FEFF}{\"channel\":\"phone\",\"received_at\":\"2026-11-27T20:00:00Z\"}",
        #"{"\u0063hannel":"\u0070hone","received_at":"2026-11-27T20:00:00Z","description":"\ud83d\ude00 \u6f0f\u6c34 \" \\ \/ \b\f\n\r\t","kind":"complaint"}"#,
        #"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","description":"","beyond_manager_authority":false,"nature":"ordinary"}"#,
    ])
    func validJSONIsAcceptedAsBefore(_ json: String) throws {
        let result = try route(json)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"reply_via\": \"phone\""))
    }

    @Test func aTypeErrorStillNamesItsField() throws {
        let result = try route(#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","beyond_manager_authority":[true]}"#)
        #expect(result.status == 2)
        #expect(errorLine(result) == "coach: field \"beyond_manager_authority\": expected true or false")
    }

    // MARK: search

    func search(_ arguments: [String], _ folder: URL) throws -> CoachProcess.Result {
        try CoachProcess.run(["search", "--guidance", CoachProcess.guidance.path,
                              "--db", folder.appendingPathComponent("coach.sqlite").path, "--lang", "en"] + arguments,
                             environment: ["HOME": folder.path, "XDG_DATA_HOME": folder.path, "XDG_STATE_HOME": folder.path])
    }

    @Test func textStartingWithADashIsSearchedAfterTheTerminator() throws {
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Search only reads: a desk opened once makes the database.
        let database = folder.appendingPathComponent("coach.sqlite").path
        _ = try CoachProcess.run(["desk", "--guidance", CoachProcess.guidance.path, "--db", database],
                                 environment: ["HOME": folder.path, "XDG_DATA_HOME": folder.path, "XDG_STATE_HOME": folder.path])
        // Options before the terminator still count.
        let result = try CoachProcess.run(["search", "--guidance", CoachProcess.guidance.path,
                                           "--db", folder.appendingPathComponent("coach.sqlite").path, "--lang", "en", "--", "-minus"],
                                          environment: ["HOME": folder.path, "XDG_DATA_HOME": folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Nothing found for \"-minus\".\n")
    }

    @Test func aDashWithoutTheTerminatorSuggestsIt() throws {
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Alone, ArgumentParser says the text is missing; after a word, that -minus is unknown.
        for words in [["-minus"], ["lift", "-minus"]] {
            let result = try search(words, folder)
            #expect(result.status == 2)
            let first = String(result.stderr.prefix { $0 != "\n" })
            #expect(first.contains("-minus"), "\(first)")
            #expect(first.hasSuffix("put -- before it: coach search -- -minus)"), "\(first)")
        }
        // Another command's unknown option gets no such advice.
        let report = try CoachProcess.run(["report", "-minus", "--guidance", CoachProcess.guidance.path])
        #expect(report.status == 2)
        #expect(!report.stderr.contains("coach search --"))
    }

    @Test(arguments: [["!!!"], ["--", "--"], ["...", "?"], ["（）"], [""], ["\u{1B}[31m*"]])
    func punctuationAloneHasNothingToSearchFor(_ words: [String]) throws {
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = words.first == "--" ? words : ["--"] + words
        let result = try search(arguments, folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Nothing to search for in \""), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("give letters, digits or Chinese characters.\n"))
        #expect(!result.stdout.unicodeScalars.contains("\u{1B}"))
    }

    // MARK: Guidance

    @Test func aTwoGigabyteGuidanceFileIsRefusedWithItsPlace() throws {
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let guidance = folder.appendingPathComponent("guidance")
        try FileManager.default.copyItem(at: CoachProcess.guidance, to: guidance)
        let file = guidance.appendingPathComponent("organization.yaml")
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let result = try CoachProcess.run(["guidance", "--guidance", guidance.path])
        #expect(result.status == 1)
        let line = errorLine(result)
        #expect(line.contains("\(file.path):1:1: too large (2147483648 bytes; at most 1048576)"), "\(line)")
    }

    // MARK: Exports through the binary

    @Test func aBuildingTypedAsAFormulaIsTextInTheCSV() throws {
        let office = try ReportSearchCLITests.Office()
        let formula = #"=HYPERLINK("http://evil/","x")"#
        _ = try office.intake(name: "陳大文", building: formula, unit: "-1", said: ["漏水"], category: "water")
        _ = try office.intake(name: "陳大文", building: formula, unit: "-1", said: ["又漏水"], category: "water")
        let csv = try office.coach(["report", "--month", ReportSearchCLITests.thisMonth, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let records = ReportSearchCLITests.parseCSV(csv.stdout)
        let building = try #require(records.first { $0.count > 1 && $0[1] == "building.\(formula)" }, "\(csv.stdout)")
        #expect(building[2] == "'" + formula)
        #expect(building[3] == "2")
        for record in records {
            for cell in record.prefix(3) { #expect(!cell.hasPrefix("="), "\(record)") }
        }
    }

    @Test func aReviewInMarkdownCarriesNoLinkOrImage() throws {
        let office = try ReportSearchCLITests.Office()
        let number = try office.intake(name: "![x](http://evil/x.png)", building: "A座", unit: "<img src=x>",
                                       said: ["[click](javascript:alert(1))", "<http://x>"], category: "water")
        let md = try office.coach(["review", number, "--format", "md"])
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.contains("![x\\](http\\://evil/x.png)"), "\(md.stdout)")
        #expect(md.stdout.contains("[click\\](javascript:alert(1))"))
        #expect(md.stdout.contains("&lt;http\\://x>"))
        #expect(!md.stdout.contains("<"))
        #expect(md.stdout.components(separatedBy: "](").dropLast().allSatisfy { $0.hasSuffix("\\") }, "no unescaped ](")
    }
}
