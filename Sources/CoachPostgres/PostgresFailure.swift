import CoachStore
import Foundation
import PostgresNIO

/// What went wrong talking to the server, in words a person can act on: one line, naming the
/// database without its password.
enum PostgresFailure {
    static func storeError(_ error: any Error, at location: PostgresLocation) -> StoreError {
        let name = location.description
        if let error = error as? StoreError { return error }
        guard let error = error as? PSQLError else {
            return .cannotOpen(path: name, reason: reason(of: error, location))
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "the server refused"
            switch state {
            case "28P01", "28000":
                return .cannotOpen(path: name, reason: "the server refused the login of \(location.user) (\(message)); "
                    + "check the user, and the password in PGPASSWORD or ~/.pgpass")
            case "3D000":
                return .cannotOpen(path: name, reason: "the server has no database named \(location.database)")
            case "42501":
                return .readOnly(path: "\(name) (\(message))")
            case "57P01", "57P02", "57P03", "08006", "08003", "08001":
                return .cannotOpen(path: name, reason: "the server is not taking connections (\(message))")
            case "53300":
                return .cannotOpen(path: name, reason: "the server has too many connections (\(message))")
            case "55P03", "40P01", "40001":
                return .locked(path: name)
            default:
                return .cannotOpen(path: name, reason: "\(message) (SQLSTATE \(state))")
            }
        case .sslUnsupported:
            return .cannotOpen(path: name, reason: "the server does not offer TLS, which sslmode=\(location.tls.rawValue) needs")
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return .cannotOpen(path: name, reason: "the connection to the server was lost")
        case .connectionError:
            return .cannotOpen(path: name, reason: error.underlying.map { reason(of: $0, location) } ?? "no server answers")
        case .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError:
            return .cannotOpen(path: name, reason: "the server asks for a password for \(location.user) and none was given "
                + "(set PGPASSWORD, or add a line to ~/.pgpass)")
        default:
            return .cannotOpen(path: name, reason: "\(error.code)")
        }
    }

    /// A transaction that never reached the server: its connection was found gone at `BEGIN`.
    struct Unsent: Error {
        let error: any Error
    }

    /// Whether the connection is gone (so the link makes a new one next time).
    static func isLostConnection(_ error: any Error) -> Bool {
        if error is Unsent { return true }
        guard let error = error as? PSQLError else { return false }
        return [.serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .connectionError].contains(error.code)
    }

    /// Words for an error from below PostgresNIO: a refused connection, a timeout, a name that
    /// does not resolve.
    private static func reason(of error: any Error, _ location: PostgresLocation) -> String {
        let server = location.socketFolder.map { "the socket in \($0)" } ?? "\(location.host):\(location.port)"
        if let error = error as? IOError {
            if error.errnoCode == ECONNREFUSED || error.errnoCode == ENOENT {
                return "no PostgreSQL server answers at \(server) (is it running?)"
            }
            return "\(server): \(String(cString: strerror(error.errnoCode)))"
        }
        if error is NIOConnectionError || "\(error)".contains("connectionRefused") || "\(error)".contains("refused") {
            return "no PostgreSQL server answers at \(server) (is it running?)"
        }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return "no PostgreSQL server answered at \(server) in time"
        }
        return "\(server): \(error)"
    }
}
