import CoachStore
import PostgresNIO

/// What the store's methods run their statements through, inside `PostgresStore.read` or
/// `write`: one statement at a time with its values bound (`PostgresQuery`'s interpolation binds
/// `\(value)`; `\(unescaped: …)` is for SQL text the program itself wrote), waiting for the server.
struct PostgresTransaction {
    let connection: PostgresConnection
    let logger: Logger
    /// How long a statement may go unanswered before the connection is closed (see `PostgresLink`).
    let deadline: TimeAmount?

    /// Runs a statement and returns its rows.
    func rows(_ query: PostgresQuery) throws -> [FetchedRow] {
        try answer(connection.query(query, logger: logger)).rows.map { FetchedRow(cells: $0.makeRandomAccess()) }
    }

    /// Waits for a statement's answer, closing the connection if none comes by the deadline.
    private func answer<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
        guard let deadline else { return try future.wait() }
        let connection = connection
        let timer = connection.eventLoop.scheduleTask(in: deadline) { connection.close().whenComplete { _ in } }
        defer { timer.cancel() }
        return try future.wait()
    }

    /// Runs a statement and returns its first row, if any.
    func row(_ query: PostgresQuery) throws -> FetchedRow? {
        try rows(query).first
    }

    /// Runs a statement and returns how many rows it changed.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> Int {
        try answer(connection.query(query, logger: logger)).metadata.rows ?? 0
    }
}

/// One row of a result, read by column name.
struct FetchedRow {
    let cells: PostgresRandomAccessRow

    /// The column's value as `T` (an Optional for a column that may be NULL).
    func get<T: PostgresDecodable>(_ name: String, _: T.Type = T.self) throws -> T {
        try cells[name].decode(T.self)
    }

    /// The column's value as either engine would hold it (a boolean as 0 or 1), for comparing
    /// and for reading a record back whatever the column's type.
    func value(_ name: String) -> ColumnValue {
        guard cells.contains(name) else { return .null }
        let cell = cells[name]
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .bool: return ((try? cell.decode(Bool.self)) ?? false) ? .integer(1) : .integer(0)
        case .int2, .int4, .int8: return (try? cell.decode(Int64.self)).map(ColumnValue.integer) ?? .null
        case .float4, .float8: return (try? cell.decode(Double.self)).map(ColumnValue.real) ?? .null
        default: return (try? cell.decode(String.self)).map(ColumnValue.text) ?? .null
        }
    }

    /// The named columns, by name.
    func values(_ names: some Sequence<String>) -> [String: ColumnValue] {
        var out: [String: ColumnValue] = [:]
        for name in names { out[name] = value(name) }
        return out
    }
}
