import Foundation

/// The colon-commands available at every prompt. A full-width colon (：) works too, since
/// a Chinese input method often gives one.
public enum ColonCommand: Equatable, Sendable {
    case help, back, show, skip, save, quit, done, urgent
    case guide(Int?)
    case note(String)
    case unknown(String)

    /// The command names, for Tab completion and `:help`.
    public static let names = [":help", ":back", ":show", ":guide", ":urgent", ":note", ":skip", ":done", ":save", ":quit"]

    /// Nil when the line is an answer, not a command.
    public init?(_ line: String) {
        guard let first = line.first, first == ":" || first == "：" else { return nil }
        let body = line.dropFirst()
        let name = body.prefix { !$0.isWhitespace }.lowercased()
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name {
        case "help", "h", "?": self = .help
        case "back", "b": self = .back
        case "show": self = .show
        case "skip": self = .skip
        case "save": self = .save
        case "quit", "q": self = .quit
        case "done": self = .done
        case "urgent": self = .urgent
        case "note", "n": self = .note(argument)
        case "guide", "g":
            if argument.isEmpty { self = .guide(nil) } else if let n = Int(argument) { self = .guide(n) } else { self = .unknown(":guide \(argument)") }
        default: self = .unknown(":" + name)
        }
    }
}
