import CivilTime
import Foundation
import ComplaintDomain
import Training

/// A scenario written as guidance/scenarios/<id>.yaml (format version 2), as `ScenarioFile`
/// reads it back: for drafts a trainer finishes by hand. Every text is double-quoted, so no word
/// of a caller's (a colon, a #, a leading dash) can change the file's shape.
public enum ScenarioWriter {
    /// The file's text; `header` lines become comments at its top.
    public static func yaml(_ scenario: Scenario, calendar: WorkingCalendar, header: [String]) -> String {
        var lines = header.map { "# " + $0 }
        let persona = scenario.persona
        lines += [
            "id: \(quoted(scenario.id))",
            "language: \(scenario.language.rawValue)",
            "title: \(quoted(scenario.title))",
            "summary: \(quoted(scenario.summary))",
            "received_at: \(quoted(calendar.iso8601(scenario.receivedAt)))",
            "channel: \(scenario.channel.rawValue)",
            "persona:",
            "  name: \(quoted(persona.name))",
            "  standing: \(persona.standing.rawValue)",
            "  building: \(quoted(persona.building))",
            "  unit: \(quoted(persona.unit))",
            "  contact: \(quoted(persona.contact))",
        ]
        if let manner = persona.manner { lines.append("  manner: \(quoted(manner))") }
        lines.append("mood: \(scenario.mood.rawValue)")
        lines.append("opening:")
        lines += scenario.opening.map { "  - \(quoted($0))" }
        if scenario.facts.isEmpty {
            lines.append("facts: []")
        } else {
            lines.append("facts:")
            for fact in scenario.facts {
                lines += [
                    "  - id: \(quoted(fact.id))",
                    "    field: \(fact.field.rawValue)",
                    "    answer: \(quoted(fact.answer))",
                    "    asked_by: \(list(fact.askedBy))",
                    "    in_record: \(list(fact.inRecord))",
                ]
            }
        }
        lines.append("unknown_answer: \(quoted(scenario.unknownAnswer))")
        lines.append("reactions:")
        let reactions = scenario.reactions
        for (name, variants) in [("calmer", reactions.calmer), ("angrier", reactions.angrier), ("interrupted", reactions.interrupted),
                                 ("repeated", reactions.repeated), ("puzzled", reactions.puzzled)] where !variants.isEmpty {
            lines.append("  \(name):")
            lines += variants.map { "    - \(quoted($0))" }
        }
        let expect = scenario.expect
        lines += [
            "expect:",
            "  kind: \(expect.kind.rawValue)",
            "  nature: \(expect.nature.rawValue)",
            "  category: \(quoted(expect.category))",
            "  coordinate: \(expect.coordinate)",
        ]
        if !expect.cause.isEmpty { lines.append("  cause: \(list(expect.cause))") }
        if !expect.coordinateWith.isEmpty { lines.append("  coordinate_with: \(list(expect.coordinateWith))") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// A YAML double-quoted scalar: backslash, quote and every control character escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
