import CoachStore
import Foundation

/// Where a PostgreSQL database is and how to reach it, from a URL as `--db` or `COACH_DB` give
/// it: `postgres://user@host:5432/database?sslmode=require`, or a unix socket's folder with
/// `?host=/var/run/postgresql`. The password is never taken from a command line where others
/// could read it: it comes from `PGPASSWORD` or `~/.pgpass` (`PGPASSFILE`), as for `psql`.
public struct PostgresLocation: Sendable, Equatable {
    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    /// The folder of the server's unix socket, when connecting through one.
    public var socketFolder: String?
    public var tls: TLSMode
    /// Found in `PGPASSWORD` or the password file; nil when the server asks for none.
    var password: String?

    /// libpq's `sslmode`, the values Coach understands.
    public enum TLSMode: String, Sendable, CaseIterable {
        /// Never: for a server on the same machine or a trusted network.
        case disable
        /// When the server offers it (libpq's default).
        case prefer
        /// Always, without checking the server's certificate.
        case require
        /// Always, checking the certificate against the system's authorities and the host name.
        case verifyFull = "verify-full"
    }

    /// Whether `--db`/`COACH_DB` names a PostgreSQL database rather than a SQLite file.
    public static func names(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The URL as messages show it: never with a password.
    public var description: String {
        var text = "postgres://\(user)@\(socketFolder == nil ? host : "")"
        if socketFolder == nil { text += ":\(port)" }
        text += "/\(database)"
        var query: [String] = []
        if let socketFolder { query.append("host=\(socketFolder)") }
        if tls != .prefer { query.append("sslmode=\(tls.rawValue)") }
        return query.isEmpty ? text : text + "?" + query.joined(separator: "&")
    }

    /// Reads a URL; a part Coach cannot use is one clear line (`StoreError.badLocation`).
    public init(url text: String, environment: [String: String]) throws(StoreError) {
        let shown = Self.withoutPassword(text)
        func bad(_ reason: String) -> StoreError { .badLocation(url: shown, reason: reason) }
        guard Self.names(text) else { throw bad("it does not start with postgres:// or postgresql://") }
        guard let components = URLComponents(string: text) else { throw bad("it is not a well-formed URL") }
        if let port = components.port {
            guard (1...65535).contains(port) else { throw bad("the port must be between 1 and 65535") }
            self.port = port
        } else {
            port = Int(environment["PGPORT"] ?? "") ?? 5432
        }
        let login = environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
        user = components.user.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["PGUSER"] ?? login
        host = components.host.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        let name = String(components.path.drop { $0 == "/" }).removingPercentEncoding ?? ""
        guard !name.contains("/") else { throw bad("the database name cannot contain '/'") }
        database = name.isEmpty ? (environment["PGDATABASE"] ?? user) : name
        tls = .prefer
        socketFolder = nil
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw bad("sslmode must be one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
                }
                tls = mode
            case "host":
                guard value.hasPrefix("/") else { throw bad("host= in the query is a socket's folder and must start with /") }
                socketFolder = value
            case "application_name", "connect_timeout":
                break
            default:
                throw bad("Coach does not understand the parameter '\(item.name)' (it knows sslmode and host)")
            }
        }
        if socketFolder != nil, tls == .require || tls == .verifyFull {
            throw bad("a unix socket does not use TLS: leave out sslmode=\(tls.rawValue)")
        }
        // A command line (or a variable copied into one) can be read by others on the machine.
        if components.password != nil {
            throw bad("a password in the URL can be read by others on this machine; give it in PGPASSWORD or ~/.pgpass")
        }
        password = environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            ?? PasswordFile.password(host: socketFolder == nil ? host : "localhost", port: port, database: database, user: user,
                                     environment: environment)
    }

    /// The same database on the same server under another name (a test's own database, or the
    /// maintenance database `coach db init` and the tests create databases from).
    public func with(database name: String) -> PostgresLocation {
        var copy = self
        copy.database = name
        return copy
    }

    /// The same server, as another role.
    public func with(user name: String, password: String?) -> PostgresLocation {
        var copy = self
        copy.user = name
        copy.password = password
        return copy
    }

    /// `text` with any password between `://user:` and `@` replaced, for messages.
    static func withoutPassword(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].firstIndex(of: "@") else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}
