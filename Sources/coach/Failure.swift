import ArgumentParser
import Foundation

/// A failure the user can act on: one line on stderr, then the given exit code.
struct Failure: Error, CustomStringConvertible {
    var message: String
    var code: Int32

    init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }

    var description: String { message }

    /// Prints `coach: message` and exits; used by every command's `run()`.
    static func report(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data("coach: \(failure.message)\n".utf8))
            throw ExitCode(failure.code)
        }
    }
}
