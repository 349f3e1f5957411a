import Foundation
import Testing

/// The short version of `scripts/torture` (reliability point 7) against the binary these tests
/// built: 20 kill -9 at random moments across intake, resume, training, desk actions and first-run
/// creation, with every acknowledged line, `verify` and `PRAGMA integrity_check` checked after
/// each; 2 desks × 10 intakes with case actions, races, reports and searches on one database; and
/// every file and line of Tests/TortureCorpus. It prints its figures and exits 0 only when nothing
/// was lost, no update was lost, no error was shown and nothing crashed.
@Suite struct TortureShortTests {
    static var checkout: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test(.timeLimit(.minutes(10)))
    func theShortTortureRunPasses() throws {
        let script = Self.checkout.appendingPathComponent("scripts/torture")
        try #require(FileManager.default.isExecutableFile(atPath: script.path), "scripts/torture is missing")
        try #require(FileManager.default.isExecutableFile(atPath: CoachProcess.binary.path), "no built coach at \(CoachProcess.binary.path)")

        let process = Process()
        process.executableURL = script
        process.arguments = ["--short", "--coach", CoachProcess.binary.path]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = (environment["PATH"].map { $0 + ":" } ?? "") + "/usr/local/bin:/usr/bin:/bin"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        let figures = text.components(separatedBy: "== figures").last ?? text
        #expect(process.terminationStatus == 0, "scripts/torture --short failed:\n\(figures)")
        #expect(text.contains("PASSED"), "no PASSED line:\n\(figures)")
        // The figures it promises are printed.
        for figure in ["kills.kill -9", "kills.acknowledged lines checked", "kills.lost lines", "desks.intakes saved",
                       "desks.cases lost", "desks.lost updates", "desks.errors shown", "corpus.items", "corpus.crashes"] {
            #expect(text.contains(figure), "no figure “\(figure)”:\n\(figures)")
        }
    }
}
