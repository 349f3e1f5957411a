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
    /// Guards `connection` and `connectTimeout`, and keeps one piece of work on the connection at a time.
    private let lock = NSRecursiveLock()
    private var connection: PostgresConnection?
    /// How long making a connection may take before the server counts as unreachable.
    private var connectTimeout: TimeAmount

    static let defaultConnectTimeout: TimeAmount = .seconds(5)

    init(_ location: PostgresLocation, connectTimeout: TimeAmount = PostgresLink.defaultConnectTimeout) {
        self.location = location
        self.connectTimeout = connectTimeout
        var logger = Logger(label: "coach.postgres")
        // The store says what went wrong in its own words; NIO's log lines would only repeat it.
        logger.logLevel = .critical
        self.logger = logger
    }

    deinit {
        if let connection { try? connection.close().wait() }
    }

    /// Runs `body` on the connection, connecting first when there is none.
    func withConnection<T>(_ body: (PostgresTransaction) throws -> T) throws -> T {
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
        do {
            return try body(PostgresTransaction(connection: current, logger: logger))
        } catch {
            if current.isClosed || PostgresFailure.isLostConnection(error) {
                try? current.close().wait()
                connection = nil
            }
            throw error
        }
    }

    /// Runs `body` with connecting allowed at most `seconds`, then as before.
    func waiting<T>(atMost seconds: TimeInterval, _ body: () throws -> T) rethrows -> T {
        lock.lock()
        let saved = connectTimeout
        connectTimeout = .milliseconds(Int64(max(0.05, seconds) * 1000))
        lock.unlock()
        defer {
            lock.lock()
            connectTimeout = saved
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
        configuration.options.connectTimeout = connectTimeout
        configuration.options.additionalStartupParameters = [("application_name", "coach")]
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
