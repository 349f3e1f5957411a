import Foundation

/// Where per-user state lives (XDG): the line-editing history.
enum StatePaths {
    /// The history of commands and choice answers. Versions before it kept every line, callers'
    /// words included, in `history` beside it: that file is removed when this one is first used.
    static func historyFile(environment: [String: String]) -> String {
        let path = folder(environment: environment) + "/answers"
        let old = folder(environment: environment) + "/history"
        if FileManager.default.fileExists(atPath: old) { try? FileManager.default.removeItem(atPath: old) }
        return path
    }

    private static func folder(environment: [String: String]) -> String {
        let base: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        return base + "/coach"
    }
}
