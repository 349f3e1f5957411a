import Foundation
import Testing

/// `coach` is built without the PostgreSQL engine and hands a command that needs it to
/// `coach-postgres` beside it; without that program it says how to build it, in one line,
/// touching nothing.
@Suite struct PostgresHandoverCLITests {
    @Test func withoutCoachPostgresBesideItCoachSaysHowToBuildIt() throws {
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = folder.appendingPathComponent("coach")
        try FileManager.default.copyItem(at: CoachProcess.binary, to: alone)
        let process = Process()
        process.executableURL = alone
        process.arguments = ["cases", "--db", "postgres://coach@127.0.0.1:1/coach", "--lang", "en", "--staff", "chan.mw",
                             "--guidance", CoachProcess.guidance.path]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(said.hasPrefix("coach: a PostgreSQL database needs coach-postgres beside coach"), "\(said)")
        #expect(said.contains("swift build --product coach-postgres") && said.split(separator: "\n").count == 1, "\(said)")
    }

    @Test func besideItCoachBecomesCoachPostgres() throws {
        // A URL no server answers: the message is the PostgreSQL engine's own, so coach-postgres ran.
        let result = try CoachProcess.run(["cases", "--db", "postgres://coach@127.0.0.1:1/coach", "--lang", "en", "--staff", "chan.mw",
                                           "--guidance", CoachProcess.guidance.path])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("needs coach-postgres") && result.stderr.contains("127.0.0.1"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }
}
