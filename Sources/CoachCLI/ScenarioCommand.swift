import ArgumentParser

/// `coach scenario …`: training scenarios made from the office's own material.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Training scenarios from the office's own calls.",
        subcommands: [ScenarioFromCaseCommand.self])
}
