import Training

/// A scripted training call: a scenario's `plays:` entry (a name, the score it must get, its
/// actions) or a play file for `coach train NAME --play FILE` (just the list of actions).
enum PlayEntry {
    /// The fields `set:` takes, as `:FIELD` names them.
    static let fields: Set<String> = ["channel", "name", "standing", "building", "unit", "contact", "where", "since", "wants",
                                      "cause", "others", "kind", "nature", "category"]

    static func named(_ value: YAMLValue, moodScale: [String]?) throws(GuidanceError) -> Play {
        let map = try value.mapping()
        try map.allowOnly(["name", "expect", "actions"])
        var score: ClosedRange<Int>?
        var mood: Play.MoodGoal?
        if let expect = map.optional("expect") {
            let e = try expect.mapping()
            try e.allowOnly(["score", "mood"])
            if let range = e.optional("score") {
                let bounds = try range.list()
                guard bounds.count == 2 else { throw range.error("expected [LOWEST, HIGHEST], like [90, 100]") }
                let low = try bounds[0].int(in: 0...100), high = try bounds[1].int(in: 0...100)
                guard low <= high else { throw range.error("the lowest score comes first") }
                score = low...high
            }
            mood = try e.optional("mood")?.choice(Play.MoodGoal.self)
        }
        return Play(name: try map.require("name").string(), actions: try actions(map.require("actions")),
                    score: score, mood: mood, place: value.place)
    }

    /// A list of timed actions; `at` may be left out (1 s after the previous one) but never goes back.
    static func actions(_ value: YAMLValue) throws(GuidanceError) -> [Play.Action] {
        var result: [Play.Action] = []
        for item in try value.list() {
            let map = try item.mapping()
            try map.allowOnly(["at", "say", "note", "set", "answer", "end"])
            let previous = result.last?.at
            let at: Double
            if let given = map.optional("at") {
                at = try given.number(in: 0...86_400)
                if let previous, at < previous {
                    throw given.error("goes back in time: the action before is at \(YAMLValue.plain(previous)) s")
                }
            } else {
                at = (previous ?? -1) + 1
            }
            let kinds = ["say", "note", "set", "answer", "end"].compactMap { name in map.optional(name).map { (name, $0) } }
            guard kinds.count == 1, let (name, body) = kinds.first else {
                throw item.error("give exactly one of: say, note, set, answer, end")
            }
            let kind: Play.Action.Kind
            switch name {
            case "say": kind = .say(try body.string())
            case "note": kind = .note(try body.string())
            case "answer": kind = .answer(try body.text())
            case "end":
                guard try body.bool() else { throw body.error("end takes true") }
                kind = .end
            default:
                let fieldsMap = try body.mapping()
                var pairs: [(field: String, value: String)] = []
                for (keyNode, valueNode) in fieldsMap.mapping {
                    let key = body.child(keyNode, keyNode.string ?? "")
                    let name = try key.string()
                    guard fields.contains(name) else {
                        throw key.error("unknown field \"\(name)\"; expected one of: \(fields.sorted().joined(separator: ", "))")
                    }
                    pairs.append((name, try body.child(valueNode, name).string()))
                }
                guard !pairs.isEmpty else { throw body.error("give at least one field") }
                kind = .set(pairs)
            }
            result.append(Play.Action(at: at, kind: kind, place: item.place))
        }
        guard !result.isEmpty else { throw value.error("give at least one action") }
        return result
    }
}
