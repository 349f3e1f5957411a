/// Reads the caller's unit: a floor and flat (12樓C室, 12/F Flat C, Flat C, 12/F, Flat 12C, 12C,
/// Unit 12C), a room (1203室, Room 1203), a shop (118號舖, Shop 118), a car-park space
/// (B2層118號車位), or a floor alone (3樓, G/F, 地下 where it can only be the ground floor).
/// Written back in the line's script: 12樓C室, 12楼C室 or Flat C, 12/F.
enum FactUnit {
    /// `neighbours`: also the units said just after 樓上 or "next door" (someone else's), which a
    /// proposal leaves out but personal data includes.
    static func candidates(in line: FactLine, neighbours: Bool = false) -> [FactCandidate] {
        var found: [FactCandidate] = []
        var i = 0
        while i < line.count {
            // Each reader needs a digit, a numeral, an ASCII letter or 地下 where a unit starts:
            // another Chinese character (most of a line) starts none, and is passed over.
            if line.isHan(i), !line.isNumeral(i), !line.has("地下", at: i) {
                i += 1
                continue
            }
            guard let candidate = chineseFloor(line, at: i) ?? englishFloor(line, at: i) ?? flatWord(line, at: i)
                    ?? shopWord(line, at: i) ?? flatToken(line, at: i) ?? room(line, at: i)
                    ?? groundFloor(line, at: i) ?? parkingSpace(line, at: i)
            else { i += 1; continue }
            // A unit said just after 樓上 or "next door" is someone else's, not the caller's.
            if neighbours || !neighbour.endsNear(candidate.range.lowerBound, gap: 4, in: line, clause: line.clause(at: i)) {
                found.append(candidate)
            }
            i = candidate.range.upperBound
        }
        return found
    }

    // MARK: Chinese: 12樓C室, 十二樓C, 12樓3室, 3樓

    private static func chineseFloor(_ line: FactLine, at i: Int) -> FactCandidate? {
        guard !line.isLetter(i - 1), let floor = FactNumber.read(line, at: i), (1...120).contains(floor.value),
              line.isKey("楼", at: i + floor.length), !line.isKey("高", at: i + floor.length + 1)
        else { return nil }
        let afterFloor = i + floor.length + 1
        let floorWord = line.folded[i + floor.length] == "楼" ? "楼" : "樓"
        let j = line.skippingSpaces(afterFloor)
        if line.isLetter(j), !line.isWordCharacter(j + 1), !line.isKey("座", at: j + 1), !line.isKey("栋", at: j + 1) {
            let end = line.isKey("室", at: j + 1) ? j + 2 : j + 1
            return flat(floor.value, letter: line.folded[j], i..<end, line, floorWord: floorWord)
        }
        let roomDigits = line.digits(at: j)
        if (1...2).contains(roomDigits), let end = roomEnd(line, after: j + roomDigits) {
            return FactCandidate(field: .unit, value: "\(floor.value)\(floorWord)\(line.text(j..<(j + roomDigits)))室", range: i..<end, rank: 3)
        }
        return FactCandidate(field: .unit, value: "\(floor.value)\(floorWord)", range: i..<afterFloor, rank: 1)
    }

    /// Where 室 or 號室 ends after a room number.
    private static func roomEnd(_ line: FactLine, after j: Int) -> Int? {
        if line.isKey("室", at: j) { return j + 1 }
        if line.isKey("号", at: j), line.isKey("室", at: j + 1) { return j + 2 }
        return nil
    }

    // MARK: English: 12/F, 12/F Flat C, 12th floor, G/F

    private static func englishFloor(_ line: FactLine, at i: Int) -> FactCandidate? {
        guard let floor = floor(line, at: i) else { return nil }
        var j = line.skippingSpaces(floor.end)
        if line.isKey(",", at: j) { j = line.skippingSpaces(j + 1) }
        if line.has("shop", at: j), let shop = shopWord(line, at: j) {
            return FactCandidate(field: .unit, value: "\(shop.value), \(floor.name)/F", range: i..<shop.range.upperBound, rank: 3)
        }
        // A flat after the floor (12/F Flat C); a room number after it (12/F Room 1203) is read on its own.
        if let word = flatWords.length(in: line, at: j), let flat = flatMark(line, at: afterWord(line, j + word)) {
            if let number = Int(floor.name), flat.mark.count == 1, let letter = flat.mark.first, letter.isLetter {
                return Self.flat(number, letter: letter, i..<flat.end, line)
            }
            if flat.mark.count <= 2 {
                return FactCandidate(field: .unit, value: "Flat \(flat.mark), \(floor.name)/F", range: i..<flat.end, rank: 3)
            }
        }
        return FactCandidate(field: .unit, value: floorOnly(floor.name, line), range: i..<floor.end, rank: 1)
    }

