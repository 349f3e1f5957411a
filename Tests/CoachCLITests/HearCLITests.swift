import Foundation
import Testing

/// `coach hear` through the real binary: a line from the command line or each line of standard
/// input, as JSON or as lines to read in the reader's language, with the context flags; odd bytes
/// and escape sequences never break the one-object-a-line output; a broken phrases file is named.
@Suite struct HearCLITests {
    static func hear(_ arguments: [String], stdin: Data = Data()) throws -> CoachProcess.Result {
        try CoachProcess.run(["hear", "--guidance", CoachProcess.guidance.path] + arguments, input: stdin)
    }

    /// Each line of standard output as a JSON object.
    static func objects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    @Test func theWordsGivenAreHeardAsOneLine() throws {
        let result = try Self.hear(["--json", "不關我們事"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == #"{"text": "不關我們事", "acts": ["pass_the_buck"], "evidence": {"pass_the_buck": "不關我事"}, "out_of_place": []}"# + "\n")
        let english = try Self.objects(Self.hear(["--json", "I'm", "so", "sorry"]).stdout)
        #expect(english.count == 1)
        #expect(english.first?["text"] as? String == "I'm so sorry")
        #expect(english.first?["acts"] as? [String] == ["apology"])
    }

    @Test func eachLineOfStandardInputGetsOneObjectInOrder() throws {
        let input = "對唔住，我哋今日之內會派人上嚟\n\n陳太，早晨\r\nWhen did it start"
        let result = try Self.hear(["--json"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try Self.objects(result.stdout)
        #expect(objects.map { $0["text"] as? String } == ["對唔住，我哋今日之內會派人上嚟", "", "陳太，早晨", "When did it start"])
        #expect(objects.map { $0["acts"] as? [String] } == [["apology", "promise"], [], [], ["question"]])
        #expect(objects[0]["evidence"] as? [String: String] == ["apology": "對唔住", "promise": "今日之內"])
        #expect(objects[2]["evidence"] as? [String: String] == [:], "a neutral line has no evidence")
    }

    @Test func theContextFlagsMarkWhatIsOutOfPlace() throws {
        let offered = try Self.objects(Self.hear(["--json", "--gift-offered", "唔使喇，多謝"]).stdout)
        #expect(offered.first?["acts"] as? [String] == ["decline_gift"])
        let none = try Self.objects(Self.hear(["--json", "--no-gift-offered", "唔使喇，多謝"]).stdout)
        #expect(none.first?["acts"] as? [String] == [], "polite words, no gift to decline")
        let refused = try Self.objects(Self.hear(["--json", "--no-gift-offered", "我哋唔可以收利是"]).stdout)
        #expect(refused.first?["out_of_place"] as? [String] == ["decline_gift"])
        let suggestion = try Self.objects(Self.hear(["--json", "--suggestion", "對唔住"]).stdout)
        #expect(suggestion.first?["out_of_place"] as? [String] == ["apology"])
    }

    @Test func withoutJSONTheLineIsReadInTheReadersLanguage() throws {
        let hant = try Self.hear(["--lang", "zh-Hant", "--no-gift-offered", "對唔住，我哋唔可以收利是"])
        #expect(hant.status == 0, "\(hant.stderr)")
        #expect(hant.stdout == "對唔住，我哋唔可以收利是\n  道歉：對唔住\n  婉拒禮物：唔可以收（不合時宜：對方沒有送禮）\n")
        let en = try Self.hear(["--lang", "en"], stdin: Data("陳太，早晨\nit's not your fault\n".utf8))
        #expect(en.stdout == "陳太，早晨\n  neutral: no speech act heard\nit's not your fault\n  neutral: no speech act heard\n")
        let hans = try Self.hear(["--lang", "zh-Hans", "现在下班了，明天再打来吧"])
        #expect(hans.stdout == "现在下班了，明天再打来吧\n  推卸：明天再打来\n")
    }

    @Test func oddBytesAndEscapesNeverBreakTheOutput() throws {
        var input = Data([0xB9, 0xEF, 0xA4, 0xA3, 0xB0, 0x5F]) + Data("\n".utf8)  // 對不起 in Big5
        input += Data([0xFF, 0xFE]) + Data(" sorry\n".utf8)
        input += Data("\u{1B}[31m唔關我事\u{1B}]0;title\u{07}\u{0}!\n".utf8)
        let result = try Self.hear(["--json", "--lang", "en"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control character is printed")
        let objects = try Self.objects(result.stdout)
        #expect(objects.map { $0["text"] as? String } == ["對不起", "\u{FFFD}\u{FFFD} sorry", "唔關我事!"])
        #expect(objects.map { $0["acts"] as? [String] } == [["apology"], ["apology"], ["pass_the_buck"]])
        #expect(result.stderr.contains("coach: a line was not UTF-8: it was read as BIG5-HKSCS"), "\(result.stderr)")
        #expect(result.stderr.contains("coach: a line was not valid text"), "\(result.stderr)")
    }

    @Test func aBrokenPhrasesFileIsNamedWithItsLine() throws {
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let guidance = folder.appendingPathComponent("guidance")
        try FileManager.default.copyItem(at: CoachProcess.guidance, to: guidance)
        let file = guidance.appendingPathComponent("phrases/en.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\nargue:\n", with: "\nargue:\n  - \"!!!\"\n").utf8).write(to: file)
        let line = text.components(separatedBy: "\n").firstIndex(of: "argue:")! + 2
        let result = try CoachProcess.run(["hear", "--guidance", guidance.path, "sorry"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("phrases/en.yaml:\(line):5: argue[0]: has nothing to hear"), "\(result.stderr)")
    }
}
