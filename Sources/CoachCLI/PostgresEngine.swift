import CoachStore
import ComplaintDomain
import Foundation

/// What only the PostgreSQL engine does. `coach` is built without it: with PostgresNIO linked in,
/// every start paid for the runtime's scans of its many more type conformances (about 12 %
/// more instructions to the first prompt) and touched 4.5 MiB more memory, at every desk,
/// whatever its store. `coach-postgres`, the same program with the engine linked, sets
/// `PostgresEngines.engine` before it runs; `coach` hands it any command that needs PostgreSQL
/// (`PostgresEngines.required`).
public protocol PostgresEngine: Sendable {
    /// Opens the store at a `postgres://` URL, as `CoachStore` opens a file.
    func open(url: String, seal: ChainSeal?, readOnly: Bool, busyTimeout: TimeInterval, environment: [String: String]) throws(StoreError) -> any CaseStore
    /// `coach db init`: Coach's tables and the desks' role; the database as messages name it,
    /// the role, and whether it was made now.
    func setUpDeskRole(url: String, role: String, environment: [String: String]) throws(StoreError) -> (database: String, role: String, created: Bool)
}

public enum PostgresEngines {
    /// Set once by `coach-postgres`'s entry, before any command runs, and only read after.
    nonisolated(unsafe) public static var engine: (any PostgresEngine)?

    /// The program PostgreSQL needs, beside this one.
    static let sibling = "coach-postgres"

    /// A database named by a PostgreSQL URL rather than a file's path.
    static func names(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// The engine, in `coach-postgres`; in `coach`, the whole command line is handed to
    /// `coach-postgres` beside it (the process becomes that program and never returns here),
    /// or, when it is not there, a failure that says how to build it.
    static func required(_ language: Language) throws -> any PostgresEngine {
        if let engine { return engine }
        let me = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
        let other = me.deletingLastPathComponent().appendingPathComponent(sibling).path
        if FileManager.default.isExecutableFile(atPath: other) {
            let arguments = [other] + CommandLine.arguments.dropFirst()
            var pointers = arguments.map { strdup($0) } + [nil]
            execv(other, &pointers)
            // Only when exec itself failed.
            throw Failure(language.pick("無法啟動 \(other)：\(String(cString: strerror(errno)))",
                                        "无法启动 \(other)：\(String(cString: strerror(errno)))",
                                        "cannot start \(other): \(String(cString: strerror(errno)))"))
        }
        throw Failure(language.pick(
            "PostgreSQL 資料庫要用 \(sibling)，但 \(me.deletingLastPathComponent().path) 入面冇；用 scripts/coach --postgres 或 swift build --product \(sibling) 建立。",
            "PostgreSQL 数据库需要 \(sibling)，但 \(me.deletingLastPathComponent().path) 里没有；用 scripts/coach --postgres 或 swift build --product \(sibling) 构建。",
            "a PostgreSQL database needs \(sibling) beside coach, and \(me.deletingLastPathComponent().path) has none; "
                + "build it with scripts/coach --postgres (or swift build --product \(sibling))."))
    }
}
