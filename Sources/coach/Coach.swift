import ArgumentParser
import Guidance

/// The `coach` command: coaching the person at the desk through a complaint.
@main
struct Coach: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Coaches the person at the desk through an owner's or occupant's complaint.",
        discussion: """
            Guidance (guidelines, regulation, organisation, urgency words) is read at every start from:
              1. --guidance DIR
              2. $COACH_GUIDANCE
              3. guidance/ beside the coach binary, ../share/coach/guidance, or the checkout it was built in.
            The database is $COACH_DB or --db, else $XDG_DATA_HOME/coach/coach.sqlite (~/.local/share/coach/).
            """,
        version: version,
        subcommands: [IntakeCommand.self, ResumeCommand.self, CasesCommand.self, CaseCommand.self, DeskCommand.self, TrainCommand.self,
                      ReviewCommand.self, ReportCommand.self, SearchCommand.self, ProgressCommand.self, VerifyCommand.self,
                      RouteCommand.self, GuidanceCommand.self],
        defaultSubcommand: IntakeCommand.self)
}
