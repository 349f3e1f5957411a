import Foundation
import Testing
@testable import Guidance

/// Problems with a file as a whole (its bytes, its YAML) are reported with file, line and column.
@Suite("File-level guidance errors")
struct FileLevelErrorTests {
    static let replacements: [ErrorCase<Replacement>] = [
        // working_hours.end indented by one space instead of two.
        ErrorCase("bad indentation is a YAML syntax error at its line",
                  Replacement("organization.yaml", line: 15, "  end: \"18:00\"", with: " end: \"18:00\""),
                  file: "organization.yaml", line: 15, column: 2, mentions: ["YAML syntax", "did not find expected key"]),
        // organization.yaml line 7 is the English name; "\a" in a double-quoted YAML string is BEL.
        ErrorCase("an escaped control character in a string is reported",
                  Replacement("organization.yaml", line: 7, "en: Harbourside Residences Management Office",
                              with: "en: \"Harbourside\\a Residences Management Office\""),
                  file: "organization.yaml", line: 7, column: 7, mentions: ["control character", "name.en"]),
        // A literal BEL byte pasted into the English name on line 7; only its line is checked.
        ErrorCase("a raw control character in the file is reported with its line",
                  Replacement("organization.yaml", line: 7, "Harbourside Residences", with: "Harbourside\u{07} Residences"),
                  file: "organization.yaml", line: 7, mentions: ["control character"]),
    ]

    @Test(arguments: replacements)
    func replacingText(_ row: ErrorCase<Replacement>) throws {
        try row.check()
    }

    static let invalidBytes: [ErrorCase<InvalidBytes>] = [
        // A stray 0xFF byte after "fire".
        ErrorCase("invalid UTF-8 is reported at its line and column",
                  InvalidBytes("urgency.yaml", line: 52, reading: "      en: \"fire or smoke\"", after: 15, [0xFF]),
                  file: "urgency.yaml", line: 52, column: 16, mentions: ["UTF-8"]),
        // A broken two-byte sequence after 火警: the column counts characters, not bytes.
        ErrorCase("invalid UTF-8 after Chinese text counts characters, not bytes",
                  InvalidBytes("urgency.yaml", line: 50, reading: "      zh-Hant: \"火警或冒煙\"", after: 18, [0xC3, 0x28]),
                  file: "urgency.yaml", line: 50, column: 19, mentions: ["UTF-8"]),
    ]

    @Test(arguments: invalidBytes)
    func insertingInvalidBytes(_ row: ErrorCase<InvalidBytes>) throws {
        try row.check()
    }

    static let rewrites: [ErrorCase<Rewrite>] = [
        ErrorCase("an empty file is reported", Rewrite("regulation.yaml", ""),
                  file: "regulation.yaml", line: 1, column: 1, mentions: ["empty"]),
        ErrorCase("a file of only comments is empty", Rewrite("regulation.yaml", "# nothing here yet\n\n# still nothing\n"),
                  file: "regulation.yaml", line: 1, mentions: ["empty"]),
    ]

    @Test(arguments: rewrites)
    func rewritingAFile(_ row: ErrorCase<Rewrite>) throws {
        try row.check()
    }

