import ComplaintDomain
import Foundation
import Guidance
import Testing
import Training

/// `coach train NAME --play FILE`: every shipped scenario's own plays, run through the binary,
/// meet the bar whatever range their file claims — a model play at least 90 with the caller
/// calmer, a poor one under 50 with the caller angrier, pressing Enter under 40, pasting every
/// good phrase under 60 — and a broken play file is refused where it is broken, with nothing saved.
@Suite struct TrainPlayCLITests {
    static let material: TrainingMaterial = {
        let catalogue = try! GuidanceLoader.load(from: CoachProcess.guidance)
        return try! GuidanceLoader.loadTraining(from: CoachProcess.guidance, organization: catalogue.organization)
    }()

    static let bars: [String: (ClosedRange<Int>, Play.MoodGoal?)] = [
        "model": (90...100, .calmer), "poor": (0...49, .angrier), "enter": (0...39, nil), "spam": (0...59, nil),
    ]

    struct Card: Decodable {
        struct Item: Decodable {
            var id: String
            var result: String
            var evidence: String?
        }
        var scenario: String
        var total: Int
        var failed_outright: Bool
        var mood: [String: String]
        var items: [Item]
    }

    static let plays: [String] = material.scenarios.flatMap { scenario in scenario.plays.map { "\(scenario.id)/\($0.name)" } }

    @Test func everyScenarioCarriesTheFourPlays() {
        #expect(Self.material.scenarios.count >= 16)
        for scenario in Self.material.scenarios {
            #expect(Set(scenario.plays.map(\.name)).isSuperset(of: Self.bars.keys), "\(scenario.id)")
        }
    }

