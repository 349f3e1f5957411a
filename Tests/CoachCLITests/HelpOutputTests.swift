import Foundation
import Testing

/// The help a newcomer reads, byte for byte: `coach --help` and each subcommand's help, at 80
/// columns and without colour, against Golden/help/<name>.txt beside this file, so that every
/// change to a help text is seen in review.
///
/// After changing a help text on purpose, run the tests once with `COACH_UPDATE_GOLDEN=1`: they
/// then write the golden files instead of comparing, and the files' diff shows what changed.
@Suite struct HelpOutputTests {
    /// The subcommands listed in Sources/coach/Coach.swift, in its order.
    static let subcommands = ["intake", "resume", "cases", "case", "desk", "train", "review", "report", "search",
                              "progress", "verify", "route", "guidance"]

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/help")

    static let updating = ProcessInfo.processInfo.environment["COACH_UPDATE_GOLDEN"] == "1"

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
        let actual = Data(result.stdout.utf8)
        let file = Self.golden.appendingPathComponent("\(name).txt")
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try actual.write(to: file, options: .atomic)
            return
        }
        guard let expected = try? Data(contentsOf: file) else {
            Issue.record("no golden file Golden/help/\(name).txt; run with COACH_UPDATE_GOLDEN=1 to write it",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, """
            `\(command)` differs from Golden/help/\(name).txt (if the change is meant, rerun with COACH_UPDATE_GOLDEN=1):
            \(Self.firstDifference(golden: expected, actual: actual, command: command))
            """, sourceLocation: sourceLocation)
    }

    /// The first run of differing lines as a unified-diff hunk: up to `context` shared lines before
    /// it, then at most `limit` golden lines (`-`) and actual lines (`+`). Lines are compared as
    /// bytes, so a change in spaces or in the final newline is found too.
    static func firstDifference(golden: Data, actual: Data, command: String, context: Int = 3, limit: Int = 10) -> String {
        let old = lines(golden), new = lines(actual)
        var start = 0
        while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
        var oldEnd = old.count, newEnd = new.count
        while oldEnd > start, newEnd > start, old[oldEnd - 1] == new[newEnd - 1] {
            oldEnd -= 1
            newEnd -= 1
        }
        let from = max(0, start - context)
        var hunk = ["--- golden", "+++ \(command)", "@@ -\(from + 1),\(oldEnd - from) +\(from + 1),\(newEnd - from) @@"]
        hunk += old[from..<start].map { " " + show($0) }
        for (sign, changed) in [("-", old[start..<oldEnd]), ("+", new[start..<newEnd])] {
            hunk += changed.prefix(limit).map { sign + show($0) }
            if changed.count > limit { hunk.append("… \(changed.count - limit) more \(sign) lines") }
        }
        return hunk.joined(separator: "\n")
    }

    /// Lines with their newline, so that a missing final newline is a difference.
    static func lines(_ data: Data) -> [[UInt8]] {
        var lines: [[UInt8]] = [], line: [UInt8] = []
        for byte in data {
            line.append(byte)
            if byte == UInt8(ascii: "\n") {
                lines.append(line)
                line = []
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A line as `diff -u` shows it: without its newline, and marked when it has none.
    static func show(_ line: [UInt8]) -> String {
        guard line.last == UInt8(ascii: "\n") else {
            return String(decoding: line, as: UTF8.self) + "\n\\ No newline at end of file"
        }
        return String(decoding: line.dropLast(), as: UTF8.self)
    }
}