    @Test func unclosedFlowListIsAYAMLSyntaxErrorNamingWhereItOpened() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: "organization.yaml", line: 12, "fri]", with: "fri")
        let error = copy.loadError()
        #expect(error?.file.hasSuffix("/organization.yaml") == true)
        #expect(error?.message.contains("YAML syntax") == true, "\(String(describing: error))")
        // The list opened on line 12; the scanner notices on the next line at the latest.
        #expect(error?.line.map { (12...13).contains($0) } == true, "\(String(describing: error))")
        #expect(error?.message.contains("line 12") == true, "names where the list began: \(String(describing: error))")
    }

    @Test func unclosedQuoteIsAYAMLSyntaxError() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // The last quoted string of the file never closes: the scanner runs off the end.
        let last = try copy.lines("urgency.yaml").count
        try copy.insert(in: "urgency.yaml", line: last + 1, "  - key: \"unclosed")
        let error = copy.loadError()
        #expect(error?.file.hasSuffix("/urgency.yaml") == true)
        #expect(error?.message.contains("YAML syntax") == true, "\(String(describing: error))")
        // The stream ends inside the quote; the message names the line where the quote opened.
        #expect((error?.line ?? 0) >= last, "\(String(describing: error))")
        #expect(error?.column != nil)
        #expect(error?.message.contains("quoted scalar at line \(last + 1)") == true, "\(String(describing: error))")
    }

    @Test func duplicateKeyIsNamedWithItsLine() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // Guideline 3 gets a second `key:` right after its first (line 103).
        try copy.insert(in: "guidelines.yaml", line: 104, "    key: empathise_again")
        let error = copy.loadError()
        #expect(error?.file.hasSuffix("/guidelines.yaml") == true)
        #expect(error?.message.contains("duplicate key") == true, "\(String(describing: error))")
        #expect(error?.message.contains("key") == true)
        // Either occurrence is a fair place to point at.
        #expect(error?.line.map { [103, 104].contains($0) } == true, "\(String(describing: error))")
        #expect(error?.column == 5, "\(String(describing: error))")
    }

    @Test func duplicateTopLevelKeyIsNamed() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // time_zone is on line 11; a second one becomes line 12.
        try copy.insert(in: "organization.yaml", line: 12, "time_zone: Asia/Tokyo")
        let error = copy.loadError()
        #expect(error?.file.hasSuffix("/organization.yaml") == true)
        #expect(error?.message.contains("duplicate key time_zone") == true, "\(String(describing: error))")
        #expect(error?.line.map { [11, 12].contains($0) } == true, "\(String(describing: error))")
        #expect(error?.column == 1, "\(String(describing: error))")
    }

    @Test func missingFileIsReported() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try FileManager.default.removeItem(at: copy.file("organization.yaml"))
        let error = copy.loadError()
        expectError(error, file: "organization.yaml", line: nil, mentions: ["missing"])
        #expect(error?.description.hasSuffix("organization.yaml: is missing") == true, "\(String(describing: error))")
    }

    @Test func missingFolderNamesTheFirstFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("no-such-guidance")
        #expect {
            _ = try GuidanceLoader.load(from: url)
        } throws: { error in
            guard let error = error as? GuidanceError else { return false }
            return error.file == url.appendingPathComponent("guidelines.yaml").path && error.message == "is missing"
        }
    }

    @Test func descriptionIsFileLineColumnMessage() {
        let error = GuidanceError(file: "/g/guidelines.yaml", line: 65, column: 5, message: "guidelines[2]: missing key \"cue\"")
        #expect(error.description == "/g/guidelines.yaml:65:5: guidelines[2]: missing key \"cue\"")
        #expect(GuidanceError(file: "/g/a.yaml", message: "is missing").description == "/g/a.yaml: is missing")
        #expect(GuidanceError(file: "/g/a.yaml", line: 3, message: "x").description == "/g/a.yaml:3: x")
    }
}

/// Bytes that are not UTF-8, put after the first `after` characters of one line, which must read
/// `text` in the shipped file.
struct InvalidBytes: GuidanceEdit {
    var file: String
    var line: Int
    var text: String
    var after: Int
    var bytes: [UInt8]

    init(_ file: String, line: Int, reading text: String, after: Int, _ bytes: [UInt8]) {
        (self.file, self.line, self.text, self.after, self.bytes) = (file, line, text, after, bytes)
    }

    func apply(to copy: GuidanceCopy) throws {
        var lines = try copy.lines(file).map { Data($0.utf8) }
        guard lines.indices.contains(line - 1), String(decoding: lines[line - 1], as: UTF8.self) == text else {
            throw FixtureProblem(description: "shipped \(file) changed: line \(line) is no longer \(text.debugDescription); update the test")
        }
        var broken = Data(text.prefix(after).utf8)
        broken.append(contentsOf: bytes)
        broken.append(contentsOf: Data(text.dropFirst(after).utf8))
        lines[line - 1] = broken
        try Data(lines.joined(separator: Data("\n".utf8))).write(to: copy.file(file))
    }
}

/// The whole file replaced by `contents`.
struct Rewrite: GuidanceEdit {
    var file: String
    var contents: String

    init(_ file: String, _ contents: String) {
        (self.file, self.contents) = (file, contents)
    }

    func apply(to copy: GuidanceCopy) throws {
        try Data(contents.utf8).write(to: copy.file(file))
    }
}
