import Foundation
import LineEditor

/// The line source for this run: libedit on a terminal, plain echoed lines otherwise.
enum Terminal {
    static func source(environment: [String: String]) -> LineSource {
        if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
           let editor = TerminalEditor(program: "coach", historyPath: StatePaths.historyFile(environment: environment)) {
            return editor
        }
        return PlainLines()
    }
}
