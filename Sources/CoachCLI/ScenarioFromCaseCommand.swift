import ArgumentParser
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Guidance

/// `coach scenario from-case N [-o FILE]`: a scenario draft from a received case, with every
/// personal datum replaced by a consistent stand-in (guideline 12 with the office's own calls).
struct ScenarioFromCaseCommand: OfficeCommand {
    static let configuration = CommandConfiguration(
        commandName: "from-case",
        abstract: "Draft a training scenario from a received case, names, numbers and places replaced by stand-ins.",
        discussion: """
            coach scenario from-case 261129-007                                  the draft on standard output
            coach scenario from-case 261129-007 -o guidance/scenarios/leak-again.yaml   its id is the file's name
            The caller's words become the opening; the facts the record holds (since, where, wants, cause, others) \
            facts to draw out; the case's classification what is expected. Names, phone numbers, units, buildings, \
            e-mail addresses and other numbers are replaced, the same one by the same stand-in throughout; the day \
            moves back by whole weeks to one with the same routing. A draft, a voided case or a training call is \
            refused and nothing is written. Check the draft, then add its plays (guidance/scenarios/README.md).
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The case number, e.g. 261129-007.", transform: CaseNumber.parse)
    var caseNumber: CaseNumber

    @Option(name: [.short, .long], help: "Write the draft to this file (created 0600); its name is the scenario's id.")
    var output: String?

    @Flag(help: "Replace the -o file if it exists (never the database).")
    var force = false

    var readsOnly: Bool { true }

    func run() throws {
        try runInOffice()
    }

    func lines(in office: CaseOffice, at now: Date) throws -> [OutputLine] {
        // A file the draft may not go to is refused before anything is read.
        let export = output.map { ExportFile(path: $0, force: force, database: office.store.path, language: office.language) }
        try export?.check()
        let file = try office.file(caseNumber)
        let events = try office.store.transcript(of: caseNumber)
        let id = output.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
            ?? "draft-" + (file.record.category ?? "case")
        let drill = CaseDrill(organization: office.organization)
        let draft: CaseDrill.Draft
        switch drill.draft(file, events: events, id: id, wording: DrillWords.wording) {
        case .success(let made): draft = made
        case .failure(let refusal):
            throw Failure(DrillText(organization: office.organization, language: office.language).refusal(refusal, caseNumber))
        }
        let header = DrillText(organization: office.organization, language: office.language).header(draft)
        let yaml = ScenarioWriter.yaml(draft.scenario, calendar: office.organization.calendar, header: header)
        guard let output, let export else {
            return yaml.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { OutputLine(.plain, String($0)) }
        }
        try export.write(yaml)
        return [OutputLine(.plain, office.language.pick("已寫入 \(output)", "已写入 \(output)", "Written to \(output)"))]
    }
}
