import ComplaintDomain

/// Text prepared for finding one- and two-character Chinese words, which SQLite's trigram
/// index cannot: each run of CJK characters becomes its single characters and its adjacent
/// pairs as separate words (廚房漏水 → 廚 房 漏 水 廚房 房漏 漏水); other words stay as they
/// are. A query of one or two characters is then one word to look up.
public enum SearchGrams {
    public static func words(_ text: String) -> String {
        var out: [String] = []
        var run: [Character] = []
        var word = ""
        func flushRun() {
            out += run.map { String($0) }
            if run.count > 1 { out += (0..<(run.count - 1)).map { String(run[$0]) + String(run[$0 + 1]) } }
            run.removeAll()
        }
        func flushWord() {
            if !word.isEmpty { out.append(word) }
            word = ""
        }
        for character in TermMatch.fold(text) {
            if isCJK(character) {
                flushWord()
                run.append(character)
            } else if character.isLetter || character.isNumber {
                flushRun()
                word.append(character)
            } else {
                flushRun()
                flushWord()
            }
        }
        flushRun()
        flushWord()
        return out.joined(separator: " ")
    }

    public static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFD, 0x3040...0x30FF, 0xAC00...0xD7A3: return true
        default: return false
        }
    }
}
