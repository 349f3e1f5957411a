import ArgumentParser
import ComplaintDomain
import Foundation
import Guidance

/// `coach guidance`: checks the guidance folder and says what Coach will use.
struct GuidanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guidance",
        abstract: "Check the guidance folder and summarise it (exit 1 with file:line:column on an error).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let (catalogue, location) = try options.loadGuidance()
        let org = catalogue.organization
        let lang = options.language
        let days = org.calendar.workingDays.sorted().map { $0.name(in: lang) }.joined(separator: lang == .en ? ", " : "、")
        print("\(location.directory.path) (\(location.source.rawValue))")
        print("  \(org.name[lang])")
        print("  \(catalogue.guidelines.count) guidelines, \(catalogue.articles.count) articles, \(catalogue.urgency.hints.count) urgency hints")
        print("  \(days) \(org.calendar.opens)–\(org.calendar.closes), \(org.calendar.zone.identifier), \(org.calendar.holidays.count) holidays")
        print("  \(org.staff.count) staff, \(org.departments.count) departments")
        let material = try options.loadTraining(catalogue)
        print("  \(material.scenarios.count) training scenarios, phrase lexicons in \(material.speech.terms.count) languages")
        // Each play a scenario carries must still get its score: a change to the lexicons, the
        // rubric or the scenario that breaks one is caught here.
        var failures: [String] = []
        var plays = 0, missed = 0
        for scenario in material.scenarios {
            for play in scenario.plays {
                plays += 1
                let played = PlayedCall(play, scenario: scenario, catalogue: catalogue, material: material, language: lang,
                                        staff: org.staff.first?.id ?? "trainee")
                missed += played.unmet.isEmpty ? 0 : 1
                failures += played.unmet.map { "\(play.place): \(scenario.id), play \"\(play.name)\": \($0)" }
            }
        }
        if plays > 0 { print("  \(plays) scripted plays, \(plays - missed) as expected") }
        if !failures.isEmpty {
            for failure in failures { FileHandle.standardError.write(Data(("coach: " + failure + "\n").utf8)) }
            throw Failure("\(missed) of \(plays) scripted plays missed what they expect")
        }
        let uncovered = Role.allCases.filter { $0 != .propertyDepartment && org.staff(holding: $0).isEmpty }
        if !uncovered.isEmpty {
            print("  note: nobody on the roster holds \(uncovered.map(\.rawValue).joined(separator: ", "))")
        }
    }
}
