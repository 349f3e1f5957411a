import ComplaintDomain
import Foundation
@testable import Guidance
import Testing
import Training

/// Mistakes in the training material — guidance/scenarios/*.yaml and guidance/phrases/*.yaml —
/// each reported by `GuidanceLoader.loadTraining` at the file, line and column to fix, with what is
/// wrong. Most tests break guidance/scenarios/leak-third-time.yaml, one line at a time:
///
///      8  id: leak-third-time
///     12  received_at: "2026-11-25T10:30:00+08:00"   # Wednesday, working hours
///     13  channel: phone
///     16    standing: owner
///     17    building: A座
///     18    unit: 12樓B室
///     24  mood: angry
///     25  opening:            (26–28: three segments)
///     30    - id: since
///     31      field: since
///     35    - id: location
///     80    category: water
///     81    coordinate: true
@Suite("Training file errors")
struct TrainingFileErrorTests {
    static let leak = "scenarios/leak-third-time.yaml"

    // MARK: One edit, one error

    static let replacements: [ErrorCase<Replacement>] = [
        // persona.unit indented by one space instead of two.
        ErrorCase("a YAML syntax error in a scenario is reported at its line",
                  Replacement(leak, line: 18, "  unit: 12樓B室", with: " unit: 12樓B室"),
                  file: leak, line: 18, column: 2, mentions: ["YAML syntax"]),
        ErrorCase("an id that is not the file's name is reported",
                  Replacement(leak, line: 8, "id: leak-third-time", with: "id: leak-3rd-time"),
                  file: leak, line: 8, column: 5, mentions: ["id", "file's name", "\"leak-third-time\""]),
        ErrorCase("an unknown channel names the choices",
                  Replacement(leak, line: 13, "channel: phone", with: "channel: fax"),
                  file: leak, line: 13, column: 10,
                  mentions: ["channel", "unknown value \"fax\"", "in_person", "letter", "phone", "other"]),
        ErrorCase("an unknown mood names the choices",
                  Replacement(leak, line: 24, "mood: angry", with: "mood: livid"),
                  file: leak, line: 24, column: 7,
                  mentions: ["mood", "unknown value \"livid\"", "calm", "upset", "angry", "furious"]),
        ErrorCase("an unknown standing names the choices",
                  Replacement(leak, line: 16, "standing: owner", with: "standing: landlord"),
                  file: leak, line: 16, column: 13,
                  mentions: ["persona.standing", "unknown value \"landlord\"", "owner", "occupant"]),
        ErrorCase("received_at without an offset is refused",
                  Replacement(leak, line: 12, "\"2026-11-25T10:30:00+08:00\"", with: "\"2026-11-25T10:30:00\""),
                  file: leak, line: 12, column: 14, mentions: ["received_at", "offset"]),
        ErrorCase("a building not in the organisation is refused",
                  Replacement(leak, line: 17, "building: A座", with: "building: Z座"),
                  file: leak, line: 17, column: 13,
                  mentions: ["persona.building", "unknown building \"Z座\"", "organization.yaml", "A座"]),
        ErrorCase("a category not in the organisation is refused",
                  Replacement(leak, line: 80, "category: water", with: "category: plumbing"),
                  file: leak, line: 80, column: 13,
                  mentions: ["expect.category", "unknown category \"plumbing\"", "water", "lift"]),
        ErrorCase("a fact with an unknown field names the choices",
                  Replacement(leak, line: 31, "field: since", with: "field: when"),
                  file: leak, line: 31, column: 12,
                  mentions: ["facts[0].field", "unknown value \"when\"", "location", "since", "wants", "real_cause",
                             "coordinate_with"]),
        ErrorCase("a fact given twice is reported at the second",
                  Replacement(leak, line: 35, "- id: location", with: "- id: since"),
                  file: leak, line: 35, column: 9, mentions: ["facts[1].id", "fact \"since\" is given twice"]),
        ErrorCase("coordinate: yes is not a boolean",
                  Replacement(leak, line: 81, "coordinate: true", with: "coordinate: yes"),
                  file: leak, line: 81, column: 15,
                  mentions: ["expect.coordinate", "expected true or false", "\"yes\""]),
        ErrorCase("a misspelt top-level key is named with the known ones",
                  Replacement(leak, line: 13, "channel: phone", with: "chanel: phone"),
                  file: leak, line: 13, column: 1,
                  mentions: ["chanel", "unknown key", "channel", "received_at", "opening"]),
        ErrorCase("a misspelt nested key is named with its path",
                  Replacement(leak, line: 33, "asked_by:", with: "asked_bye:"),
                  file: leak, line: 33, column: 5, mentions: ["facts[0].asked_bye", "unknown key", "asked_by"]),
        ErrorCase("a phrases file for the wrong language is reported",
                  Replacement("phrases/zh-Hans.yaml", line: shippedLine("language: zh-Hans", in: "phrases/zh-Hans.yaml"),
                              "language: zh-Hans", with: "language: zh-Hant"),
                  file: "phrases/zh-Hans.yaml", line: shippedLine("language: zh-Hans", in: "phrases/zh-Hans.yaml"), column: 11,
                  mentions: ["language", "for zh-Hans", "says zh-Hant"]),
        ErrorCase("an unknown kind of phrase is named",
                  Replacement("phrases/en.yaml", line: shippedLine("excuse:", in: "phrases/en.yaml"), "excuse:", with: "excuses:"),
                  file: "phrases/en.yaml", line: shippedLine("excuse:", in: "phrases/en.yaml"), column: 1,
                  mentions: ["excuses", "unknown key", "excuse", "pass_the_buck"]),
    ]

