/// A small count or floor as said: ASCII digits (12) or Chinese numerals up to 九十九
/// (十二, 二十三, 兩), which staff type as often as digits when taking a call down.
enum FactNumber {
    /// The number that starts at `i` and how many characters it takes, if it is one.
    /// Digits are read only when they do not continue a longer number.
    static func read(_ line: FactLine, at i: Int, maxDigits: Int = 3) -> (value: Int, length: Int)? {
        let digits = line.digits(at: i)
        if digits > 0 {
            guard digits <= maxDigits, !line.isDigit(i - 1) else { return nil }
            return (line.number(at: i, length: digits), digits)
        }
        guard !line.isNumeral(i - 1) else { return nil }
        var j = i
        while line.isNumeral(j) { j += 1 }
        guard j > i, let value = chineseValue(Array(line.key[i..<j])) else { return nil }
        return (value, j - i)
    }

    /// Worked out once for each position of a `FactLine`: plain scalars by number, anything else
    /// through the table, which hashes a Character.
    static func isNumeral(_ c: Character, plain: UInt32) -> Bool {
        guard let plain = Unicode.Scalar(plain), plain != "\0" else { return unit[c] != nil || c == "十" }
        switch plain {
        case "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }

    /// 一 to 九十九: [tens]十[units], 十[units], or one unit.
    private static func chineseValue(_ chars: [Character]) -> Int? {
        guard let ten = chars.firstIndex(of: "十") else {
            return chars.count == 1 ? unit[chars[0]] : nil
        }
        let before = chars[..<ten], after = chars[(ten + 1)...]
        guard before.count <= 1, after.count <= 1 else { return nil }
        let tens = before.first.map { unit[$0] ?? 0 } ?? 1
        let units = after.first.map { unit[$0] ?? 0 } ?? 0
        guard tens > 0, after.first.map({ unit[$0] != nil }) ?? true else { return nil }
        return tens * 10 + units
    }

    private static let unit: [Character: Int] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
}
