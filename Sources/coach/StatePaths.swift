import Foundation

/// Where per-user state lives (XDG): the line-editing history.
enum StatePaths {
    static func historyFile(environment: [String: String]) -> String {
        let base: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        return base + "/coach/history"
    }
}
