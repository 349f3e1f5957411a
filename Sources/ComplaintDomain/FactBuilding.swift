/// Reads which of the organisation's buildings the line names: the name as listed (A座, 商場),
/// in Simplified (商场), and for a lettered block the other ways it is said (A棟, Block A,
/// Tower A, Blk A), and the common English for a car park or a mall. A name inside a longer one
/// found there gives way to it (A座商場 over A座); of the rest, the first is proposed.
struct FactBuilding: Sendable {
    /// Every way of saying every building, keyed.
    private let spoken: FactWords
    /// The building each keyed way of saying it names.
    private let building: [[Character]: String]
    /// Lettered blocks by their letter as listed (A for A座), for Block A and Tower A.
    private let blocks: [String: String]

    init(buildings: [String]) {
        var building: [[Character]: String] = [:]
        var blocks: [String: String] = [:]
        for name in buildings {
            var ways = [name]
            if let last = name.last, "座棟栋".contains(last), name.count <= 3,
               name.dropLast().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                let mark = String(name.dropLast())
                ways += [mark + "座", mark + "棟", mark + " 座"]
                blocks[mark.uppercased()] = blocks[mark.uppercased()] ?? name
            }
            ways += FactBuilding.english[String(FactLine.keyed(name))] ?? []
            for way in ways { building[FactLine.keyed(way)] = building[FactLine.keyed(way)] ?? name }
        }
        spoken = FactWords(Array(building.keys.map { String($0) }))
        self.building = building
        self.blocks = blocks
    }

    /// Every building named, except a name inside a longer one (A座 inside A座商場).
    func candidates(in line: FactLine) -> [FactCandidate] {
        var found: [FactCandidate] = []
        for i in 0..<line.count {
            if let way = spoken.match(in: line, at: i), let name = building[way] {
                found.append(FactCandidate(field: .building, value: name, range: i..<(i + way.count), rank: 1))
            } else if let block = block(in: line, at: i) {
                found.append(block)
            }
        }
        return found.filter { inner in
            !found.contains { $0.range != inner.range && $0.range.lowerBound <= inner.range.lowerBound && inner.range.upperBound <= $0.range.upperBound }
        }
    }

    /// Block A, Tower A, Blk. A: the word in any case, the letter in upper case as listed, so
    /// "block a door" is not Block A.
    private func block(in line: FactLine, at i: Int) -> FactCandidate? {
        guard !blocks.isEmpty, line.isWordCharacter(i), let word = FactBuilding.blockWords.length(in: line, at: i) else { return nil }
        var j = i + word
        if line.isKey(".", at: j) { j += 1 }
        let start = line.skippingSpaces(j)
        var end = start
        while line.isWordCharacter(end) { end += 1 }
        let mark = line.text(start..<end)
        guard start > j || line.isKey(".", at: j - 1), let name = blocks[mark], mark == mark.uppercased() else { return nil }
        return FactCandidate(field: .building, value: name, range: i..<end, rank: 1)
    }

    private static let blockWords = FactWords(["block", "blk", "tower", "building", "bldg"])

    /// English for the common kinds of building, keyed by their Chinese name (Simplified).
    private static let english: [String: [String]] = [
        "停车场": ["car park", "carpark", "parking lot", "car-park"],
        "商场": ["mall", "shopping centre", "shopping center", "shopping mall", "shopping arcade", "arcade"],
        "会所": ["clubhouse", "club house"],
    ]
}
