import ArgumentParser
import CoachEngine
import CoachText
import CoachStore
import ComplaintDomain
import Foundation

/// `coach cases`: the cases at the desk, newest first; overdue ones stand out. Calls still being
/// taken (drafts) are cases too: urgent ones come first, marked `!`.
struct CasesCommand: OfficeCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List cases, newest first: open ones and drafts by default (urgent drafts first, marked !); overdue ones stand out.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Filed cases too.") var all = false
    @Flag(help: "Only cases past their deadline and not handled.") var overdue = false
    @Flag(name: .customLong("due-today"), help: "Only cases due today.") var dueToday = false
    @Flag(help: "Only cases I took.") var mine = false
    @Flag(help: "Training calls too.") var training = false
    @Option(help: "Only this building.") var building: String?
    @Option(help: "Only this stage (\(Stage.expected)).", transform: Stage.parse) var stage: Stage?
    @Option(help: "Only this nature (ordinary, urgent).", transform: Nature.parse) var nature: Nature?

    var readsOnly: Bool { true }

    func run() throws {
        try runInOffice()
    }

    func lines(in office: CaseOffice, at now: Date) throws -> [OutputLine] {
        let calendar = office.organization.calendar
        let filter = CaseFilter(stage: stage, nature: nature, building: building, receivedBy: mine ? office.staff : nil,
                                openOnly: !all, includeDrafts: true, includeTraining: training)
        var files = try office.store.files(filter)
        // A call still being taken that sounds urgent is the first thing a desk must see.
        let urgentDraft = { (file: CaseFile) in file.record.stage == .draft && file.record.nature == .urgent }
        files = files.filter(urgentDraft) + files.filter { !urgentDraft($0) }
        if overdue { files = files.filter { $0.isOverdue(at: now) } }
        if dueToday {
            let today = calendar.localDate(of: now)
            files = files.filter { file in file.life.deadline.map { calendar.localDate(of: $0) == today } ?? false }
        }
        guard !files.isEmpty else {
            return [OutputLine(.plain, office.language.pick("沒有符合的個案。", "没有符合的个案。", "No cases match."))]
        }
        var table = TextTable(header: office.text.listHeader)
        table.rows = files.map { office.text.listRow($0, at: now) }
        let lines = table.render()
        return [OutputLine(.heading, "  " + lines[0])] + zip(files, lines.dropFirst()).map { file, line in
            urgentDraft(file) ? OutputLine(.warning, "! " + line) : OutputLine(file.isOverdue(at: now) ? .error : .plain, "  " + line)
        }
    }
}
