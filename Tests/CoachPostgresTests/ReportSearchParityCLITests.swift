import CoachStore
import Foundation
import Testing

/// `coach report` and `coach search`, the real binary, print the same on a PostgreSQL URL as on
/// the SQLite file holding the same cases: every format and language of the report, for months,
/// other periods and one building; searches of every length with their filters.
@Suite("coach report and coach search on both engines")
struct ReportSearchParityCLITests {
    /// `coach` beside this test bundle, in the same build folder.
    static var binary: URL {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent()
        return folder.appendingPathComponent("coach")
    }

    /// The checkout's shipped guidance folder.
    static var guidance: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("guidance").path
    }

    struct Output: Equatable, CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String

        var description: String { "exit \(status)\n\(stdout)\(stderr.isEmpty ? "" : "stderr: \(stderr)")" }
    }

    /// Runs `coach` to its end; what it prints goes through files in `folder`, so a long
    /// report never waits on a full pipe.
    static func coach(_ arguments: [String], db: String, in folder: URL, environment: [String: String]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        // The options straight after the command's name, before any `--` that ends them.
        process.arguments = Array(arguments.prefix(1)) + ["--guidance", guidance, "--db", db, "--staff", "cheung.wl"] + arguments.dropFirst()
        process.environment = environment.merging(["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1",
                                                   "SWIFT_BACKTRACE": "interactive=no"]) { $1 }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        for file in [out, err] { FileManager.default.createFile(atPath: file.path, contents: nil) }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Runs `coach` with the same arguments on both engines; their outputs must be the same.
    @discardableResult
    static func agree(_ pair: EnginePair, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Output {
        let outputs = try pair.databaseArguments.map { try coach(arguments, db: $0, in: pair.folder, environment: pair.environment) }
        #expect(outputs[1] == outputs[0], "coach \(arguments.joined(separator: " "))\n--- SQLite:\n\(outputs[0])\n--- PostgreSQL:\n\(outputs[1])",
                sourceLocation: sourceLocation)
        #expect(outputs[0].status == 0, "coach \(arguments.joined(separator: " ")): \(outputs[0])", sourceLocation: sourceLocation)
        return outputs[0]
    }

    @Test func theReportIsTheSame() throws {
        guard let pair = try EnginePair() else { return }
        let cases = FiguresParityTests.cases
        try pair.fill { try $0.importCases(cases) }
        for month in ["2026-09", "2026-10", "2026-11", "2026-12"] {
            let table = try Self.agree(pair, ["report", "--month", month, "--lang", "en"])
            #expect(table.stdout.contains("Complaint handling, \(month)"))
            for format in ["csv", "json", "md", "html"] {
                try Self.agree(pair, ["report", "--month", month, "--format", format, "--lang", "zh-Hant"])
            }
            for building in ["A座", "海濱1座", "無此座"] {
                try Self.agree(pair, ["report", "--month", month, "--building", building, "--lang", "zh-Hans"])
            }
        }
        try Self.agree(pair, ["report", "--from", "2026-10-15", "--to", "2026-11-15", "--lang", "en", "--format", "csv"])
        try Self.agree(pair, ["report", "--from", "2026-11-01", "--to", "2026-11-01", "--lang", "en"])
    }

    @Test func searchesAreTheSame() throws {
        guard let pair = try EnginePair() else { return }
        let history = SearchParityTests.history
        try pair.fill { store in
            try store.importCases(Array(history[..<80]))
            try SearchParityTests.takeLive(store)
            try store.importCases(Array(history[80...]))
        }
        var found = 0
        for text in ["漏", "B", "漏水", "電梯", "B座", "電梯坏", "天花漏水", "lift b", "ＬＩＦＴ", "12/F", "-minus", "100%", "冷氣機壞", "工程部"] {
            let output = try Self.agree(pair, ["search", "--lang", "en", "--", text])
            if !output.stdout.hasPrefix("Nothing found") { found += 1 }
            try Self.agree(pair, ["search", "--lang", "zh-Hant", "--training", "--limit", "5", "--", text])
            try Self.agree(pair, ["search", "--lang", "en", "--building", "B座", "--from", "2026-09-01", "--to", "2026-11-30", "--", text])
            try Self.agree(pair, ["search", "--lang", "zh-Hans", "--stage", "archived", "--", text])
        }
        #expect(found >= 10)
        try Self.agree(pair, ["search", "--lang", "en", "--", "---"])
    }
}
