import ComplaintDomain
import Foundation
@testable import Guidance
import Testing
import Training

/// Mistakes in what version 2 of the scenario format adds — the caller's pace, her mood scale,
/// the moments, `in_record`, the plays — each reported at the file, line and column to fix.
/// Most break guidance/scenarios/leak-third-time.yaml:
///
///     21  caller:  22 speaking_rate: 7   23 pause: 1
///     34      in_record: [上個禮拜五, …]
///     84  moments:  85 - after: fact:since   86 compensation:   87 says: …
///     96    - name: model   97 expect: {score: [90, 100], mood: calmer}
///     99        - {at: 1, say: 你好，管理處。}  100 - {at: 3, note: …}
@Suite("Scenario version 2 errors")
struct ScenarioVersionTwoErrorTests {
    static let leak = "scenarios/leak-third-time.yaml"
    static let parcel = "scenarios/parcel-missing-abusive.yaml"

    static let replacements: [ErrorCase<Replacement>] = [
        ErrorCase("a caller who never speaks is refused",
                  Replacement(leak, line: 22, "speaking_rate: 7", with: "speaking_rate: 0"),
                  file: leak, line: 22, column: 18, mentions: ["caller.speaking_rate", "from 0.5"]),
        ErrorCase("an unknown key of the caller names the known ones",
                  Replacement(leak, line: 23, "pause: 1", with: "pauses: 1"),
                  file: leak, line: 23, column: 3, mentions: ["unknown key", "speaking_rate", "starts_after", "pause"]),
        ErrorCase("an empty in_record is refused",
                  Replacement(leak, line: 34, "in_record: [上個禮拜五, 上星期五, 禮拜五, 兩次水桶, 發霉]", with: "in_record: []"),
                  file: leak, line: 34, column: 16, mentions: ["in_record", "at least one"]),
        ErrorCase("a moment after a fact that does not exist names the facts",
                  Replacement(leak, line: 85, "after: fact:since", with: "after: fact:sinse"),
                  file: leak, line: 85, column: 12, mentions: ["unknown moment \"fact:sinse\"", "opening", "promise", "fact:since"]),
        ErrorCase("an unknown kind of moment names the kinds",
                  Replacement(leak, line: 86, "compensation:", with: "bribe:"),
                  file: leak, line: 86, column: 5, mentions: ["unknown key", "gift", "manager", "compensation"]),
        ErrorCase("a demand without its words is refused",
                  Replacement(leak, line: 87, "says:", with: "said:"),
                  file: leak, line: 87, column: 7, mentions: ["unknown key", "says", "after_good", "after_bad"]),
        ErrorCase("a play's range written backwards is refused",
                  Replacement(leak, line: 97, "score: [90, 100]", with: "score: [100, 90]"),
                  file: leak, line: 97, column: 21, mentions: ["lowest score comes first"]),
        ErrorCase("an unknown mood goal names the goals",
                  Replacement(leak, line: 97, "mood: calmer", with: "mood: happier"),
                  file: leak, line: 97, column: 38, mentions: ["unknown value \"happier\"", "calmer", "angrier", "same", "not_angrier"]),
        ErrorCase("an action that does two things is refused",
                  Replacement(leak, line: 99, "say: 你好，管理處。}", with: "say: 你好，管理處。, note: 喂}"),
                  file: leak, line: 99, column: 9, mentions: ["exactly one of", "say", "note", "set", "answer", "end"]),
        ErrorCase("an action that goes back in time is refused",
                  Replacement(leak, line: 100, "{at: 3,", with: "{at: 0.5,"),
                  file: leak, line: 100, column: 14, mentions: ["goes back in time", "1 s"]),
        ErrorCase("a mood scale of three names is refused",
                  Replacement(parcel, line: 24, "mood_scale: [冷靜, 唔耐煩, 嬲, 爆粗]", with: "mood_scale: [冷靜, 唔耐煩, 嬲]"),
                  file: parcel, line: 24, column: 13, mentions: ["mood_scale", "exactly 4"]),
    ]

    @Test(arguments: replacements)
    func replacingAValue(_ row: ErrorCase<Replacement>) throws {
        try row.check { $0.trainingError(sourceLocation: $1) }
    }

    @Test func theShippedScenariosAreVersionTwoThroughout() throws {
        let catalogue = try GuidanceLoader.load(from: shippedGuidance)
        let material = try GuidanceLoader.loadTraining(from: shippedGuidance, organization: catalogue.organization)
        #expect(material.scenarios.count >= 16)
        for scenario in material.scenarios {
            #expect(scenario.facts.allSatisfy { !$0.inRecord.isEmpty }, "\(scenario.id): every fact says how it shows in the record")
            #expect(scenario.reactions.repeated.count >= 3 && scenario.reactions.puzzled.count >= 3, "\(scenario.id)")
            for list in [scenario.reactions.calmer, scenario.reactions.angrier, scenario.reactions.interrupted] {
                #expect(list.count >= 3, "\(scenario.id): three variants, so she never says the same twice running")
            }
            if scenario.expect.coordinate { #expect(!scenario.expect.coordinateWith.isEmpty, "\(scenario.id)") }
        }
        let kinds = material.scenarios.flatMap { $0.moments.map(\.kind.name) }
        #expect(kinds.filter { $0 == "manager" }.count >= 2)
        #expect(kinds.filter { $0 == "compensation" }.count >= 2)
        #expect(kinds.contains("gift"))
    }
}
