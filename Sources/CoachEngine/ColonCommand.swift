import Foundation

/// The colon-commands available at every prompt. A full-width colon (：) works too, since
/// a Chinese input method often gives one.
public enum ColonCommand: Equatable, Sendable {
    case help, show, skip, save, quit, done, urgent
    /// Back this many questions.
    case back(Int)
    case guide(Int?)
    case note(String)
    /// `:FIELD VALUE` sets a field from any prompt; without a value it goes to the field's question.
    case set(RecordField, String)
    /// Who was called about an urgent case (they are told at once: regulation 5b, 5c).
    case called(String)
    /// A junk draft voided, with why: kept, never counted.
    case void(String)
    /// A house rule or a regulation article, by number or word (guideline 9).
    case rule(String)
    case unknown(String)

    /// The command names, for Tab completion and `:help`.
    public static let names = [":help", ":back", ":show", ":guide", ":rule", ":urgent", ":called", ":note", ":skip", ":done",
                               ":save", ":void", ":quit"] + RecordField.allCases.map { ":" + $0.rawValue }

    /// Nil when the line is an answer, not a command.
    public init?(_ line: String) {
        guard let first = line.first, first == ":" || first == "：" else { return nil }
        let body = line.dropFirst()
        let name = body.prefix { !$0.isWhitespace }.lowercased()
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        if let field = RecordField(rawValue: name) {
            self = .set(field, argument)
            return
        }
        switch name {
        case "help", "h", "?": self = .help
        case "back", "b":
            if argument.isEmpty { self = .back(1) } else if let n = Int(argument), n > 0 { self = .back(n) } else { self = .unknown(":back \(argument)") }
        case "show": self = .show
        case "skip": self = .skip
        case "save": self = .save
        case "quit", "q": self = .quit
        case "done": self = .done
        case "urgent": self = .urgent
        case "called": self = .called(argument)
        case "void": self = .void(argument)
        case "rule", "r": self = .rule(argument)
        case "note", "n": self = .note(argument)
        case "guide", "g":
            if argument.isEmpty { self = .guide(nil) } else if let n = Int(argument) { self = .guide(n) } else { self = .unknown(":guide \(argument)") }
        default: self = .unknown(":" + name)
        }
    }
}