    @Test(arguments: plays)
    func eachPlayMeetsTheBar(_ name: String) throws {
        let parts = name.split(separator: "/").map(String.init)
        let scenario = try #require(Self.material.scenario(parts[0]))
        let play = try #require(scenario.plays.first { $0.name == parts[1] })
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("\(play.name).yaml")
        try Self.yaml(play).write(to: file, atomically: true, encoding: .utf8)
        let run = try CoachProcess.run(["train", scenario.id, "--play", file.path, "--json", "--lang", "en"],
                                       environment: ["COACH_DB": folder.appendingPathComponent("coach.sqlite").path])
        #expect(run.status == 0, "\(run.stderr)")
        let card = try JSONDecoder().decode(Card.self, from: Data(run.stdout.utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("coach.sqlite").path), "a play saves nothing")
        let summary = "\(name): \(card.total), \(card.mood["start"] ?? "?") → \(card.mood["end"] ?? "?"); "
            + card.items.filter { $0.result != "met" && $0.result != "not_applicable" }.map { "\($0.id) \($0.result)" }.joined(separator: ", ")
        if let range = play.score { #expect(range.contains(card.total), "its own range: \(summary)") }
        guard let (bar, goal) = Self.bars[play.name] else { return }
        #expect(bar.contains(card.total), "the bar: \(summary)")
        if let goal {
            let scale = scenario.moodScale ?? Mood.allCases.map(\.rawValue)
            let start = try #require(scale.firstIndex(of: card.mood["start"] ?? "")), end = try #require(scale.firstIndex(of: card.mood["end"] ?? ""))
            #expect(goal.holds(from: Mood.allCases[start], to: Mood.allCases[end]), "the mood: \(summary)")
        }
        if play.name == "model" { #expect(!card.failed_outright) }
    }

    /// A cleverer gamer than the scenarios' own spam play: waits until she has finished, leaves
    /// her time to answer, then says every good phrase in turn and again, writing nothing down.
    static func patientSpam(_ language: Language) -> String {
        let lines = language == .en
            ? ["I understand how you feel", "If it were me I'd be upset too", "I'm so sorry", "I'll take care of this myself",
               "We'll get back to you by five tomorrow", "Thank you, but I can't accept gifts", "Is there anything else?"]
            : ["我明白你嘅心情", "換轉係我都會好嬲", "真係好對唔住", "我會負責跟進", "我哋聽日下晝五點前一定覆你",
               "唔好意思，利是我哋唔收得", "請問仲有冇其他嘢？"]
        let said = (lines + lines).enumerated().map { "- {at: \(40 + $0.offset * 12), say: \"\($0.element)\"}" }
        return said.joined(separator: "\n") + "\n- {end: true}\n"
    }

    @Test(arguments: material.scenarios.map(\.id))
    func aPatientPhraseSpammerStaysUnderSixty(_ id: String) throws {
        let scenario = try #require(Self.material.scenario(id))
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("spam.yaml")
        try Self.patientSpam(scenario.language).write(to: file, atomically: true, encoding: .utf8)
        let run = try CoachProcess.run(["train", id, "--play", file.path, "--json"])
        let card = try JSONDecoder().decode(Card.self, from: Data(run.stdout.utf8))
        #expect(card.total < 60, "\(id): \(card.total)")
        #expect(card.items.first { $0.id == "facts" }?.result == "missed", "\(id): nothing was written down")
    }

    @Test func theJSONHasTheDocumentedShape() throws {
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("p.yaml")
        try "- {at: 3, say: \"I'm sorry\"}\n- {end: true}\n".write(to: file, atomically: true, encoding: .utf8)
        let id = try #require(Self.material.scenarios.first?.id)
        let run = try CoachProcess.run(["train", id, "--play", file.path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["scenario", "total", "failed_outright", "mood", "items"])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.allSatisfy { Set($0.keys).isSubset(of: ["id", "result", "evidence"]) && $0["id"] != nil })
        let mood = try #require(object["mood"] as? [String: String])
        #expect(Set(mood.keys) == ["start", "end"])
    }

    static let broken: [(String, String, Int, Int, String)] = [
        ("not a list", "say: hello\n", 1, 1, "expected a list"),
        ("an unknown action", "- {at: 1, shout: hello}\n", 1, 11, "unknown key"),
        ("two actions in one", "- {at: 1, say: hi, note: hi}\n", 1, 3, "exactly one of"),
        ("time going back", "- {at: 5, say: hi}\n- {at: 2, say: hi}\n", 2, 8, "goes back in time: the action before is at 5 s"),
        ("an unknown field", "- {set: {flat: 12B}}\n", 1, 10, "unknown field \"flat\""),
        ("a negative time", "- {at: -1, say: hi}\n", 1, 8, "from 0 to 86400"),
        ("end that is not true", "- {end: maybe}\n", 1, 9, "true or false"),
        ("an empty file", "", 1, 1, "empty"),
    ]

    @Test(arguments: 0..<broken.count)
    func aBrokenPlayFileIsRefusedWhereItIsBroken(_ index: Int) throws {
        let (what, text, line, column, words) = Self.broken[index]
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("play.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let id = try #require(Self.material.scenarios.first?.id)
        let run = try CoachProcess.run(["train", id, "--play", file.path, "--json"],
                                       environment: ["COACH_DB": folder.appendingPathComponent("coach.sqlite").path])
        #expect(run.status != 0, "\(what)")
        #expect(run.stdout.isEmpty, "\(what): nothing half-written")
        #expect(run.stderr.contains("\(file.path):\(line):\(column):"), "\(what): \(run.stderr)")
        #expect(run.stderr.contains(words), "\(what): \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("coach.sqlite").path))
    }

    /// A scenario whose own play no longer gets its range fails `coach guidance` at the play.
    @Test func guidanceFailsAtAPlayThatMissesItsRange() throws {
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("guidance")
        try FileManager.default.copyItem(at: CoachProcess.guidance, to: copy)
        let file = copy.appendingPathComponent("scenarios/leak-third-time.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        let model = "    expect: {score: [90, 100], mood: calmer}"
        #expect(text.contains(model))
        text = text.replacingOccurrences(of: model, with: "    expect: {score: [0, 10], mood: angrier}")
        try text.write(to: file, atomically: true, encoding: .utf8)
        // The play is named on the line above its expect line: its 0-based index is the name line's number.
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("score: [0, 10]") }!
        let run = try CoachProcess.run(["guidance", "--guidance", copy.path, "--lang", "en"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("\(file.path):\(line):5: leak-third-time, play \"model\": scored"), "\(run.stderr)")
        #expect(run.stderr.contains("expected 0–10"), "\(run.stderr)")
        #expect(run.stderr.contains("expected angrier"), "\(run.stderr)")
        #expect(run.stdout.contains("64 scripted plays, 63 as expected"), "\(run.stdout)")
    }

    @Test func playNeedsAScenarioAndJSONNeedsAPlay() throws {
        let noName = try CoachProcess.run(["train", "--play", "/dev/null"])
        #expect(noName.status != 0)
        #expect(noName.stderr.contains("--play needs the scenario's NAME"))
        let noPlay = try CoachProcess.run(["train", "x", "--json"])
        #expect(noPlay.status != 0)
        #expect(noPlay.stderr.contains("--json goes with --play"))
    }

    /// A play as a file: each action on one line, text quoted as JSON (which YAML reads).
    static func yaml(_ play: Play) -> String {
        func quoted(_ text: String) -> String {
            String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
        }
        return play.actions.map { action -> String in
            let body: String = switch action.kind {
            case .say(let words): "say: \(quoted(words))"
            case .note(let words): "note: \(quoted(words))"
            case .answer(let words): "answer: \(quoted(words))"
            case .end: "end: true"
            case .set(let pairs): "set: {" + pairs.map { "\($0.field): \(quoted($0.value))" }.joined(separator: ", ") + "}"
            }
            return "- {at: \(action.at), \(body)}"
        }.joined(separator: "\n") + "\n"
    }
}
