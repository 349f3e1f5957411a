import Foundation
import GoldenFiles
import Testing

/// The help a newcomer reads, byte for byte: `coach --help` and each subcommand's help, at 80
/// columns and without colour, against Golden/help/<name>.txt beside this file, so that every
/// change to a help text is seen in review.
///
/// After changing a help text on purpose, run the tests once with `COACH_UPDATE_GOLDEN=1`: they
/// then write the golden files instead of comparing, and the files' diff shows what changed.
@Suite struct HelpOutputTests {
    /// The subcommands listed in Sources/CoachCLI/Coach.swift, in its order.
    static let subcommands = ["intake", "resume", "cases", "queue", "case", "desk", "train", "review", "calibration", "scenario", "report", "search",
                              "progress", "verify", "db", "route", "guidance", "hear"]

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/help")

    @Test func topLevelHelp() throws {
        try expectGolden("coach", arguments: ["--help"])
    }

    /// Both ways of asking must print the same text, the one in the golden file.
    @Test(arguments: subcommands)
    func subcommandHelp(_ name: String) throws {
        try expectGolden(name, arguments: ["help", name])
        try expectGolden(name, arguments: [name, "--help"])
    }

    /// A subcommand added to Coach.swift but not to `subcommands` would have no golden file; the
    /// binary's own list comes from ArgumentParser's dump of its command tree.
    @Test func everySubcommandIsCovered() throws {
        struct Dump: Decodable {
            struct Command: Decodable {
                var commandName: String
                var subcommands: [Command]?
            }
            var command: Command
        }
        let result = try CoachProcess.run(["--experimental-dump-help"])
        #expect(result.status == 0, "\(result.stderr)")
        let dump = try JSONDecoder().decode(Dump.self, from: Data(result.stdout.utf8))
        let listed = (dump.command.subcommands ?? []).map(\.commandName).filter { $0 != "help" }
        #expect(listed == Self.subcommands)
    }

    /// Runs `coach arguments` and compares its standard output with Golden/help/`name`.txt, or
    /// writes that file when updating. Help is printed from Swift strings, so the output is valid
    /// UTF-8 and its bytes survive the round trip through `String`.
    func expectGolden(_ name: String, arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try CoachProcess.run(arguments, environment: ["COLUMNS": "80", "NO_COLOR": "1"])
        let command = (["coach"] + arguments).joined(separator: " ")
        #expect(result.status == 0, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
        try GoldenFile.expect(result.stdout, in: Self.golden, matches: "\(name).txt", sourceLocation: sourceLocation)
    }
}
