import ArgumentParser

/// `coach db`: looking after the database itself, for whoever runs it.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Set up a shared PostgreSQL database for the desks.",
        subcommands: [DbInitCommand.self, DbCopyCommand.self])
}
