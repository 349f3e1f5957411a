import ArgumentParser
import ComplaintDomain
import Foundation

/// A failure the user can act on: one line on stderr, then the given exit code.
///
/// Commands throw it (or let a StoreError, a guidance error or ArgumentParser's own error
/// through); `Coach.main` is the one place any error becomes `coach: message` and a status.
struct Failure: Error, CustomStringConvertible {
    var message: String
    var code: Int32

    init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }

    /// Any error as the user sees it. A command line the parser refused (a bad value, a
    /// missing argument, an unknown option, a `validate()` error) exits 2; an `ExitCode` keeps
    /// its status and says nothing; anything else exits 1 with its description.
    init(_ error: any Error) {
        switch error {
        case let failure as Failure:
            self = failure
        case let exit as ExitCode:
            self.init("", code: exit.rawValue)
        default:
            let usage = Coach.exitCode(for: error) == .validationFailure
            self.init(Coach.message(for: error), code: usage ? 2 : 1)
        }
    }

    var description: String { message }

}