    /// A floor in English: 12/F, G/F, LG/F, B1/F, 12th floor, ground floor; its name (12, G) and end.
    private static func floor(_ line: FactLine, at i: Int) -> (name: String, end: Int)? {
        guard !line.isWordCharacter(i - 1), !line.isKey("/", at: i - 1) else { return nil }
        if let length = groundWords.length(in: line, at: i) { return ("G", i + length) }
        var j = i
        while line.isWordCharacter(j), j - i < 3 { j += 1 }
        guard j > i else { return nil }
        let name = line.text(i..<j).uppercased()
        if line.isKey("/", at: j), line.isKey("f", at: j + 1), !line.isWordCharacter(j + 2),
           name.allSatisfy(\.isASCIIDigit) || ["G", "LG", "UG", "B1", "B2", "B3"].contains(name) {
            return (Int(name).map(String.init) ?? name, j + 2)
        }
        // 12th floor: digits, an ordinal ending, a space, floor.
        let digits = line.digits(at: i)
        let ordinal = i + digits
        guard (1...3).contains(digits), ["st", "nd", "rd", "th"].contains(where: { line.has($0, at: ordinal) }),
              !line.isWordCharacter(ordinal + 2)
        else { return nil }
        let k = line.skippingSpaces(ordinal + 2)
        guard k > ordinal + 2, let word = floorWords.length(in: line, at: k) else { return nil }
        return (String(line.number(at: i, length: digits)), k + word)
    }

    private static func floorOnly(_ name: String, _ line: FactLine) -> String {
        guard line.script != .english else { return "\(name)/F" }
        if name == "G" { return "地下" }
        return Int(name).map { "\($0)\(line.script.floor)" } ?? "\(name)/F"
    }

    // MARK: Flat C, 12/F; Flat 12C; Unit 12C; Room 1203

    private static func flatWord(_ line: FactLine, at i: Int) -> FactCandidate? {
        guard let word = flatWords.length(in: line, at: i), let flat = flatMark(line, at: afterWord(line, i + word)) else { return nil }
        let digits = flat.mark.prefix { $0.isASCIIDigit }
        let letters = flat.mark.dropFirst(digits.count)
        if !digits.isEmpty, letters.count == 1, digits.count <= 2 {
            return Self.flat(Int(digits)!, letter: letters.first!, i..<flat.end, line)
        }
        if letters.isEmpty, (3...4).contains(digits.count) {
            let value = line.script == .english ? "\(roomWord(line, at: i)) \(digits)" : "\(digits)室"
            return FactCandidate(field: .unit, value: value, range: i..<flat.end, rank: 3)
        }
        // Flat C alone says too little; with a floor after it (Flat C, 12/F; Flat B on the 8th floor) it is a unit.
        var j = line.skippingSpaces(flat.end)
        if line.isKey(",", at: j) { j = line.skippingSpaces(j + 1) }
        if let on = onThe.length(in: line, at: j) { j = line.skippingSpaces(j + on) }
        if digits.isEmpty || letters.isEmpty, let floor = floor(line, at: j) {
            if let number = Int(floor.name), letters.count == 1 {
                return Self.flat(number, letter: letters.first!, i..<floor.end, line)
            }
            return FactCandidate(field: .unit, value: "Flat \(flat.mark), \(floor.name)/F", range: i..<floor.end, rank: 3)
        }
        return nil
    }

    /// Flat, Unit or Room as typed, for a room number (Room 1203).
    private static func roomWord(_ line: FactLine, at i: Int) -> String {
        switch line[i] {
        case "u": "Unit"
        case "r": "Room"
        default: "Flat"
        }
    }

    /// After Flat, Rm. or Unit No.: past a full stop and spaces.
    private static func afterWord(_ line: FactLine, _ j: Int) -> Int {
        line.skippingSpaces(line.isKey(".", at: j) ? j + 1 : j)
    }

    /// A flat's mark: C, 12C, 3, 1203 — letters and digits ending at a word's end, upper-cased.
    private static func flatMark(_ line: FactLine, at j: Int) -> (mark: String, end: Int)? {
        var end = j
        while line.isWordCharacter(end), end - j < 5 { end += 1 }
        guard end > j, !line.isWordCharacter(end), !line.isKey("/", at: end) else { return nil }
        let mark = line.text(j..<end).uppercased()
        let digits = mark.prefix { $0.isASCIIDigit }.count
        guard mark.dropFirst(digits).count <= 1, mark.count == digits || digits <= 2 else { return nil }
        return (mark, end)
    }

    // MARK: Shop 118, 118號舖

    private static func shopWord(_ line: FactLine, at i: Int) -> FactCandidate? {
        if line.has("shop", at: i), !line.isWordCharacter(i - 1) {
            let j = line.skippingSpaces(i + 4)
            var end = j
            while line.isWordCharacter(end) || line.isKey("-", at: end) { end += 1 }
            guard end > j, (j..<end).contains(where: line.isDigit), !line.isWordCharacter(end) else { return nil }
            var value = "Shop \(line.text(j..<end).uppercased())"
            var k = line.skippingSpaces(end)
            if line.isKey(",", at: k) { k = line.skippingSpaces(k + 1) }
            if let floor = floor(line, at: k) {
                value += ", \(floor.name)/F"
                end = floor.end
            }
            return FactCandidate(field: .unit, value: value, range: i..<end, rank: 3)
        }
        let digits = line.digits(at: i)
        guard (1...4).contains(digits), !line.isWordCharacter(i - 1) else { return nil }
        var end = i + digits
        if line.isKey("号", at: end) { end += 1 }
        guard line.isKey("铺", at: end) else { return nil }
        return FactCandidate(field: .unit, value: line.text(i..<(end + 1)), range: i..<(end + 1), rank: 3)
    }