    @Test(arguments: replacements)
    func replacingAValue(_ row: ErrorCase<Replacement>) throws {
        try row.check { $0.trainingError(sourceLocation: $1) }
    }

    static let emptiedLists: [ErrorCase<EmptiedList>] = [
        ErrorCase("an empty opening is refused",
                  EmptiedList(entries: Removal(leak, lines: 26...28, firstContaining: "  - 喂？管理處呀？"),
                              key: Replacement(leak, line: 25, "opening:", with: "opening: []")),
                  file: leak, line: 25, column: 10, mentions: ["opening", "at least one"]),
    ]

    @Test(arguments: emptiedLists)
    func emptyingAList(_ row: ErrorCase<EmptiedList>) throws {
        try row.check { $0.trainingError(sourceLocation: $1) }
    }

    // MARK: Scenarios

    @Test func unclosedQuoteInAScenarioNamesWhereItOpened() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try copy.replace(in: Self.leak, line: 19, "\"9123 4567\"", with: "\"9123 4567")
        let error = copy.trainingError()
        #expect(error?.file.hasSuffix("/" + Self.leak) == true, "\(String(describing: error))")
        #expect(error?.message.contains("YAML syntax") == true, "\(String(describing: error))")
        #expect(error?.message.contains("line 15") == true, "names the mapping the quote opened in: \(String(describing: error))")
        #expect((error?.line ?? 0) >= 19, "\(String(describing: error))")
    }

    @Test func emptyScenariosFolderIsReported() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let folder = copy.file("scenarios")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        let error = copy.trainingError()
        #expect(error?.file.hasSuffix("/scenarios") == true, "\(String(describing: error))")
        #expect(error?.line == nil, "\(String(describing: error))")
        #expect(error?.message.contains("no scenarios") == true, "\(String(describing: error))")
    }

    @Test func scenariosFolderOfOtherFilesIsAsGoodAsEmpty() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let folder = copy.file("scenarios")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        try Data("notes for trainers\n".utf8).write(to: folder.appendingPathComponent("README.txt"))
        let error = copy.trainingError()
        #expect(error?.file.hasSuffix("/scenarios") == true, "\(String(describing: error))")
        #expect(error?.message.contains("no scenarios") == true, "\(String(describing: error))")
    }

    // MARK: Phrases

    @Test func phrasesFileMissingAKindIsReported() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // en.yaml: the excuse list, from its comment (two lines above `excuse:`) to the blank line
        // after it; the file's mapping starts at `language: en`, which is where a missing key is
        // reported. Found by their text, since trainers add examples.
        let lines = try copy.lines("phrases/en.yaml")
        let key = try #require(lines.firstIndex(of: "excuse:"))
        let end = try #require(lines[key...].firstIndex(of: ""))
        try copy.removeLines(in: "phrases/en.yaml", (key - 1)...end, firstContaining: "# Excuses")
        #expect(try !copy.lines("phrases/en.yaml").contains("excuse:"), "the excuse list is gone")
        expectError(copy.trainingError(), file: "phrases/en.yaml", line: shippedLine("language: en", in: "phrases/en.yaml"), column: 1,
                    mentions: ["missing key \"excuse\""])
    }

    @Test func emptyPhraseListIsReported() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        // zh-Hant.yaml: pass_the_buck is on line 283, its 26 terms on 284–309.
        let lines = try copy.lines("phrases/zh-Hant.yaml")
        guard let at = lines.firstIndex(of: "pass_the_buck:") else {
            Issue.record("phrases/zh-Hant.yaml has no pass_the_buck list")
            return
        }
        var end = at + 1
        while end < lines.count, lines[end].hasPrefix("  - ") { end += 1 }
        try copy.removeLines(in: "phrases/zh-Hant.yaml", (at + 2)...end, firstContaining: "  - ")
        try copy.replace(in: "phrases/zh-Hant.yaml", line: at + 1, "pass_the_buck:", with: "pass_the_buck: []")
        expectError(copy.trainingError(), file: "phrases/zh-Hant.yaml", line: at + 1, column: 16,
                    mentions: ["pass_the_buck", "at least one term"])
    }

    @Test func missingPhrasesFileIsReported() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try FileManager.default.removeItem(at: copy.file("phrases/en.yaml"))
        let error = copy.trainingError()
        expectError(error, file: "phrases/en.yaml", line: nil, mentions: ["missing"])
        #expect(error?.description.hasSuffix("phrases/en.yaml: is missing") == true, "\(String(describing: error))")
    }

    @Test func missingPhrasesFolderNamesTheFirstLanguage() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try FileManager.default.removeItem(at: copy.file("phrases"))
        let error = copy.trainingError()
        #expect(error?.file.hasSuffix("/phrases/\(Language.allCases[0].rawValue).yaml") == true, "\(String(describing: error))")
        #expect(error?.message == "is missing", "\(String(describing: error))")
    }
}

