/// Reads what the caller wants done: a request clause (要求賠償, 希望你哋盡快處理, 要今日即刻派人
/// 上嚟睇, 我要見經理, 即刻派人上嚟, I want a refund, please send someone today). 要 and 想 are
/// everywhere in Cantonese, so a clause counts only when they lead to something the office can do
/// (派人, 維修, 賠, 見經理…); "I want to complain" and 我又要投訴 say why they called, not what they
/// want. The value is the request as said, from its first word to the end of the clause.
enum FactWants {
    static func candidates(in line: FactLine) -> [FactCandidate] {
        var found: [FactCandidate] = []
        var i = 0
        while i < line.count {
            if let candidate = request(line, at: i) ?? english(line, at: i) ?? imperative(line, at: i) {
                found.append(candidate)
                i = max(i + 1, line.clause(at: i).upperBound)
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: 要求…, 希望…, 要你哋…, 要今日即刻派人上嚟睇

    private static func request(_ line: FactLine, at i: Int) -> FactCandidate? {
        let strong = strongMarkers.length(in: line, at: i)
        guard strong != nil || weakMarkers.length(in: line, at: i) != nil else { return nil }
        let clause = line.clause(at: i)
        // A rhetorical question (請你哋返嚟做乜?) asks for nothing.
        if rhetorical.first(in: line, i..<clause.upperBound) != nil { return nil }
        if let strong {
            // 唔該你 alone is "thank you"; a request goes on to say what.
            guard reasons.length(in: line, at: i + strong) == nil, notAMarkerAfter.length(in: line, at: i + strong) == nil,
                  let request = candidate(line, from: i, rank: 2), request.range.upperBound > i + strong
            else { return nil }
            return request
        }
        guard let weak = weakMarkers.length(in: line, at: i) else { return nil }
        if let before = line[i - 1], weak == 1, notBeforeWeak.contains(before) { return nil }
        guard reasons.length(in: line, at: i + weak) == nil, otherWords.length(in: line, at: i + weak) == nil,
              remedies.first(in: line, (i + weak)..<min(clause.upperBound, i + weak + 20)) != nil
        else { return nil }
        return candidate(line, from: i, rank: 1)
    }

    /// A clause that starts with what to do: 派人上嚟睇, 即刻搵人嚟, 賠償我損失.
    private static func imperative(_ line: FactLine, at i: Int) -> FactCandidate? {
        let clause = line.clause(at: i)
        guard i == line.skippingSpaces(clause.lowerBound) else { return nil }
        var j = i
        if let you = addressees.length(in: line, at: j) { j = line.skippingSpaces(j + you) }
        guard englishImperatives.length(in: line, at: j) ?? chineseImperatives.length(in: line, at: j) != nil else { return nil }
        return candidate(line, from: i, rank: 1)
    }

    // MARK: I want…, please…, could you…

    private static func english(_ line: FactLine, at i: Int) -> FactCandidate? {
        // Every marker starts with a letter: elsewhere nothing is looked up.
        guard line.isWordCharacter(i), let marker = englishMarkers.length(in: line, at: i) else { return nil }
        let clause = line.clause(at: i)
        var j = line.skippingSpaces(i + marker)
        while let filler = englishFillers.length(in: line, at: j) { j = line.skippingSpaces(j + filler) }
        guard j < clause.upperBound, englishDropped.length(in: line, at: j) == nil else { return nil }
        return candidate(line, from: j, rank: 2)
    }

    /// From `start` to the end of its clause, without the particles and marks that close it.
    private static func candidate(_ line: FactLine, from start: Int, rank: Int) -> FactCandidate? {
        var end = line.clause(at: start).upperBound
        while end > start, let last = line[end - 1], last.isWhitespace || closers.contains(last) { end -= 1 }
        guard end > start else { return nil }
        return FactCandidate(field: .wants, value: line.text(start..<end), range: start..<end, rank: rank)
    }

    private static let strongMarkers = FactWords([
        "要求", "希望", "請你哋", "請你們", "請你", "麻煩你哋", "麻煩你們", "麻煩你", "唔該你哋", "唔該你",
        "要你哋", "要你們", "要你", "想你哋", "想你們", "叫你哋", "叫你們",
    ])
    private static let weakMarkers = FactWords([
        "要", "想", "請", "麻煩", "唔該", "快啲", "快點", "即刻", "立即", "馬上", "盡快", "儘快",
        "可唔可以", "可不可以", "能不能", "幫我", "一定要",
    ])
    /// Before a one-character marker, what makes it another word: 需要, 重要, 唔想, 諗.
    private static let notBeforeWeak = Set("需重主只不唔將快就總冇沒諗理思感夢回".map { FactLine.keyed(String($0))[0] })
    /// After a marker, why they called rather than what they want: 投訴, 問, 講, 知道, 報警.
    private static let reasons = FactWords(["投訴", "問", "講", "話", "知", "反映", "確認", "了解", "查詢", "報警", "報告"])
    /// After 要 or 想, what makes another word of it: 要係 (if), 要唔係 (otherwise), 要命, 要點.
    private static let otherWords = FactWords(["係", "是", "不", "唔", "命", "死", "點"])
    private static let notAMarkerAfter = FactWords(["明白", "理解", "聽"])
    private static let rhetorical = FactWords(["做乜", "做咩", "做什麼", "點解", "為乜", "為什麼", "憑乜", "憑咩"])
    /// What the office can do, after 要 or 想, that makes the clause a request.
    private static let remedies = FactWords([
        "派人", "派個人", "派啲人", "派師傅", "搵人", "找人", "叫人", "上嚟", "上來", "過嚟", "過來", "嚟睇", "來看",
        "睇下", "睇吓", "睇睇", "看看", "看一下", "檢查", "維修", "修理", "整返", "整好", "整番", "修好", "處理",
        "跟進", "解決", "賠", "退錢", "退款", "退返", "退回", "退還", "換", "清理", "清潔", "打掃", "經理", "主管",
        "負責人", "道歉", "交代", "回覆", "覆我", "回電", "打返", "搬走", "移車", "告示", "警告", "罰", "停止", "停手",
        "唔好再", "不要再", "說法", "搞掂", "搞好", "修復", "更換", "安排", "跟", "加裝", "調查",
    ])
    private static let addressees = FactWords(["你哋", "你們", "你", "唔該", "麻煩", "請", "just", "please"])
    private static let chineseImperatives = FactWords(["派人", "派個人", "搵人", "叫人", "派師傅", "賠償", "賠錢", "退錢"])
    private static let englishImperatives = FactWords(["send someone", "send somebody", "get someone", "fix it", "fix the", "refund"])
    private static let englishMarkers = FactWords([
        "i want", "i'd like", "i would like", "we want", "we'd like", "we would like", "i need you to", "we need you to",
        "i demand", "i expect", "i'm asking you to", "i am asking you to", "i'm asking for", "i am asking for",
        "can you", "could you", "would you", "will you", "can someone", "could someone", "please",
    ])
    private static let englishFillers = FactWords(["you to", "to", "please", "kindly", "you"])
    /// After "I want to", "can you" or "please": why they called, a question, or the call itself
    /// (please let me finish), not a request.
    private static let englishDropped = FactWords([
        "complain", "report", "say", "tell", "ask you", "ask about", "ask whether", "ask if", "ask when", "ask why", "ask how", "know", "hear", "understand", "explain", "mention", "make a complaint",
        "lodge", "file a", "believe", "imagine", "see what", "be", "talk about",
        "don't", "do not", "let me", "listen", "hold", "wait", "calm down", "stop interrupting", "repeat",
    ])
    private static let closers = Set("呀啊啦喇吖囉喎嘛㗎嘞咯!！?？.。~".map { FactLine.keyed(String($0))[0] })
}
