import CivilTime
import ComplaintDomain
import Foundation
import Training

/// guidance/scenarios/<id>.yaml: one mock complaint, checked against the organisation it is
/// played in (its building and category must exist there).
enum ScenarioFile {
    static func read(_ root: YAMLValue, id expectedID: String, organization: Organization) throws(GuidanceError) -> Scenario {
        let top = try root.mapping()
        try top.allowOnly(["id", "language", "title", "summary", "received_at", "channel", "persona", "mood", "opening",
                           "facts", "unknown_answer", "reactions", "expect", "traps", "caller", "mood_scale", "moments", "plays"])
        let idValue = try top.require("id")
        let id = try idValue.string()
        if id != expectedID { throw idValue.error("the id must be the file's name, \"\(expectedID)\"") }

        let timeValue = try top.require("received_at")
        let timeText = try timeValue.string()
        guard let receivedAt = Timestamp.parse(timeText) else {
            throw timeValue.error("expected a time with its offset, like \"2026-11-25T10:30:00+08:00\"")
        }

        let personaMap = try top.require("persona").mapping()
        try personaMap.allowOnly(["name", "standing", "building", "unit", "contact", "manner"])
        let buildingValue = try personaMap.require("building")
        let building = try buildingValue.string()
        if !organization.buildings.isEmpty, !organization.buildings.contains(building) {
            throw buildingValue.error("unknown building \"\(building)\"; organization.yaml lists: \(organization.buildings.joined(separator: ", "))")
        }
        let persona = Scenario.Persona(
            name: try personaMap.require("name").string(), standing: try personaMap.require("standing").choice(Standing.self),
            building: building, unit: try personaMap.require("unit").string(),
            contact: try personaMap.require("contact").string(), manner: try personaMap.optional("manner")?.string())

        let opening = try strings(top.require("opening"))
        var facts: [Scenario.Fact] = []
        for item in try top.require("facts").list() {
            let map = try item.mapping()
            try map.allowOnly(["id", "field", "answer", "asked_by", "in_record"])
            let factID = try map.require("id")
            let name = try factID.string()
            if facts.contains(where: { $0.id == name }) { throw factID.error("fact \"\(name)\" is given twice") }
            facts.append(Scenario.Fact(id: name, field: try map.require("field").choice(Scenario.Fact.Field.self),
                                       answer: try map.require("answer").string(), askedBy: try strings(map.require("asked_by")),
                                       inRecord: try map.optional("in_record").map(strings) ?? []))
        }

        let reactionMap = try top.require("reactions").mapping()
        try reactionMap.allowOnly(["calmer", "angrier", "interrupted", "repeated", "puzzled"])
        let reactions = Scenario.Reactions(calmer: try strings(reactionMap.require("calmer")),
                                           angrier: try strings(reactionMap.require("angrier")),
                                           interrupted: try strings(reactionMap.require("interrupted")),
                                           repeated: try reactionMap.optional("repeated").map(strings) ?? [],
                                           puzzled: try reactionMap.optional("puzzled").map(strings) ?? [])

        let expectMap = try top.require("expect").mapping()
        try expectMap.allowOnly(["kind", "nature", "category", "coordinate", "cause", "coordinate_with"])
        let categoryValue = try expectMap.require("category")
        let category = try categoryValue.string()
        if !organization.categories.contains(where: { $0.id == category }) {
            throw categoryValue.error("unknown category \"\(category)\"; expected one of: \(organization.categories.map(\.id).joined(separator: ", "))")
        }
        let expect = Scenario.Expectation(kind: try expectMap.require("kind").choice(ComplaintKind.self),
                                          nature: try expectMap.require("nature").choice(Nature.self),
                                          category: category, coordinate: try expectMap.optional("coordinate")?.bool() ?? false,
                                          cause: try expectMap.optional("cause").map(strings) ?? [],
                                          coordinateWith: try expectMap.optional("coordinate_with").map(strings) ?? [])

        var moments: [CallerMoment] = []
        var excuseSensitive = false
        if let traps = top.optional("traps") {
            let map = try traps.mapping()
            try map.allowOnly(["gift", "excuse_sensitive"])
            // Version 1: the gift comes once a follow-up has been promised.
            if let giftValue = map.optional("gift") {
                moments.append(CallerMoment(when: .afterPromise, kind: .gift(try CallerMomentEntry.gift(giftValue))))
            }
            excuseSensitive = try map.optional("excuse_sensitive")?.bool() ?? false
        }
        if let list = top.optional("moments") {
            for item in try list.list() {
                moments.append(try CallerMomentEntry.read(item, facts: facts.map(\.id)))
            }
        }
        let language = try top.require("language").choice(Language.self)
        let pace = try top.optional("caller").map { value throws(GuidanceError) in try CallerEntry.read(value, language: language) }
        var scale: [String]?
        if let scaleValue = top.optional("mood_scale") {
            let names = try strings(scaleValue)
            guard names.count == Mood.allCases.count, Set(names).count == names.count else {
                throw scaleValue.error("give exactly \(Mood.allCases.count) different names, calmest first")
            }
            scale = names
        }
        let moodValue = try top.require("mood")
        let mood: Mood
        if let scale, let word = try? moodValue.string(), let index = scale.firstIndex(of: word) {
            mood = Mood.allCases[index]
        } else {
            mood = try moodValue.choice(Mood.self)
        }
        var plays: [Play] = []
        if let list = top.optional("plays") {
            for item in try list.list() {
                let play = try PlayEntry.named(item, moodScale: scale)
                if plays.contains(where: { $0.name == play.name }) { throw item.error("play \"\(play.name)\" is given twice") }
                plays.append(play)
            }
        }

        return Scenario(id: id, language: language, title: try top.require("title").string(),
                        summary: try top.require("summary").string(), receivedAt: receivedAt,
                        channel: try top.require("channel").choice(Channel.self), persona: persona,
                        mood: mood, opening: opening, facts: facts,
                        unknownAnswer: try top.require("unknown_answer").string(), reactions: reactions, expect: expect,
                        moments: moments, excuseSensitive: excuseSensitive, pace: pace, moodScale: scale, plays: plays)
    }

    /// A non-empty list of non-empty strings.
    static func strings(_ value: YAMLValue) throws(GuidanceError) -> [String] {
        var result: [String] = []
        for item in try value.list() { result.append(try item.string()) }
        if result.isEmpty { throw value.error("give at least one") }
        return result
    }
}
