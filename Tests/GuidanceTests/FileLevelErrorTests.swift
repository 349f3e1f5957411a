import Foundation
import Testing
@testable import Guidance

/// Problems with a file as a whole (its bytes, its YAML) are reported with file, line and column.
@Suite("File-level guidance errors")
struct FileLevelErrorTests {
    @Test func badIndentationIsAYAMLSyntaxErrorAtItsLine() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // working_hours.end indented by one space instead of two.
        try copy.replace(in: "organization.yaml", line: 15, "  end: \"18:00\"", with: " end: \"18:00\"")
        let error = copy.loadError()
        expectError(error, file: "organization.yaml", line: 15, column: 2, mentions: ["YAML syntax", "did not find expected key"])
        #expect(error?.column != nil)
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
        // Guideline 3 gets a second `key:` right after its first (line 66).
        try copy.insert(in: "guidelines.yaml", line: 67, "    key: empathise_again")
        let error = copy.loadError()
        #expect(error?.file.hasSuffix("/guidelines.yaml") == true)
        #expect(error?.message.contains("duplicate key") == true, "\(String(describing: error))")
        #expect(error?.message.contains("key") == true)
        // Either occurrence is a fair place to point at.
        #expect(error?.line.map { [66, 67].contains($0) } == true, "\(String(describing: error))")
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

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let url = copy.file("urgency.yaml")
        var lines = try copy.lines("urgency.yaml").map { Data($0.utf8) }
        // Line 13 is `      en: "fire or smoke"`: a stray 0xFF byte after "fire" (column 16).
        let line = 13
        let text = String(decoding: lines[line - 1], as: UTF8.self)
        #expect(text == "      en: \"fire or smoke\"", "shipped urgency.yaml changed; update the test")
        var broken = Data(text.prefix(15).utf8)
        broken.append(0xFF)
        broken.append(contentsOf: Data(text.dropFirst(15).utf8))
        lines[line - 1] = broken
        try Data(lines.joined(separator: Data("\n".utf8))).write(to: url)

        let error = copy.loadError()
        expectError(error, file: "urgency.yaml", line: line, column: 16, mentions: ["UTF-8"])
    }

    @Test func invalidUTF8AfterChineseTextCountsCharactersNotBytes() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let url = copy.file("urgency.yaml")
        var lines = try copy.lines("urgency.yaml").map { Data($0.utf8) }
        // Line 11 is `      zh-Hant: "火警或冒煙"`: a broken two-byte sequence after 火警 (column 19).
        let line = 11
        let text = String(decoding: lines[line - 1], as: UTF8.self)
        #expect(text == "      zh-Hant: \"火警或冒煙\"", "shipped urgency.yaml changed; update the test")
        var broken = Data(text.prefix(18).utf8)
        broken.append(contentsOf: [0xC3, 0x28])
        broken.append(contentsOf: Data(text.dropFirst(18).utf8))
        lines[line - 1] = broken
        try Data(lines.joined(separator: Data("\n".utf8))).write(to: url)

        let error = copy.loadError()
        expectError(error, file: "urgency.yaml", line: line, column: 19, mentions: ["UTF-8"])
    }

    @Test func emptyFileIsReported() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try Data().write(to: copy.file("regulation.yaml"))
        expectError(copy.loadError(), file: "regulation.yaml", line: 1, column: 1, mentions: ["empty"])
    }

    @Test func fileOfOnlyCommentsIsEmpty() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try Data("# nothing here yet\n\n# still nothing\n".utf8).write(to: copy.file("regulation.yaml"))
        expectError(copy.loadError(), file: "regulation.yaml", line: 1, mentions: ["empty"])
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

    @Test func escapedControlCharacterInAStringIsReported() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // organization.yaml line 7 is the English name; "\a" in a double-quoted YAML string is BEL.
        try copy.replace(in: "organization.yaml", line: 7, "en: Harbourside Residences Management Office",
                         with: "en: \"Harbourside\\a Residences Management Office\"")
        expectError(copy.loadError(), file: "organization.yaml", line: 7, column: 7,
                    mentions: ["control character", "name.en"])
    }

    @Test func rawControlCharacterInTheFileIsReportedWithItsLine() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // A literal BEL byte pasted into the English name on line 7.
        try copy.replace(in: "organization.yaml", line: 7, "Harbourside Residences", with: "Harbourside\u{07} Residences")
        let error = copy.loadError()
        #expect(error?.file.hasSuffix("/organization.yaml") == true)
        #expect(error?.message.contains("control character") == true, "\(String(describing: error))")
        #expect(error?.line == 7, "the place of the control character: \(String(describing: error))")
    }

    @Test func descriptionIsFileLineColumnMessage() {
        let error = GuidanceError(file: "/g/guidelines.yaml", line: 65, column: 5, message: "guidelines[2]: missing key \"cue\"")
        #expect(error.description == "/g/guidelines.yaml:65:5: guidelines[2]: missing key \"cue\"")
        #expect(GuidanceError(file: "/g/a.yaml", message: "is missing").description == "/g/a.yaml: is missing")
        #expect(GuidanceError(file: "/g/a.yaml", line: 3, message: "x").description == "/g/a.yaml:3: x")
    }
}
