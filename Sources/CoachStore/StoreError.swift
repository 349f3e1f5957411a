/// Why the database cannot be used, worded for the person at the desk.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case notACoachDatabase(path: String)
    case newerThanProgram(path: String)
    case locked(path: String)
    case cannotOpen(path: String, reason: String)
    case unknownCase(String)
    case badKeyFile(path: String, reason: String)

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
        }
    }
}
