/// Why the database cannot be used, worded for the person at the desk.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case notACoachDatabase(path: String)
    case newerThanProgram(path: String)
    case locked(path: String)
    case cannotOpen(path: String, reason: String)
    case unknownCase(String)
    case badKeyFile(path: String, reason: String)
    /// A command that only reads was given a path where there is no database (or an empty file).
    case noDatabase(path: String)
    /// A command that only reads found a database an older Coach wrote, not yet upgraded.
    case olderThanProgram(path: String)
    /// The database, or its -wal or -shm, can be read by others and its mode cannot be changed.
    case notPrivate(path: String, mode: Int, reason: String)
    /// A write to a database opened read-only, or to a file that cannot be written.
    case readOnly(path: String)
    /// A PostgreSQL URL Coach cannot use as written.
    case badLocation(url: String, reason: String)

    public var description: String {
        switch self {
        case .notACoachDatabase(let path):
            "\(path) is not a Coach database; give another file with --db or COACH_DB"
        case .newerThanProgram(let path):
            "\(path) was written by a newer version of Coach; update Coach before using it (nothing was changed)"
        case .locked(let path):
            "\(path) is locked by another program; nothing was lost — close the other program and try again"
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason)"
        case .unknownCase(let number):
            "no case numbered \(number)"
        case .badKeyFile(let path, let reason):
            "cannot use the key file \(path): \(reason)"
        case .noDatabase(let path):
            "no database at \(path); check the path (--db or COACH_DB) — nothing was created"
        case .olderThanProgram(let path):
            "\(path) was written by an older version of Coach; it is upgraded when Coach next opens it for writing "
                + "(e.g. coach desk, then quit) — until then a command that only reads cannot use it (nothing was changed)"
        case .notPrivate(let path, let mode, let reason):
            "\(path) can be read by others (mode \(String(format: "%04o", mode))) and Coach cannot make it private (\(reason)); "
                + "its owner can run chmod 600 on it"
        case .readOnly(let path):
            "cannot write to the database \(path): it is read-only"
        case .badLocation(let url, let reason):
            "\(url) is not a database Coach can use: \(reason) (expected postgres://user@host:5432/database, or a file's path)"
        }
    }
}
