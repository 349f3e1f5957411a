/// Consistent stand-ins for the personal data of one case, so that a drill made from it names
/// nobody real: every name, phone number, unit, building, e-mail and identifying number in its
/// texts is replaced, and the same one by the same stand-in everywhere (12樓B室 is 17樓E室 in the
/// opening, the facts and the persona alike). Units keep their relation: floors move by one
/// shift and flat letters by one rotation, so the flat upstairs is still the flat upstairs.
/// Stand-ins are picked from the case's number, so the same case gives the same draft.
public struct StandIns: Sendable {
    private let finder: PersonalData
    private let buildings: [String]
    private let known: [String]
    private let floorShift: Int
    private let letterShift: Int
    private var surnames: [String: String] = [:]
    private var englishSurnames: [String: String] = [:]
    private var givenNames: [String: String] = [:]
    private var phones: [String: String] = [:]
    private var emails: [String: String] = [:]
    /// Every value found in the case, so no stand-in is one of them.
    private var originals: Set<String> = []

    /// `texts`: everything of the case the drill will use, read once so stand-ins never repeat a
    /// real value; `known`: names to find wherever they stand (the caller's, the staff's).
    public init(texts: [String], known: [String], buildings: [String], seed: Int) {
        finder = PersonalData(buildings: buildings)
        self.buildings = buildings
        self.known = known.filter { $0.count >= 2 }.sorted { $0.count > $1.count }
        floorShift = 3 + abs(seed) % 5
        letterShift = 1 + abs(seed / 5) % 4
        for text in texts + known {
            for span in finder.spans(in: text, known: self.known) {
                originals.insert(span.value)
                if span.kind == .name, let surname = PersonalData.surname(of: span.value) { originals.insert(surname) }
            }
        }
    }

    /// `text` with every personal datum replaced.
    public mutating func replacing(_ text: String) -> String {
        var characters = Array(text)
        for span in finder.spans(in: text, known: known).reversed() {
            let original = String(characters[span.range])
            characters.replaceSubrange(span.range, with: Array(standIn(for: span, written: original)))
        }
        return String(characters)
    }

    /// The stand-in for one value, written the way the original was where that can be kept.
    public mutating func standIn(for span: PersonalData.Span, written original: String) -> String {
        switch span.kind {
        case .name: name(original)
        case .phone: phone(span.value)
        case .unit:
            // As written (Flat B, 12/F stays English), unless its floor was in Chinese numerals (十二樓).
            original.contains(where: \.isASCIIDigit) || !span.value.contains(where: \.isASCIIDigit) ? unit(original) : unit(span.value)
        case .building: building(span.value, written: original)
        case .email: email(span.value)
        case .number: number(span.value)
        }
    }

    // MARK: Names

    /// 陳大文 → 李家明, 陳太 → 李太, 姓陳 → 姓李, Mrs Chan → Mrs Lee, Peter Chan → Alex Lee: the same
    /// surname always becomes the same stand-in surname.
    public mutating func name(_ original: String) -> String {
        if original.hasPrefix("姓") { return "姓" + chineseSurname(String(original.dropFirst())) }
        if let surname = PersonalData.surname(of: original) {
            let rest = String(original.dropFirst(surname.count))
            let stand = chineseSurname(surname)
            if rest.isEmpty || Self.titles.contains(rest) { return stand + rest }
            // Keyed by the given name, so 大文 said alone becomes the same stand-in.
            return stand + given(rest)
        }
        let words = original.split(separator: " ").map(String.init)
        if words.contains(where: { $0.first?.isLetter == true && $0.first?.isASCII == true }) {
            return words.enumerated().map { index, word in
                if Self.englishTitles.contains(word.lowercased().replacingOccurrences(of: ".", with: "")) { return word }
                if index == words.count - 1 || PersonalData.isRomanisedSurname(word) { return englishSurname(word) }
                return given(word)
            }.joined(separator: " ")
        }
        // A given name said alone (大文), or a name no reader knows: a whole stand-in.
        return given(original)
    }

    private mutating func chineseSurname(_ original: String) -> String {
        if let known = surnames[original] { return known }
        let used = Set(surnames.values)
        let pick = Self.chineseSurnames.first { !originals.contains($0) && !used.contains($0) && $0 != original } ?? "石"
        surnames[original] = pick
        return pick
    }

