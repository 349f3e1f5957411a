import ArgumentParser
import CoachEngine
import CoachStore
import ComplaintDomain
import Foundation

/// `coach case N [ACTION …]`: one case — its record, stage, deadline, what is next and who
/// must do it — or an action on it.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Show a case, or act on it: propose, approve, dispatch, assign, escalate, feedback, reply, follow-up, file.",
        discussion: """
            coach case 261129-007                          the case, what is next and who must do it
            coach case 261129-007 propose 派工程部檢查喉管     group lead: register and propose (ordinary)
            coach case 261129-007 approve                  supervisor approves the proposal
            coach case 261129-007 dispatch engineering     urgent / after hours: set a department to work
            coach case 261129-007 assign cleaning          tell another department to act
            coach case 261129-007 escalate                 beyond the duty manager's authority (urgent)
            coach case 261129-007 feedback 已更換喉管         the department's result (regulation 7)
            coach case 261129-007 reply [--via letter --reason …]   answered the way it came (regulation 8)
            coach case 261129-007 follow-up 4 對方滿意         the follow-up call, satisfaction 1–5 (guideline 8)
            coach case 261129-007 file --integrity         file it, confirming the integrity note (regulation 9)
            Who may do each is set by the regulation; a refusal says who may.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The case number, e.g. 261129-007.")
    var caseNumber: String

    @Argument(help: "An action and what it needs (a department, a satisfaction score, words).")
    var action: [String] = []

    @Option(help: "reply: how it was answered, when not the way it came (visit, letter, phone, other).")
    var via: String?

    @Option(help: "reply: why it was answered another way.")
    var reason: String?

    @Flag(help: "file: confirm the integrity note (guideline 11).")
    var integrity = false

    func run() throws {
        try Failure.report {
            guard let number = CaseNumber(caseNumber) else {
                throw Failure("\(caseNumber) is not a case number (like 261129-007)", code: 2)
            }
            let (catalogue, store) = try Startup.load(options)
            let office = CaseOffice(catalogue: catalogue, store: store, language: options.language, staff: options.staffID)
            let presenter = Presenter(interactive: isatty(STDOUT_FILENO) == 1, environment: options.environment)
            var words = action.isEmpty ? [] : [action[0], caseNumber] + action.dropFirst()
            if let via { words += ["--via", via] }
            if let reason { words += ["--reason", reason] }
            if integrity { words.append("--integrity") }
            let lines = action.isEmpty ? try office.show(number) : try office.act(words)
            for line in lines { print(presenter.render(line)) }
        }
    }
}
