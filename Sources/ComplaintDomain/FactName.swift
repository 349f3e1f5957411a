/// Reads the caller's name: a surname with a title (陳太, 李生, 黃小姐, 司徒先生, Mrs Chan,
/// Mr. Wong), a full name after 我係 / 我叫 / 本人 / my name is (陳大文, Peter Chan), or a
/// surname alone (我姓陳). A title counts only after a known surname, so 太多, 學生 and 醫生
/// are not names. The value is written as typed: 陳太, 陈太, Mrs Chan.
enum FactName {
    static func candidates(in line: FactLine) -> [FactCandidate] {
        var found: [FactCandidate] = []
        for i in 0..<line.count {
            // The English readers' words all start with a letter: not looked up elsewhere.
            if let candidate = titled(line, at: i) ?? fullName(line, at: i) ?? surnameOnly(line, at: i)
                ?? (line.isWordCharacter(i) ? englishTitled(line, at: i) ?? englishName(line, at: i) : nil) {
                found.append(candidate)
            }
        }
        return found
    }

    // MARK: 陳太, 李生, 黃小姐

    private static func titled(_ line: FactLine, at i: Int) -> FactCandidate? {
        guard let surname = surname(line, at: i), let title = titles.length(in: line, at: i + surname) else { return nil }
        let end = i + surname + title
        if title == 1, let after = line[end] {
            if line.isKey("生", at: end - 1), notAfterSheng.contains(after) { return nil }
            if line.isKey("太", at: end - 1), notAfterTai.contains(after), !line.has("多谢", at: end) { return nil }
            if line.isKey("姐", at: end - 1), after == "妹" { return nil }
        }
        return FactCandidate(field: .name, value: line.text(i..<end), range: i..<end, rank: 2)
    }

    /// How long the surname at `i` is, unless the character before makes it part of a word (地方, 行李).
    private static func surname(_ line: FactLine, at i: Int) -> Int? {
        guard let length = FactSurnames.chinese.length(in: line, at: i) else { return nil }
        if length == 1, i > 0, FactSurnames.wordsEndingInOne.length(in: line, at: i - 1) == 2 { return nil }
        return length
    }

    // MARK: 我係陳大文, 本人是張國強, 12樓B室陳大文

    private static func fullName(_ line: FactLine, at i: Int) -> FactCandidate? {
        // What comes before is checked below, so 業主張國強 is not cut at 主張 (to advocate).
        guard let surname = FactSurnames.chinese.length(in: line, at: i) else { return nil }
        var end = i + surname
        while end - i - surname < 2, line.isHan(end), !givenStop.contains(line[end]!) { end += 1 }
        let given = end - i - surname
        guard given > 0, !line.isHan(end) || givenStop.contains(line[end]!) else { return nil }
        let before = line.clause(at: i)
        if introductions.endsNear(i, gap: 0, in: line, clause: before) {
            return FactCandidate(field: .name, value: line.text(i..<end), range: i..<end, rank: 3)
        }
        // After a unit or a standing (B室陳大文, 業主張國強) only a whole three-character name:
        // 浴室黃色嘅水 is not a name.
        if given == 2, unitOrStanding.endsNear(i, gap: 0, in: line, clause: before) {
            return FactCandidate(field: .name, value: line.text(i..<end), range: i..<end, rank: 3)
        }
        return nil
    }

    // MARK: 我姓陳

    private static func surnameOnly(_ line: FactLine, at i: Int) -> FactCandidate? {
        guard line.isKey("姓", at: i), !line.isKey("百", at: i - 1), !line.isKey("贵", at: i - 1),
              let surname = FactSurnames.chinese.length(in: line, at: i + 1) else { return nil }
        return FactCandidate(field: .name, value: line.text((i + 1)..<(i + 1 + surname)), range: i..<(i + 1 + surname), rank: 1)
    }

    // MARK: Mrs Chan, Mr. Wong, Dr Lee

    private static func englishTitled(_ line: FactLine, at i: Int) -> FactCandidate? {
        guard let title = englishTitles.length(in: line, at: i) else { return nil }
        var j = i + title
        if line.isKey(".", at: j) { j += 1 }
        let start = line.skippingSpaces(j)
        guard start > j, let words = nameWords(line, at: start, allowLowercaseSurname: true) else { return nil }
        let titleWord = line.text(i..<(i + title)).lowercased()
        let value = (titleSpelling[titleWord] ?? titleWord) + " " + words.names.joined(separator: " ")
        return FactCandidate(field: .name, value: value, range: i..<words.end, rank: 2)
    }

    // MARK: my name is Peter Chan, this is Peter Chan

