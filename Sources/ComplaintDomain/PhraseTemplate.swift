/// A phrase's wording with the caller's details left open. `{name}` is filled in from a
/// `PhraseFill`; a part in square brackets is said only when every placeholder in it is known,
/// so `[{name}，]明白你好嬲` reads 明白你好嬲 when the name is not. A placeholder outside brackets
/// that is not known shows as an ellipsis (…… / …), for staff to fill in as they speak.
/// Braces and square brackets are always this syntax; a phrase cannot say them literally.
public struct PhraseTemplate: Sendable, Equatable {
    enum Word: Sendable, Equatable {
        case text(String)
        case slot(PhraseFill.Slot)
    }

    enum Part: Sendable, Equatable {
        case always(Word)
        case optional([Word])
    }

    /// Why a wording cannot be used, in words for the guidance error that names its place.
    public struct Problem: Error, Sendable, Equatable {
        public var message: String
    }

    let parts: [Part]

    public init(_ wording: String) throws(Problem) {
        var parts: [Part] = []
        var bracketed: [Word]?
        var literal = ""
        func add(_ word: Word) {
            if bracketed != nil { bracketed?.append(word) } else { parts.append(.always(word)) }
        }
        func flush() {
            if !literal.isEmpty { add(.text(literal)) }
            literal = ""
        }
        var rest = Substring(wording)
        while let c = rest.popFirst() {
            switch c {
            case "{":
                guard let close = rest.firstIndex(of: "}") else { throw Problem(message: "a { without its }") }
                let name = String(rest[..<close])
                guard let slot = PhraseFill.Slot(rawValue: name) else {
                    let known = PhraseFill.Slot.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")
                    throw Problem(message: "unknown placeholder {\(name)}; expected one of: \(known)")
                }
                flush()
                add(.slot(slot))
                rest = rest[rest.index(after: close)...]
            case "[":
                guard bracketed == nil else { throw Problem(message: "a [ inside another [ ]") }
                flush()
                bracketed = []
            case "]":
                guard bracketed != nil else { throw Problem(message: "a ] without its [") }
                flush()
                let words = bracketed ?? []
                guard words.contains(where: { if case .slot = $0 { true } else { false } }) else {
                    throw Problem(message: "a [ ] part without a placeholder in it")
                }
                parts.append(.optional(words))
                bracketed = nil
            case "}":
                throw Problem(message: "a } without its {")
            default:
                literal.append(c)
            }
        }
        guard bracketed == nil else { throw Problem(message: "a [ without its ]") }
        flush()
        self.parts = parts
    }

    /// The words to say in `language`, with what `fill` knows put in.
    public func render(_ fill: PhraseFill, in language: Language) -> String {
        let unknown = language == .en ? "…" : "……"
        func say(_ word: Word) -> String? {
            switch word {
            case .text(let words): words
            case .slot(let slot): fill.value(slot, in: language)
            }
        }
        var text = ""
        for part in parts {
            switch part {
            case .always(let word): text += say(word) ?? unknown
            case .optional(let words):
                let said = words.compactMap(say)
                if said.count == words.count { text += said.joined() }
            }
        }
        return text
    }
}
