import ArgumentParser
import CoachEngine
import CoachText
import CoachStore
import ComplaintDomain
import Foundation

/// `coach cases`: the cases at the desk, newest first; overdue ones stand out.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List cases, newest first: open ones by default; overdue ones stand out.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Filed cases too.") var all = false
    @Flag(help: "Only cases past their deadline and not handled.") var overdue = false
    @Flag(name: .customLong("due-today"), help: "Only cases due today.") var dueToday = false
    @Flag(help: "Only cases I took.") var mine = false
    @Flag(help: "Training calls too.") var training = false
    @Option(help: "Only this building.") var building: String?
    @Option(help: "Only this stage (\(Stage.allCases.map(\.rawValue).joined(separator: ", "))).") var stage: Stage?
    @Option(help: "Only this nature (ordinary, urgent).") var nature: Nature?

    func run() throws {
        try Failure.report {
            let (catalogue, store) = try Startup.load(options)
            let language = options.language
            let now = Date()
            let calendar = catalogue.organization.calendar
            let filter = CaseFilter(stage: stage, nature: nature, building: building, receivedBy: mine ? options.staffID : nil,
                                    openOnly: !all, includeTraining: training)
            var files: [CaseFile]
            do { files = try store.files(filter) } catch { throw Failure("\(error)") }
            if overdue { files = files.filter { $0.isOverdue(at: now) } }
            if dueToday {
                let today = calendar.localDate(of: now)
                files = files.filter { file in file.life.deadline.map { calendar.localDate(of: $0) == today } ?? false }
            }
            guard !files.isEmpty else {
                print(language.pick("沒有符合的個案。", "没有符合的个案。", "No cases match."))
                return
            }
            let text = CaseText(organization: catalogue.organization, language: language)
            var table = TextTable(header: text.listHeader)
            table.rows = files.map { text.listRow($0, at: now) }
            let presenter = Presenter(interactive: isatty(STDOUT_FILENO) == 1, environment: options.environment)
            let lines = table.render()
            print(presenter.render(OutputLine(.heading, lines[0])))
            for (file, line) in zip(files, lines.dropFirst()) {
                print(presenter.render(OutputLine(file.isOverdue(at: now) ? .error : .plain, line)))
            }
        }
    }
}

extension Stage: ExpressibleByArgument {}
extension Nature: ExpressibleByArgument {}