    private static func englishName(_ line: FactLine, at i: Int) -> FactCandidate? {
        if let intro = namingWords.length(in: line, at: i), let words = nameWords(line, at: line.skippingSpaces(i + intro), allowLowercaseSurname: false) {
            return FactCandidate(field: .name, value: words.names.joined(separator: " "), range: i..<words.end, rank: words.names.count > 1 ? 3 : 2)
        }
        // "This is" or "I'm" names someone only when a known surname ends a full name.
        if let intro = selfWords.length(in: line, at: i), let words = nameWords(line, at: line.skippingSpaces(i + intro), allowLowercaseSurname: false),
           words.names.count > 1, FactSurnames.romanised.contains(words.names.last!.lowercased()) {
            return FactCandidate(field: .name, value: words.names.joined(separator: " "), range: i..<words.end, rank: 3)
        }
        return nil
    }

    /// Up to three name words at `j`, each capitalised (or a known surname in lower case, after a
    /// title), stopping at a word that is not a name (From, Block, Says).
    private static func nameWords(_ line: FactLine, at j: Int, allowLowercaseSurname: Bool) -> (names: [String], end: Int)? {
        var names: [String] = []
        var start = j, end = j
        while names.count < 3 {
            var k = start
            while line.isLetter(k) || ((line.isKey("-", at: k) || line.isKey("'", at: k)) && line.isLetter(k + 1)) { k += 1 }
            guard k > start, !line.isDigit(k) else { break }
            let word = line.text(start..<k)
            let lower = word.lowercased()
            guard !notNames.contains(lower),
                  word.first!.isUppercase || (allowLowercaseSurname && names.isEmpty && FactSurnames.romanised.contains(lower))
            else { break }
            names.append(word.first!.uppercased() + word.dropFirst())
            end = k
            guard line.isKey(" ", at: k) else { break }
            start = k + 1
        }
        return names.isEmpty ? nil : (names, end)
    }

    private static let titles = FactWords(["先生", "小姐", "女士", "太太", "姑娘", "師奶", "生", "太", "伯", "婆", "叔", "姨", "姐"])

    /// After 生, a character that makes a word of it (生活, 生日, 生氣): 高生活 is not 高生.
    private static let notAfterSheng = Set("活日意氣病仔女產命存長果菜字物效成育態涯還前死蟲鏽怕硬疏性理計肖鮮蠔抽猛火水".map(keyed))

    /// After 太, a character that makes it "too" (太多, 太嘈) or a place or word (太子, 太古, 太陽).
    private static let notAfterTai = Set("多少大細小遲早貴平嘈吵臭熱凍冷高矮長短慢快過離差夜耐難煩污誇響光暗黑濕乾重輕勁甚空陽極古深淺厚薄窄闊擠亂舊新殘危犀衰蠢子和原鹹淡甜酸辣緊鬆急忙悶靜惡兇蠻誇".map(keyed))

    /// Characters that end a given name rather than continue it.
    private static let givenStop = Set(("嘅的呀啊㗎喇啦囉咯喎呢嗎吖嘛住係是有冇打想要又都就今琴尋而個啲咗了在喺同和話講已從由嚟來去太生先唔不沒"
        + "投業戶租樓室座姓叫請麻你我佢他她們哋嗰這那咁好成第幾點啱仲亦也再但因所對向被俾畀搵找問聽睇見上入出返回電漏嘈臭壞廁經管處保").map(keyed))

    private static let introductions = FactWords(["我係", "我是", "我叫", "叫做", "本人係", "本人是", "本人", "我就係", "我就是", "我都係", "我姓"])
    private static let unitOrStanding = FactWords(["室", "業主", "住戶", "租客", "住客"])
    private static let englishTitles = FactWords(["mr", "mrs", "ms", "miss", "dr", "madam", "mdm"])
    private static let titleSpelling = ["mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "dr": "Dr", "madam": "Madam", "mdm": "Mdm"]
    private static let namingWords = FactWords(["my name is", "my name's", "name is", "call me"])
    private static let selfWords = FactWords(["this is", "i'm", "i am", "it's"])
    private static let notNames: Set<String> = [
        "from", "in", "at", "of", "on", "says", "said", "called", "calling", "is", "was", "has", "rang", "phoned", "and", "the",
        "block", "tower", "flat", "room", "unit", "shop", "floor", "here", "again", "speaking", "complaining", "mr", "mrs", "ms",
        "miss", "dr", "madam", "i", "i'm", "we", "she", "he", "they", "it", "a", "an", "who", "about", "with", "to", "for",
    ]

    private static func keyed(_ c: Character) -> Character { FactLine.keyed(String(c))[0] }

    /// A word that never starts a name (Block, Flat, Mrs…).
    static func notAName(_ word: String) -> Bool { notNames.contains(word.lowercased()) }
}
