/// Reads a Hong Kong phone number: eight digits starting 2, 3, 5, 6, 7, 8 or 9, whole or split
/// four and four by a space or hyphen (9123 4567, 9123-4567, 91234567), with or without +852 or
/// (852) before it; written back as 9123 4567. Eight digits inside a longer number, after $ or a
/// reference word (case, 編號), before 蚊 or 號, or that read as a date (20261203), are not one.
enum FactPhone {
    static func candidates(in line: FactLine) -> [FactCandidate] {
        var found: [FactCandidate] = []
        var i = 0
        while i < line.count {
            if let candidate = number(line, at: i) {
                found.append(candidate)
                i = candidate.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private static func number(_ line: FactLine, at i: Int) -> FactCandidate? {
        guard line.isDigit(i), !line.isWordCharacter(i - 1), "2356789".contains(line[i]!) else { return nil }
        let first = line.digits(at: i)
        var end: Int
        if first == 8 {
            end = i + 8
            guard !looksLikeDate(line, at: i) else { return nil }
        } else if first == 4, line.isKey(" ", at: i + 4) || line.isKey("-", at: i + 4), line.digits(at: i + 5) == 4 {
            end = i + 9
        } else {
            return nil
        }
        // Not the start of something longer: 9123-4567-8, 9123 4567.5, 91234567A, 9123 45678.
        if line.isWordCharacter(end) || ("-.,/".contains(line[end] ?? " ") && line.isDigit(end + 1)) { return nil }
        if let after = line[line.skippingSpaces(end)], notAfter.contains(after) { return nil }
        let start = prefixStart(line, before: i)
        if "-.,/$".contains(line[start - 1] ?? " ") && (line.isDigit(start - 2) || line.isKey("$", at: start - 1)) { return nil }
        if references.endsNear(start, gap: 3, in: line, clause: line.clause(at: i)) { return nil }
        let digits = line.key[i..<end].filter(\.isASCIIDigit)
        let value = String(digits.prefix(4)) + " " + String(digits.suffix(4))
        return FactCandidate(field: .contact, value: value, range: start..<end, rank: 1)
    }

    /// Where +852, (852) or 852 before the number starts, or `i` when there is none.
    private static func prefixStart(_ line: FactLine, before i: Int) -> Int {
        var j = i
        while line.isKey(" ", at: j - 1) || line.isKey("-", at: j - 1) { j -= 1 }
        if line.isKey(")", at: j - 1) { j -= 1 }
        guard line.has("852", at: j - 3), !line.isDigit(j - 4) else { return i }
        j -= 3
        if line.isKey("+", at: j - 1) || line.isKey("(", at: j - 1) { j -= 1 }
        return j
    }

    /// Eight digits that read as a date, 19yymmdd or 20yymmdd.
    private static func looksLikeDate(_ line: FactLine, at i: Int) -> Bool {
        let century = line.number(at: i, length: 2), month = line.number(at: i + 4, length: 2), day = line.number(at: i + 6, length: 2)
        return (century == 19 || century == 20) && (1...12).contains(month) && (1...31).contains(day)
    }

    /// What after a number makes it money, a count or a date.
    private static let notAfter: Set<Character> = ["蚊", "元", "块", "号", "年", "月", "日", "%", "万", "亿", "个", "次"]

    /// Words before a number that make it a reference, not a phone.
    private static let references = FactWords([
        "case", "ref", "ref.", "no.", "#", "account", "a/c", "order", "invoice", "receipt",
        "編號", "個案", "單號", "參考", "賬號", "帳號", "戶口", "訂單", "發票", "收據", "$", "hk$", "港幣",
    ])
}
