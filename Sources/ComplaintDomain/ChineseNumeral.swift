/// Numbers as Chinese speakers read them aloud (十二月三日, 四十分鐘), for the words staff say.
public enum ChineseNumeral {
    private static let units = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 0–9999 in words: 三, 十二, 四十, 一百零五. `counting` says 兩 (两) for a lone 2, as in
    /// 兩日 or 兩點, where 二 would be wrong. Larger numbers stay in digits.
    public static func words(_ n: Int, language: Language, counting: Bool = false) -> String {
        guard (0...9999).contains(n) else { return String(n) }
        if n == 2, counting { return language == .zhHans ? "两" : "兩" }
        if n < 10 { return units[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : units[n % 10]) }
        var text = ""
        var pendingZero = false
        for (value, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let digit = n / value % 10
            if digit == 0 {
                pendingZero = !text.isEmpty
                continue
            }
            if pendingZero { text += "零" }
            pendingZero = false
            text += units[digit] + name
        }
        return text
    }

    /// Digit by digit, as a year is read: 二〇二七.
    public static func digits(_ n: Int) -> String {
        String(n).map { $0.wholeNumberValue.map { $0 == 0 ? "〇" : units[$0] } ?? String($0) }.joined()
    }
}
