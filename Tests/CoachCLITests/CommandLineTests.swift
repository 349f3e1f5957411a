import Foundation
import Testing

/// The command line as a newcomer meets it: --help, --version, and the guidance check.
@Suite struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try CoachProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try CoachProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("COACH_GUIDANCE"))
        #expect(help.stdout.contains("route"))
        for command in ["route", "guidance"] {
            let sub = try CoachProcess.run([command, "--help"])
            #expect(sub.status == 0, "\(command) --help")
            #expect(sub.stdout.contains("--guidance"))
        }
    }

    @Test func guidanceCheckSummarisesTheShippedFolder() throws {
        let result = try CoachProcess.run(["guidance", "--guidance", CoachProcess.guidance.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("12 guidelines, 9 articles"))
    }

    @Test func guidanceIsFoundThroughTheEnvironment() throws {
        let result = try CoachProcess.run(["guidance"], environment: ["COACH_GUIDANCE": CoachProcess.guidance.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("(COACH_GUIDANCE)"))
    }

    @Test func aBrokenGuidanceFileIsNamedWithItsLine() throws {
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["guidelines.yaml", "regulation.yaml", "organization.yaml", "urgency.yaml"] {
            try FileManager.default.copyItem(at: CoachProcess.guidance.appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        let file = folder.appendingPathComponent("organization.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("time_zone:") })
        lines[index] = "time_zone: Asia/Gotham"
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)

        let result = try CoachProcess.run(["guidance", "--guidance", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("organization.yaml:\(index + 1):"))
        #expect(result.stderr.contains("Asia/Gotham"))
        let routed = try CoachProcess.run(["route", "--guidance", folder.path],
                                          stdin: #"{"channel":"phone","received_at":"2026-11-27T20:00:00Z"}"#)
        #expect(routed.status == 1)
        #expect(routed.stdout.isEmpty)
    }

    @Test func aMissingGuidanceFolderIsExplained() throws {
        let result = try CoachProcess.run(["guidance", "--guidance", "/nonexistent/guidance"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("guidelines.yaml"))
        #expect(result.stderr.contains("missing"))
    }
}
