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
        let uncovered = Role.allCases.filter { $0 != .propertyDepartment && org.staff(holding: $0).isEmpty }
        if !uncovered.isEmpty {
            print("  note: nobody on the roster holds \(uncovered.map(\.rawValue).joined(separator: ", "))")
        }
    }
}
