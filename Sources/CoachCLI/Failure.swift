import ArgumentParser
import ComplaintDomain
import Foundation
import TextSafety

/// A failure the user can act on: one line on stderr, then the given exit code.
///
/// Commands throw it (or let a StoreError, a guidance error or ArgumentParser's own error
/// through); `Coach.main` is the one place any error becomes `coach: message` and a status.
/// The message is made safe when the failure is made (`Failure.line`), so whoever shows it —
/// `Coach.main`, the desk — shows one short line that cannot drive the terminal.
struct Failure: Error, CustomStringConvertible {
    var message: String
    var code: Int32

    init(_ message: String, code: Int32 = 1) {
        self.message = Self.line(message)
        self.code = code
    }

    /// Any error as the user sees it. A command line the parser refused (a bad value, a
    /// missing argument, an unknown option, a `validate()` error) exits 2; an `ExitCode` keeps
    /// its status and says nothing; anything else exits 1 with its description.
    init(_ error: any Error) {
        switch error {
        case let failure as Failure:
            self = failure
        case let exit as ExitCode:
            self.init("", code: exit.rawValue)
        default:
            let usage = Coach.exitCode(for: error) == .validationFailure
            self.init(Self.withHint(Coach.message(for: error), error: error), code: usage ? 2 : 1)
        }
    }

    var description: String { message }
}

extension Failure {
    /// How many characters of a value quoted in an error line are kept; a longer one is cut
    /// with "…", so a 10 MB key never floods the terminal.
    static let quotedLimit = 80
    /// How many characters a whole error line may have, whatever is in it.
    static let lineLimit = 400

    /// A message as one safe, short line: escape sequences and control characters removed
    /// (SafeText), a line break shown as ⏎, each quoted value ('…', "…", 「…」, “…”) longer
    /// than `quotedLimit` cut with "…", and the whole line at most `lineLimit` characters.
    static func line(_ message: String) -> String {
        // A flood (a 10 MB value) is cut before anything else looks at it.
        let bound = lineLimit * 20
        var text = SafeText.clean(message.utf8.count > bound ? String(message.prefix(bound)) + "…" : message)
        while text.hasSuffix("\n") { text.removeLast() }
        text = text.replacingScalar("\n", with: " ⏎ ")
        text = shortenQuoted(text)
        return text.count > lineLimit ? String(text.prefix(lineLimit - 1)) + "…" : text
    }

    /// A value from the input, quoted for an error line: its quotes and backslashes escaped (so
    /// the quotes around it are the last word on where it ends), at most `quotedLimit`
    /// characters of it, the rest as "…". Controls are left to `line`.
    static func quoted(_ value: String) -> String {
        let escaped = String(value.prefix(quotedLimit + 1)).replacingScalar("\\", with: "\\\\").replacingScalar("\"", with: "\\\"")
        let cut = value.count > quotedLimit || escaped.count > quotedLimit
        return "\"" + (cut ? String(escaped.prefix(quotedLimit - 1)) + "…" : escaped) + "\""
    }

    /// Cuts the content of each quoted span longer than `quotedLimit`. A quote opens a span
    /// only at the start or after a character that is not a letter or digit, and closes it only
    /// before one that is not, so the apostrophe of "can't" opens nothing; an escaped quote
    /// (`\"`) closes nothing.
    static func shortenQuoted(_ text: String) -> String {
        let pairs: [Character: Character] = ["\"": "\"", "'": "'", "「": "」", "“": "”", "‘": "’"]
        let chars = Array(text)
        func isWordy(_ i: Int) -> Bool { chars.indices.contains(i) && (chars[i].isLetter || chars[i].isNumber) }
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard let close = pairs[c], !isWordy(i - 1) else {
                out.append(c)
                i += 1
                continue
            }
            var j = i + 1
            while j < chars.count, !(chars[j] == close && chars[j - 1] != "\\" && !isWordy(j + 1)) { j += 1 }
            guard j < chars.count else {
                out.append(c)
                i += 1
                continue
            }
            let content = chars[(i + 1)..<j]
            out.append(c)
            out += content.count > quotedLimit ? String(content.prefix(quotedLimit - 1)) + "…" : String(content)
            out.append(close)
            i = j + 1
        }
        return out
    }

    /// `coach search -minus`: ArgumentParser reads `-minus` as an option, unknown, or (with no
    /// other words) says the text is missing. The refusal says how to look for text that starts
    /// with a dash: after `--`.
    private static func withHint(_ message: String, error: any Error) -> String {
        guard Coach.fullMessage(for: error).contains("coach search") else { return message }
        if message.hasPrefix("Unknown option '") {
            let option = message.dropFirst("Unknown option '".count).prefix { $0 != "'" }
            return message + " (to look for text that starts with -, put -- before it: coach search -- \(option))"
        }
        let dashed = CommandLine.arguments.dropFirst().first { $0.count > 1 && $0.hasPrefix("-") && !$0.hasPrefix("--") && $0 != "-h" }
        if message.hasPrefix("Missing expected argument '<text>"), let dashed {
            return message + " (\(dashed) was read as an option; to look for it, put -- before it: coach search -- \(dashed))"
        }
        return message
    }
}
