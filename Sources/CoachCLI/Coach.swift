import ArgumentParser
import ComplaintDomain
import Foundation
import Guidance

/// The `coach` command: coaching the person at the desk through a complaint. Both executables
/// run it (`coach`, and `coach-postgres` with the PostgreSQL engine).
public struct Coach: ParsableCommand {
    static let version = "0.1.0"

    public init() {}

    public static let configuration = CommandConfiguration(
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
        subcommands: [IntakeCommand.self, ResumeCommand.self, CasesCommand.self, QueueCommand.self, CaseCommand.self, DeskCommand.self, TrainCommand.self,
                      ReviewCommand.self, CalibrationCommand.self, ScenarioCommand.self, ReportCommand.self, SearchCommand.self, ProgressCommand.self,
                      VerifyCommand.self, DbCommand.self,
                      RouteCommand.self, GuidanceCommand.self, HearCommand.self],
        defaultSubcommand: IntakeCommand.self)
}

extension Coach {
    /// Parses the command line, runs the command, and turns whatever it throws into
    /// `coach: message` on stderr and the exit status — here, not in every `run()`.
    /// A refused command line exits 2 and is followed by ArgumentParser's usage.
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // --help, help CMD, --version: ArgumentParser prints them and exits 0.
            if exitCode(for: error) == .success { exit(withError: error) }
            let failure = Failure(error)
            // What was typed may be in the message: Failure made it one short, safe line
            // (no escape sequence, no line break, a long value cut with …).
            var text = failure.message.isEmpty ? "" : "coach: \(failure.message)\n"
            if failure.code == 2, !(error is Failure), let usage = usage(after: error) {
                text += usage
            }
            FileHandle.standardError.write(Data(text.utf8))
            Foundation.exit(failure.code)
        }
    }

    /// ArgumentParser's usage lines for a refused command line (`Usage: coach report …` and
    /// `See 'coach report --help'…`), without its own `Error:` line.
    private static func usage(after error: any Error) -> String? {
        guard exitCode(for: error) == .validationFailure else { return nil }
        let full = fullMessage(for: error)
        let first = "Error: \(message(for: error))\n"
        guard full.hasPrefix(first) else { return nil }
        let rest = full.dropFirst(first.count)
        guard !rest.isEmpty else { return nil }
        return rest.hasSuffix("\n") ? String(rest) : rest + "\n"
    }
}
