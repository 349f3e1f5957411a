import ArgumentParser
import ComplaintDomain
import TextSafety

/// A line typed at `coach desk`, read by the same command definitions as the command line:
/// `cases --overdue` is `coach cases --overdue`, `review 261129-007 --comment "…"` is
/// `coach review …`, and the desk's short forms are spelled out into them first —
/// `261129-007` is `case 261129-007`, `approve 261129-007` is `case 261129-007 approve`,
/// `overdue` · `today` · `mine` are `cases --overdue` · `--due-today` · `--mine`.
enum DeskLine {
    case nothing
    case quit
    /// The desk's help, or one command's (`help case`, `case --help`).
    case help((any ParsableCommand.Type)?)
    case command(any OfficeCommand)

    /// The words the desk's short forms stand for, and the commands behind its words.
    static let lists: [String: [String]] = ["cases": [], "overdue": ["--overdue"], "today": ["--due-today"], "mine": ["--mine"]]
    static let commands: [String: any OfficeCommand.Type] = ["case": CaseCommand.self, "review": ReviewCommand.self,
                                                             "queue": QueueCommand.self]

    /// The words that start a line, for completion.
    static let starts = ["queue", "cases", "overdue", "today", "mine", "case", "review", "help", "quit"]

    static func parse(_ line: String, language: Language = .en) throws -> DeskLine {
        let words = try Self.words(line)
        guard let first = words.first else { return .nothing }
        let rest = Array(words.dropFirst())
        switch first.lowercased() {
        case "quit", "exit", ":quit", ":q":
            return .quit
        case "help", ":help", "?":
            return .help(rest.first.flatMap(topic))
        case let word:
            if let flags = lists[word] { return try command(CasesCommand.self, flags + rest, language) }
            if let type = commands[word] { return try command(type, rest, language) }
            if CaseNumber(argument: first) != nil { return try command(CaseCommand.self, words, language) }
            if CaseAction(argument: first) != nil {
                guard let number = rest.first, !number.hasPrefix("-") else {
                    let word = SafeText.line(first)
                    throw Failure(language.pick("\(word) 要跟個案編號：\(word) 261129-007 …", "\(word) 要跟个案编号：\(word) 261129-007 …",
                                                "\(word) needs a case: \(word) 261129-007 …"), code: 2)
                }
                return try command(CaseCommand.self, [number, first] + rest.dropFirst(), language)
            }
            let word = SafeText.line(first)
            throw Failure(language.pick("個案台冇「\(word)」呢個指令；help 列出所有指令", "个案台没有「\(word)」这个指令；help 列出所有指令",
                                        "no command \"\(word)\" at the desk; help lists them"), code: 2)
        }
    }

    /// The command a help topic names: `case`, an action word, `cases` or a short form, `review`.
    private static func topic(_ word: String) -> (any ParsableCommand.Type)? {
        let word = word.lowercased()
        if lists[word] != nil { return CasesCommand.self }
        if let type = commands[word] { return type }
        if CaseAction(argument: word) != nil { return CaseCommand.self }
        return nil
    }

    /// `type` parsed from `arguments`, checked by its own `validate()`; `--help` asks for its help.
    private static func command<Command: OfficeCommand>(_ type: Command.Type, _ arguments: [String], _ language: Language) throws -> DeskLine {
        let command: Command
        do {
            command = try Command.parse(arguments)
        } catch let error where Command.exitCode(for: error) == .success {
            return .help(Command.self)
        }
        guard command.options.noneGiven else {
            throw Failure(language.pick("--guidance、--db、--staff 同 --lang 只喺開 coach desk 時畀一次", "--guidance、--db、--staff 和 --lang 只在启动 coach desk 时给一次",
                                        "--guidance, --db, --staff and --lang are given once, to coach desk"), code: 2)
        }
        return .command(command)
    }

    /// A line split into words as a shell would: blanks separate them, '…' and "…" keep blanks
    /// in one word, a backslash takes the next character as it is.
    static func words(_ line: String) throws -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                word.append(character)
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\", open == "\"" {
                    escaped = true
                } else {
                    word.append(character)
                }
            } else if character.isWhitespace {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                inWord = true
                switch character {
                case "\"", "'": quote = character
                case "\\": escaped = true
                default: word.append(character)
                }
            }
        }
        guard quote == nil, !escaped else {
            throw Failure(quote.map { "a \($0) is not closed" } ?? "a \\ ends the line", code: 2)
        }
        if inWord { words.append(word) }
        return words
    }
}