    // MARK: 12C, 12C室; 1203室

    private static func flatToken(_ line: FactLine, at i: Int) -> FactCandidate? {
        let digits = line.digits(at: i)
        guard (1...2).contains(digits), !line.isWordCharacter(i - 1), !"/-$#.:".contains(line[i - 1] ?? " "),
              line.isLetter(i + digits), !line.isWordCharacter(i + digits + 1)
        else { return nil }
        let letter = line.folded[i + digits]
        let token = line.text(i..<(i + digits + 1)).uppercased()
        if line.isKey("室", at: i + digits + 1) {
            return flat(line.number(at: i, length: digits), letter: letter, i..<(i + digits + 2), line)
        }
        // Without 室 only an upper-case letter (not 5g, not 12c), and not a network (5G) or money (10K, 6M).
        guard letter.isUppercase, !["3G", "4G", "5G"].contains(token), !"KM".contains(letter),
              !"座栋号楼层".contains(line[i + digits + 1] ?? " ")
        else { return nil }
        return flat(line.number(at: i, length: digits), letter: letter, i..<(i + digits + 1), line)
    }

    private static func room(_ line: FactLine, at i: Int) -> FactCandidate? {
        let digits = line.digits(at: i)
        guard (3...4).contains(digits), !line.isWordCharacter(i - 1), let end = roomEnd(line, after: i + digits) else { return nil }
        return FactCandidate(field: .unit, value: "\(line.text(i..<(i + digits)))室", range: i..<end, rank: 3)
    }

    // MARK: 地下A室, 住地下

    /// 地下 is also "the floor" (跌咗落地下), so it is a unit only with a flat or shop after
    /// it, or right after 住 (I live on).
    private static func groundFloor(_ line: FactLine, at i: Int) -> FactCandidate? {
        guard line.has("地下", at: i) else { return nil }
        let j = line.skippingSpaces(i + 2)
        if line.isLetter(j), !line.isWordCharacter(j + 1), line.isKey("室", at: j + 1) || line.isKey("铺", at: j + 1) {
            let mark = String(line.folded[j]).uppercased()
            return FactCandidate(field: .unit, value: "地下\(mark)\(line.folded[j + 1])", range: i..<(j + 2), rank: 3)
        }
        if line.digits(at: j) > 0, let shop = shopWord(line, at: j) {
            return FactCandidate(field: .unit, value: "地下" + shop.value, range: i..<shop.range.upperBound, rank: 3)
        }
        if livesOn.endsNear(i, gap: 0, in: line, clause: line.clause(at: i)) {
            return FactCandidate(field: .unit, value: "地下", range: i..<(i + 2), rank: 1)
        }
        return nil
    }

    // MARK: B2層118號車位

    private static func parkingSpace(_ line: FactLine, at i: Int) -> FactCandidate? {
        guard !line.isWordCharacter(i - 1) else { return nil }
        var j = i
        if line.isKey("b", at: j) { j += 1 }
        let level = line.digits(at: j)
        if (1...2).contains(level), line.isKey("层", at: j + level) { j += level + 1 } else { j = i }
        let digits = line.digits(at: j)
        guard (1...4).contains(digits), line.has("号车位", at: j + digits) else { return nil }
        let end = j + digits + 3
        return FactCandidate(field: .unit, value: line.text(i..<end).uppercased(), range: i..<end, rank: 3)
    }

    /// Floor and flat in the line's script: 12樓C室, 12楼C室, Flat C, 12/F.
    private static func flat(_ floor: Int, letter: Character, _ range: Range<Int>, _ line: FactLine, floorWord: String? = nil) -> FactCandidate {
        let mark = letter.uppercased()
        let value = line.script == .english ? "Flat \(mark), \(floor)/F" : "\(floor)\(floorWord ?? line.script.floor)\(mark)室"
        return FactCandidate(field: .unit, value: value, range: range, rank: 3)
    }

    private static let flatWords = FactWords(["flat", "flt", "unit", "room", "rm", "apartment", "apt"])
    private static let floorWords = FactWords(["floor", "fl"])
    private static let onThe = FactWords(["on the", "on"])
    private static let groundWords = FactWords(["ground floor", "g/f"])
    private static let livesOn = FactWords(["住", "住喺", "住在", "住响"])
    private static let neighbour = FactWords([
        "樓上", "樓下", "隔籬", "隔壁", "對面", "鄰居", "鄰舍",
        "upstairs", "downstairs", "next door", "neighbour", "neighbor", "neighbours", "neighbors", "opposite", "above", "below",
    ])
}
