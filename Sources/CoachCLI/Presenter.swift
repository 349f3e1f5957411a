import CoachEngine
import CoachText
import ComplaintDomain
import Foundation

/// Turns the engine's lines and prompts into terminal text: colour when the output is a
/// terminal and NO_COLOR is unset, plain otherwise. Typed text is shown through SafeText.
struct Presenter {
    let color: Bool

    init(interactive: Bool, environment: [String: String]) {
        color = interactive && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    private func paint(_ code: String, _ text: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func render(_ line: OutputLine) -> String {
        switch line.style {
        case .heading: paint("1", line.text)
        case .plain: line.text
        case .cue: paint("2", "  ┆ " + line.text)
        case .phrase: paint("36", "  " + line.text)
        case .dim: paint("2", line.text)
        case .warning: paint("33", line.text)
        case .error: paint("31", line.text)
        case .success: paint("32", line.text)
        case .caller: paint("1;35", line.text)
        }
    }

    /// Marks every occurrence of `term` (ignoring case and width) in reverse video, or in
    /// 【brackets】 when there is no colour.
    func highlight(_ text: String, _ term: String) -> String {
        let wanted = TermMatch.fold(term)
        guard !wanted.isEmpty else { return text }
        let characters = Array(text)
        let folded = characters.map { $0.isWhitespace ? " " : TermMatch.fold(String($0)) }
        var out = ""
        var i = 0
        while i < characters.count {
            var j = i, matched = ""
            while j < characters.count, matched.count < wanted.count, wanted.hasPrefix(matched + folded[j]) {
                matched += folded[j]
                j += 1
            }
            if !matched.isEmpty, matched == wanted {
                let piece = String(characters[i..<j])
                out += color ? "\u{1B}[7m\(piece)\u{1B}[0m" : "【\(piece)】"
                i = j
            } else {
                out.append(characters[i])
                i += 1
            }
        }
        return out
    }

    /// `3/7 由何時開始 [上星期五] › `: where you are, what is asked, what Enter gives.
    func prompt(_ parts: (step: String, label: String, hint: String?, defaultValue: String?)) -> (plain: String, styled: String) {
        var plain = "\(parts.step) \(parts.label)"
        var styled = "\(paint("1;36", parts.step)) \(parts.label)"
        if let hint = parts.hint {
            plain += " " + hint
            styled += " " + paint("2", hint)
        }
        if let value = parts.defaultValue {
            plain += " [\(value)]"
            styled += " " + paint("2", "[\(value)]")
        }
        return (plain + " › ", styled + " › ")
    }
}