    private mutating func englishSurname(_ original: String) -> String {
        let key = original.lowercased()
        if let known = englishSurnames[key] { return known }
        let used = Set(englishSurnames.values)
        let taken = Set(originals.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        let pick = Self.romanSurnames.first { !taken.contains($0.lowercased()) && !used.contains($0) && $0.lowercased() != key } ?? "Shek"
        englishSurnames[key] = pick
        return pick
    }

    private mutating func given(_ original: String) -> String {
        if let known = givenNames[original] { return known }
        let chinese = original.contains { $0.isLetter && !$0.isASCII }
        let list = chinese ? Self.chineseGiven : Self.englishGiven
        let used = Set(givenNames.values)
        let pick = list.first { candidate in !used.contains(candidate) && !originals.contains { $0.contains(candidate) } }
            ?? list[givenNames.count % list.count]
        givenNames[original] = pick
        return pick
    }

    // MARK: Numbers and places

    /// 9123 4567 → 6000 0001, the next one for the next number.
    private mutating func phone(_ value: String) -> String {
        if let known = phones[value] { return known }
        var n = phones.count + 1
        var pick = "6000 " + String(format: "%04d", n)
        while originals.contains(pick) {
            n += 1
            pick = "6000 " + String(format: "%04d", n)
        }
        phones[value] = pick
        return pick
    }

    private mutating func email(_ value: String) -> String {
        if let known = emails[value] { return known }
        let pick = "resident\(emails.count + 1)@example.com"
        emails[value] = pick
        return pick
    }

    /// A unit with its floor shifted and its flat letter rotated: 12樓B室 → 17樓E室, Flat B, 12/F →
    /// Flat E, 17/F, a room 1203 → 1703; G/F and a basement's B2 stay what they are.
    public func unit(_ value: String) -> String {
        let characters = Array(value)
        var out = ""
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c.isASCIIDigit {
                var j = i
                while j < characters.count, characters[j].isASCIIDigit { j += 1 }
                let digits = String(characters[i..<j])
                let basement = i > 0 && characters[i - 1] == "B"
                out += basement ? digits : floor(digits)
                i = j
                continue
            }
            let before = i > 0 ? characters[i - 1] : " "
            let after = i + 1 < characters.count ? characters[i + 1] : " "
            if c.isASCII, c.isUppercase, !before.isLetter || !before.isASCII, !after.isLetter || !after.isASCII,
               after != "/", before != "/", !after.isASCIIDigit, let scalar = c.asciiValue {
                out.append(Character(Unicode.Scalar((scalar - 65 + UInt8(letterShift)) % 26 + 65)))
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// A floor (1–120) moved up by the shift; a room number (1203) keeps its flat and moves its floor.
    private func floor(_ digits: String) -> String {
        guard let n = Int(digits) else { return digits }
        if (1...120).contains(n), digits.count <= 3 { return String(n + floorShift) }
        if digits.count == 4 || digits.count == 3 { return String((n / 100 + floorShift) * 100 + n % 100) }
        return number(digits)
    }

    /// Another building of the estate of the same kind (A座 → B座), said the way it was (Block A →
    /// Block B); the same when the estate has only one of its kind.
    private func building(_ value: String, written original: String) -> String {
        guard let last = value.last else { return value }
        let kind = buildings.filter { $0.last == last }
        guard kind.count > 1, let index = kind.firstIndex(of: value) else { return original }
        let pick = kind[(index + 1) % kind.count]
        if original == value { return pick }
        // Block A, A棟: the letter changes, the words stay.
        let from = String(value.dropLast()), to = String(pick.dropLast())
        return from.count == 1 && to.count == 1 ? original.replacingOccurrences(of: from, with: to) : pick
    }

    /// Any other number of three or more digits: each digit moved by the same step, so it keeps
    /// its length and is never the original.
    private func number(_ digits: String) -> String {
        String(digits.map { c -> Character in
            let fullWidth = !c.isASCII
            let value = fullWidth ? Int(c.unicodeScalars.first!.value - 0xFF10) : Int(String(c))!
            let moved = (value + letterShift + 2) % 10
            return fullWidth ? Character(Unicode.Scalar(UInt32(0xFF10 + moved))!) : Character(String(moved))
        })
    }

    // MARK: The stand-ins

    /// Surnames written the same in Traditional and Simplified, so either script reads them.
    static let chineseSurnames = ["李", "何", "林", "梁", "朱", "高", "方", "周", "余", "胡", "曾", "袁", "石", "丁", "甘", "史"]
    static let chineseGiven = ["家明", "美玲", "嘉欣", "志明", "子晴", "思敏", "永安", "秀英", "立新", "玉珍"]
    static let romanSurnames = ["Lee", "Ho", "Lam", "Leung", "Chu", "Ko", "Fong", "Chow", "Yu", "Kwok", "Tsang", "Shek"]
    static let englishGiven = ["Alex", "Sam", "Jo", "Chris", "Kim", "Pat", "Robin", "Terry"]
    static let titles: Set<String> = ["先生", "小姐", "女士", "太太", "姑娘", "師奶", "师奶", "生", "太", "伯", "婆", "叔", "姨", "姐"]
    static let englishTitles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "madam", "mdm"]
}
