/// Reads whether the caller owns or occupies the unit — 我係業主, 我是租客, I'm the tenant, we
/// rent — only when they say it of themselves: 樓上係租客, 叫我搵業主 and my landlord are about
/// someone else, and 我唔係業主 says what they are not. The value is the raw value of `Standing`.
enum FactStanding {
    static func candidates(in line: FactLine) -> [FactCandidate] {
        var found: [FactCandidate] = []
        for i in 0..<line.count {
            for (words, verbs, standing) in readings {
                // The verbs are English, and start with a letter.
                if line.isWordCharacter(i), let length = verbs.length(in: line, at: i), !line.has(" out", at: i + length), !line.has(" it out", at: i + length) {
                    found.append(FactCandidate(field: .standing, value: standing.rawValue, range: i..<(i + length), rank: 1))
                } else if let length = words.length(in: line, at: i), saidOfThemselves(line, i..<(i + length)) {
                    found.append(FactCandidate(field: .standing, value: standing.rawValue, range: i..<(i + length), rank: 1))
                }
            }
        }
        return found
    }

    /// Whether 我 / 本人 / I'm comes before the word in its clause, not as "my" (我個業主), with
    /// nothing between that makes the word someone else's (搵, 話, 唔; in English only "the", "a"
    /// and the like), and nothing after that makes it a relation (業主嘅朋友, the owner's son) or a
    /// body (業主立案法團, the owners' corporation).
    private static func saidOfThemselves(_ line: FactLine, _ word: Range<Int>) -> Bool {
        let clause = line.clause(at: word.lowerBound)
        let reach = max(clause.lowerBound, word.lowerBound - 24)
        guard let me = selves.last(in: line, reach..<word.lowerBound) else { return false }
        var afterMe = me.at + me.length
        if line.isKey("哋", at: afterMe) || line.isKey("们", at: afterMe) { afterMe += 1 }
        let between = afterMe..<word.lowerBound
        if line[me.at]?.isASCII == true {
            let words = line.text(between).lowercased().split(separator: " ")
            guard words.allSatisfy({ englishBetween.contains(String($0)) }) else { return false }
        } else {
            if let next = line[afterMe], "个啲嘅的".contains(next) { return false }
            if blockers.first(in: line, between) != nil { return false }
            // 我樓上係租客 is about upstairs; 我係住喺樓上嘅住戶 is still about me.
            if !isStatement.contains(line[afterMe]!), elsewhere.first(in: line, between) != nil { return false }
        }
        if bodies.length(in: line, at: word.upperBound) != nil { return false }
        if let after = line[word.upperBound], "的嘅之".contains(after), line.isHan(word.upperBound + 1),
           !"呀啊㗎嚟喇啦".contains(line[word.upperBound + 1]!) { return false }
        return true
    }

    private static let bodies = FactWords(["立案", "法團", "大會", "委員會", "'s", "' corporation", " corporation", " committee"])
    private static let readings = [(owner, owns, Standing.owner), (occupant, rents, .occupant)]
    private static let owner = FactWords(["業主", "屋主", "房東", "業權人", "owner", "owners", "landlord", "landlady"])
    private static let occupant = FactWords(["租客", "租戶", "住戶", "住客", "用戶", "房客", "租緊", "租住", "tenant", "tenants", "occupant", "occupants", "resident", "residents", "renter"])
    private static let owns = FactWords(["i own", "we own"])
    private static let rents = FactWords(["i rent", "we rent", "i'm renting", "we're renting", "i am renting", "we are renting"])
    private static let selves = FactWords(["我", "本人", "i'm", "i am", "we're", "we are", "as the", "as a", "as an"])
    private static let englishBetween: Set<String> = ["the", "a", "an", "registered", "current", "just", "also", "actually", "only", "sole", "joint", "new"]
    private static let blockers = FactWords([
        "搵", "找", "叫", "同", "跟", "問", "聯絡", "話", "通知", "唔", "不", "冇", "沒", "非", "幫", "替", "代表", "老公", "老婆",
        "屋企人", "爸", "媽", "仔", "女", "朋友", "親戚",
    ])
    private static let elsewhere = FactWords(["鄰居", "樓上", "樓下", "隔籬", "對面"])
    private static let isStatement = Set("係是".map { FactLine.keyed(String($0))[0] })
}