/// The shipped scenarios and phrase lexicons load, and the lexicons recognise what a trainee
/// says in each script, without taking a harmless line for an excuse or for passing the buck.
extension TrainingFileErrorTests {
    @Suite("Shipped training material")
    struct Shipped {
        let material: TrainingMaterial

        init() throws {
            let catalogue = try GuidanceLoader.load(from: shippedGuidance)
            material = try GuidanceLoader.loadTraining(from: shippedGuidance, organization: catalogue.organization)
        }

        @Test func theShippedMaterialLoads() {
            #expect(material.scenarios.count >= 12, "\(material.scenarios.map(\.id))")
            #expect(Set(material.speech.terms.keys) == Set(Language.allCases))
            for language in Language.allCases {
                for act in SpeechAct.allCases {
                    #expect((material.speech.terms[language]?[act] ?? []).count > 0, "\(language.rawValue) \(act.rawValue)")
                }
            }
            // In name order, each named after its file.
            let ids = material.scenarios.map(\.id)
            #expect(ids == ids.sorted())
            #expect(Set(ids).count == ids.count)
            #expect(material.scenario("leak-third-time")?.persona.name == "陳大文")
        }

        /// Every line is checked against the terms really listed in the shipped file, so a test line
        /// cannot pass on a term the lexicon does not have.
        @Test(arguments: [
            (Language.zhHant, SpeechAct.acknowledge, "我明白您的心情", "明白"),
            (.zhHant, .apology, "對不起", "對不起"),
            (.zhHant, .excuse, "但係師傅今日唔得閒", "師傅唔得閒"),
            (.zhHant, .passTheBuck, "呢啲唔關我事", "唔關我事"),
            (.zhHant, .question, "請問幾時開始", "請問"),
            (.zhHans, .acknowledge, "我理解您的心情", "理解"),
            (.zhHans, .apology, "对不起", "对不起"),
            (.zhHans, .excuse, "但是师傅今天没空", "师傅没空"),
            (.zhHans, .passTheBuck, "这个不关我的事", "不关我的事"),
            (.zhHans, .question, "请问什么时候开始", "请问"),
            (.en, .acknowledge, "I understand how you feel", "I understand"),
            (.en, .apology, "I'm sorry", "sorry"),
            (.en, .excuse, "but the contractor is busy", "the contractor is busy"),
            (.en, .passTheBuck, "that's not my department", "not my department"),
            (.en, .question, "when did it start?", "when"),
        ])
        func eachScriptIsRecognised(language: Language, act: SpeechAct, line: String, term: String) {
            let listed = material.speech.terms[language]?[act] ?? []
            #expect(listed.contains(term), "\(term) is listed under \(act.rawValue) in phrases/\(language.rawValue).yaml")
            let acts = material.speech.acts(in: line)
            #expect(acts[act] != nil, "“\(line)” → \(acts)")
        }

        @Test(arguments: ["我會幫您跟進", "我会帮您跟进", "I'll call the engineer now", "Press the button on the panel",
                          "我幫你打去工程部", "I'll take it from here"])
        func aHarmlessLineIsNeitherAnExcuseNorPassingTheBuck(line: String) {
            let acts = material.speech.acts(in: line)
            #expect(acts[.excuse] == nil, "“\(line)” taken as an excuse: \(acts)")
            #expect(acts[.passTheBuck] == nil, "“\(line)” taken as passing the buck: \(acts)")
            #expect(!acts.keys.contains { $0.provokes }, "“\(line)” would anger the caller: \(acts)")
        }

        @Test func anOfferToFollowUpIsOwnership() {
            #expect(material.speech.acts(in: "我會幫您跟進")[.ownership] != nil)
            #expect(material.speech.acts(in: "我会帮您跟进")[.ownership] != nil)
            #expect(material.speech.acts(in: "I'll take it from here")[.ownership] != nil)
        }
    }
}

extension GuidanceCopy {
    /// Loads the copy's training material against the copy's organisation and returns the error it
    /// must raise (nil, recorded as an issue, if it loads).
    func trainingError(sourceLocation: SourceLocation = #_sourceLocation) -> GuidanceError? {
        let organization: Organization
        do {
            organization = try GuidanceLoader.load(from: url).organization
        } catch {
            Issue.record("the main guidance of the copy should still load: \(error)", sourceLocation: sourceLocation)
            return nil
        }
        do {
            _ = try GuidanceLoader.loadTraining(from: url, organization: organization)
            Issue.record("the broken training material loaded without an error", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }
}
