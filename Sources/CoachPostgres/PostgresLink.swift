import CoachStore
import Foundation
import PostgresNIO

/// The store's one connection to the server, used synchronously: the store's API is
/// synchronous (a turn is written before the next prompt appears), so each statement waits for
/// its future on the calling thread while NIO's shared event loop does the I/O. One piece of work
/// (a transaction) at a time holds the connection. A lost connection is dropped and made again by
/// the next piece of work, which is how a desk's lines go back into the database after the
/// journal kept them.
final class PostgresLink: @unchecked Sendable {
    let location: PostgresLocation
    private let logger: Logger
    /// Guards `connection` and `brief`, and keeps one piece of work on the connection at a time.
    private let lock = NSRecursiveLock()
    private var connection: PostgresConnection?
    /// How long connecting, or waiting for a row another desk holds, may take before the
    /// database counts as unavailable (and the desk keeps the line in the journal).
    let busyTimeout: TimeInterval
    /// A shorter wait while lines are going to the journal (`waiting(atMost:)`).
    private var brief: TimeInterval?

    init(_ location: PostgresLocation, busyTimeout: TimeInterval = 5) {
        self.location = location
        self.busyTimeout = busyTimeout
        var logger = Logger(label: "coach.postgres")
        // The store says what went wrong in its own words; NIO's log lines would only repeat it.
        logger.logLevel = .critical
        self.logger = logger
    }

    deinit {
        if let connection { try? connection.close().wait() }
    }

    /// The wait in force: brief while lines go to the journal, else the busy timeout.
    var wait: TimeInterval {
        lock.lock()
        defer { lock.unlock() }
        return brief ?? busyTimeout
    }

    /// Whether a brief wait is in force (a transaction then lowers its lock timeout to it).
    var isBrief: Bool {
        lock.lock()
        defer { lock.unlock() }
        return brief != nil
    }

    /// Runs `body` on the connection, connecting first when there is none. With `answered`, a
    /// statement that has no answer within the wait and a few seconds more (a server gone
    /// silent, not one that refuses) ends the connection, so a desk writing a line is never
    /// frozen; a report's long read is not cut short.
    func withConnection<T>(answered: Bool = false, _ body: (PostgresTransaction) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let current: PostgresConnection
        if let connection, !connection.isClosed {
            current = connection
        } else {
            connection = nil
            current = try connect()
            connection = current
        }
        let deadline = answered ? TimeAmount.milliseconds(Int64((wait + (brief == nil ? 5 : 2)) * 1000)) : nil
        do {
            return try body(PostgresTransaction(connection: current, logger: logger, deadline: deadline))
        } catch {
            if current.isClosed || PostgresFailure.isLostConnection(error) {
                try? current.close().wait()
                connection = nil
            }
            throw error
        }
    }

    /// Runs `body` with connecting and waiting for rows allowed at most `seconds`.
    func waiting<T>(atMost seconds: TimeInterval, _ body: () throws -> T) rethrows -> T {
        lock.lock()
        let saved = brief
        brief = max(0.05, seconds)
        lock.unlock()
        defer {
            lock.lock()
            brief = saved
            lock.unlock()
        }
        return try body()
    }

    /// Closes the connection (the next piece of work makes a new one).
    func close() {
        lock.lock()
        defer { lock.unlock() }
        if let connection { try? connection.close().wait() }
        connection = nil
    }

    private func connect() throws -> PostgresConnection {
        var configuration: PostgresConnection.Configuration
        if let folder = location.socketFolder {
            configuration = .init(unixSocketPath: folder + "/.s.PGSQL.\(location.port)", username: location.user,
                                  password: location.password, database: location.database)
        } else {
            configuration = .init(host: location.host, port: location.port, username: location.user, password: location.password,
                                  database: location.database, tls: try tls())
        }
        configuration.options.connectTimeout = .milliseconds(Int64(wait * 1000))
        // A row another desk holds (the ledger, a case being changed) is waited for as long as
        // SQLite waits for its lock, then the write fails and the line goes to the journal.
        configuration.options.additionalStartupParameters = [("application_name", "coach"),
                                                             ("lock_timeout", "\(Int(busyTimeout * 1000))ms")]
        let id = PostgresLink.nextID.add(1)
        return try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                              id: id, logger: logger).wait()
    }

    private func tls() throws -> PostgresConnection.Configuration.TLS {
        switch location.tls {
        case .disable:
            return .disable
        case .prefer, .require:
            // Like libpq's prefer and require: encrypted, the certificate not checked.
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .none
            let context = try NIOSSLContext(configuration: configuration)
            return location.tls == .prefer ? .prefer(context) : .require(context)
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    /// Connection ids for NIO's log metadata.
    private static let nextID = IDCounter()

    private final class IDCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func add(_ step: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += step
            return value
        }
    }
}
