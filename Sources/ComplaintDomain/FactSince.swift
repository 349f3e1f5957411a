/// Reads since when it has been happening: a starting point (琴晚, 上星期三開始, 由上個月開始,
/// 三日前, since last week, yesterday) or a duration (成個禮拜, 兩個月, 半年, 漏咗好耐, for three
/// days, two weeks now). A starting point is preferred to a duration. Said of the future (再等兩日,
/// 三日內, tomorrow) or of how often (一個禮拜兩次), it is not read. A clock time alone (12點開始)
/// says when in the day, not since when. The value is the phrase as said.
enum FactSince {
    static func candidates(in line: FactLine) -> [FactCandidate] {
        var found: [FactCandidate] = []
        var i = 0
        while i < line.count {
            if let candidate = framed(line, at: i) ?? point(line, at: i) ?? duration(line, at: i) ?? english(line, at: i) {
                found.append(candidate)
                i = candidate.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: 由上個月開始, 由佢搬入嚟開始, 自從上次維修之後

    private static func framed(_ line: FactLine, at i: Int) -> FactCandidate? {
        guard let frame = frames.length(in: line, at: i) else { return nil }
        let clause = line.clause(at: i)
        let inside = (i + frame)..<min(clause.upperBound, i + frame + 10)
        let ever = line.has("自从", at: i)
        // 起 ends many words (起身, 對唔起), so before it the words must name a time.
        guard let close = (ever ? everEnds : ends).first(in: line, inside), close.at > i + frame,
              !line.isKey("起", at: close.at) || timeWords.first(in: line, (i + frame)..<close.at) != nil
        else { return nil }
        let end = close.at + close.length
        return FactCandidate(field: .since, value: line.text(i..<end), range: i..<end, rank: 2)
    }

    // MARK: 琴晚, 上星期三開始, 上個月15號開始, 今日下晝三點左右開始, 三日前

    private static func point(_ line: FactLine, at i: Int) -> FactCandidate? {
        var end: Int
        // 今日 and 星期一 are also said of what is to come: a starting point only with 開始 after.
        var needsStart = false
        if let anchor = anchors.length(in: line, at: i) {
            end = i + anchor
            if weekAnchors.length(in: line, at: i) == anchor, let day = line[end], weekdays.contains(day) { end += 1 }
        } else if let today = startAnchors.length(in: line, at: i) {
            end = i + today
            needsStart = true
        } else if let week = weekWords.length(in: line, at: i), let day = line[i + week], weekdays.contains(day) {
            end = i + week + 1
            needsStart = true
        } else if let span = span(line, at: i), line.isKey("前", at: span) {
            end = span + 1
        } else {
            return nil
        }
        if let date = dayOfMonth(line, at: end) { end = date }
        if let time = timeOfDay(line, at: end) { end = time }
        if line.has("左右", at: end) { end += 2 }
        if let start = ends.length(in: line, at: end) { end += start } else if needsStart { return nil }
        return FactCandidate(field: .since, value: line.text(i..<end), range: i..<end, rank: 2)
    }

    /// Where a day of the month (15號, 三日) after a point ends.
    private static func dayOfMonth(_ line: FactLine, at i: Int) -> Int? {
        guard let day = FactNumber.read(line, at: i, maxDigits: 2), (1...31).contains(day.value),
              line.isKey("号", at: i + day.length) || line.isKey("日", at: i + day.length) else { return nil }
        return i + day.length + 1
    }

    /// Where a clock time (12點, 八點半, 3點15分) or a part of the day (夜晚, 凌晨) after a point ends.
    private static func timeOfDay(_ line: FactLine, at i: Int) -> Int? {
        if let part = dayParts.length(in: line, at: i) { return timeOfDay(line, at: i + part) ?? i + part }
        guard let hour = FactNumber.read(line, at: i, maxDigits: 2), line.isKey("点", at: i + hour.length) else { return nil }
        var end = i + hour.length + 1
        if line.isKey("半", at: end) || line.isKey("钟", at: end) { end += 1 }
        else if let minutes = FactNumber.read(line, at: end, maxDigits: 2), line.isKey("分", at: end + minutes.length) { end += minutes.length + 1 }
        return end
    }

    // MARK: 成個禮拜, 兩個月, 半年, 三日, 漏咗好耐

    private static func duration(_ line: FactLine, at i: Int) -> FactCandidate? {
        if let long = longWords.length(in: line, at: i), afterDone.endsNear(i, gap: 0, in: line, clause: line.clause(at: i)) {
            return FactCandidate(field: .since, value: line.text(i..<(i + long)), range: i..<(i + long), rank: 1)
        }
        if let few = theseDays.length(in: line, at: i) {
            return FactCandidate(field: .since, value: line.text(i..<(i + few)), range: i..<(i + few), rank: 1)
        }
        guard let end = span(line, at: i) else { return nil }
        // Not the future (再等兩日, 三日內, 兩日後), a wait (等咗三個鐘), how long they have lived
        // there (住咗十年), nor how often (每個禮拜, 一個禮拜兩次).
        if notBefore.endsNear(i, gap: 0, in: line, clause: line.clause(at: i)) { return nil }
        if line.isKey("有", at: i - 1), line.isKey("一", at: i) { return nil }  // 有一日: one day, in a story
        if let after = line[end], notAfter.contains(after) { return nil }
        var k = end
        if line.isKey("有", at: k) { k += 1 }
        if let count = FactNumber.read(line, at: k), line.isKey("次", at: k + count.length) || line.isKey("晚", at: k + count.length) { return nil }
        return FactCandidate(field: .since, value: line.text(i..<end), range: i..<end, rank: 1)
    }

    /// A count and a unit of time: 三日, 兩個月, 一個多月, 一年幾, 成個禮拜, 半年, 幾日, 12日.
    private static func span(_ line: FactLine, at i: Int) -> Int? {
        var j: Int
        var whole = false
        if line.isKey("成", at: i) { j = i + 1; whole = true }
        else if let few = fewWords.length(in: line, at: i) { j = i + few }
        else if line.isKey("半", at: i) { j = i + 1 }
        else if let count = FactNumber.read(line, at: i, maxDigits: 2) {
            // 12日 after a month is a date (12月3日), and digits before 號 are one too.
            if line.isDigit(i), line.isKey("月", at: i - 1) { return nil }
            j = i + count.length
        } else { return nil }
        let counter = line.isKey("个", at: j)
        if counter { j += 1 }
        if line.isKey("多", at: j) || line.isKey("几", at: j) { j += 1 }
        guard let unit = units.length(in: line, at: j) else { return nil }
        let name = String(line.key[j..<(j + unit)])
        // 成日 is "all the time" and 成年 "adult"; 成 counts only 成個… and 成晚. Months need 個 (三月 is March).
        if whole, !counter, name != "晚" { return nil }
        if name == "月", !counter, !line.isKey("半", at: i) { return nil }
        var end = j + unit
        if line.isKey("多", at: end) || line.isKey("几", at: end) { end += 1 }
        return end
    }

    // MARK: since last week, for three days, two weeks now, yesterday

    private static func english(_ line: FactLine, at i: Int) -> FactCandidate? {
        // Every word below starts with a letter or a digit: elsewhere (most of a Chinese line)
        // nothing is looked up.
        guard line.isWordCharacter(i) else { return nil }
        if line.has("since", at: i), !line.isWordCharacter(i - 1), !line.isWordCharacter(i + 5) {
            // since last week, since Monday, since 3 o'clock — not "since you are the manager",
            // and not ending on a word that needs another (since the…).
            var wordEnds: [Int] = [], heads: [Bool] = []
            var j = line.skippingSpaces(i + 5)
            while wordEnds.count < 5, let word = word(line, at: j),
                  word.text.first!.isNumber || (wordEnds.isEmpty ? englishStart : englishTime).contains(word.text) {
                wordEnds.append(word.end)
                heads.append(!unfinished.contains(word.text))
                j = line.skippingSpaces(word.end)
            }
            if let last = heads.lastIndex(of: true) {
                return FactCandidate(field: .since, value: line.text(i..<wordEnds[last]), range: i..<wordEnds[last], rank: 2)
            }
            // since the renovation started, since they moved in: an event that began it.
            j = line.skippingSpaces(i + 5)
            for _ in 0..<6 {
                guard let word = word(line, at: j) else { break }
                if events.contains(word.text) {
                    var end = word.end
                    if word.text == "moved", line.has(" in", at: end), !line.isWordCharacter(end + 3) { end += 3 }
                    return FactCandidate(field: .since, value: line.text(i..<end), range: i..<end, rank: 2)
                }
                j = line.skippingSpaces(word.end)
            }
            return nil
        }
        if let point = englishPoints.length(in: line, at: i) {
            return FactCandidate(field: .since, value: line.text(i..<(i + point)), range: i..<(i + point), rank: 2)
        }
        let lead = englishLeads.length(in: line, at: i)
        // Not how long they waited or have lived there (waiting for two hours, lived here for ten years).
        if lead != nil, notSince.endsNear(line.skippingSpacesBack(i), gap: 0, in: line, clause: line.clause(at: i)) { return nil }
        let start = lead.map { line.skippingSpaces(i + $0) } ?? i
        guard start > i || lead == nil, let count = englishCounts.length(in: line, at: start) else { return nil }
        // "(it's) been three weeks" is said as "three weeks".
        let from = line.has("been", at: i) ? start : i
        let unitStart = line.skippingSpaces(start + count)
        guard unitStart > start + count, let unit = englishUnits.length(in: line, at: unitStart) else { return nil }
        var end = unitStart + unit
        let tail = line.skippingSpaces(end)
        if let after = englishTails.length(in: line, at: tail) {
            end = tail + after
            return FactCandidate(field: .since, value: line.text(from..<end), range: from..<end, rank: line.has("ago", at: tail) ? 2 : 1)
        }
        guard lead != nil else { return nil }
        return FactCandidate(field: .since, value: line.text(from..<end), range: from..<end, rank: 1)
    }

    /// The ASCII word at `j`, lower-cased, and where it ends.
    private static func word(_ line: FactLine, at j: Int) -> (text: String, end: Int)? {
        var end = j
        while line.isWordCharacter(end) || (line.isKey("'", at: end) && line.isLetter(end + 1)) { end += 1 }
        return end > j ? (String(line.key[j..<end]), end) : nil
    }

    private static let frames = FactWords(["由", "從", "自從", "自"])
    private static let ends = FactWords(["開始", "起", "以嚟", "以來"])
    private static let everEnds = FactWords(["開始", "起", "以嚟", "以來", "之後", "以後", "後"])
    /// Words that make what comes before 起 a time (由上個月起, not 由佢企起).
    private static let timeWords = FactWords(["月", "號", "日", "星期", "禮拜", "週", "周", "年", "晚", "朝", "早", "點", "前", "天", "聖誕", "新年"])
    private static let anchors = FactWords([
        "琴晚", "噚晚", "尋晚", "琴日", "噚日", "尋日", "昨晚", "昨天", "昨日", "昨夜", "前日", "前晚", "前天", "前夜",
        "今朝早", "今朝", "今早", "今天早上", "今日早上", "今日朝早", "今日一早", "今天一早",
        "上個月", "上月", "上個禮拜", "上禮拜", "上個星期", "上星期", "上週", "上周", "上個週", "上年", "去年", "舊年",
        "前個禮拜", "前個星期", "前個月", "前幾日", "前兩日", "前幾天", "前兩天", "早幾日", "早兩日", "早排", "年頭", "月頭",
    ])
    private static let startAnchors = FactWords(["今日", "今天", "今晚", "今個禮拜", "今個星期", "今個月", "呢個月", "這個月", "本月"])
    /// Anchors a weekday may follow: 上星期三, 上個禮拜五.
    private static let weekAnchors = FactWords(["上個禮拜", "上禮拜", "上個星期", "上星期", "上週", "上周"])
    private static let weekWords = FactWords(["星期", "禮拜", "週", "周"])
    private static let weekdays = Set("一二三四五六日天".map { FactLine.keyed(String($0))[0] })
    private static let dayParts = FactWords(["夜晚", "晚上", "凌晨", "朝早", "早上", "下晝", "下午", "中午", "半夜"])
    private static let fewWords = FactWords(["好幾", "幾"])
    private static let units = FactWords(["禮拜", "星期", "週", "日", "天", "晚", "月", "年", "鐘頭", "鐘", "小時"])
    private static let longWords = FactWords(["好耐", "好久", "很久", "咁耐"])
    private static let afterDone = FactWords(["咗", "了", "已經", "好似"])
    private static let theseDays = FactWords(["呢幾日", "呢兩日", "這幾天", "這兩天", "這幾日", "近幾日", "最近幾日", "最近幾天", "呢個幾禮拜"])
    private static let notBefore = FactWords(["每", "要", "等", "再", "需", "用", "隔", "第", "等咗", "等了", "等緊", "住咗", "住了"])
    private static let notAfter = Set("內后先至才號次".map { FactLine.keyed(String($0))[0] })
    private static let englishPoints = FactWords([
        "the day before yesterday", "yesterday", "last night", "last week", "last month", "last year", "last weekend",
        "last monday", "last tuesday", "last wednesday", "last thursday", "last friday", "last saturday", "last sunday",
        "this morning", "earlier today", "all night", "all week",
    ])
    private static let englishStart: Set<String> = [
        "last", "this", "yesterday", "the", "early", "late", "midnight", "noon", "christmas", "easter", "new", "lunar", "chinese",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    private static let englishTime: Set<String> = englishStart.union([
        "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "day", "start", "beginning", "end", "of",
        "o'clock", "am", "pm", "year's", "before", "ago", "two", "three", "few", "days", "weeks", "months",
    ])
    private static let unfinished: Set<String> = ["the", "of", "this", "last", "early", "late", "new", "lunar", "chinese", "before"]
    private static let events: Set<String> = ["started", "began", "begun", "moved", "opened", "happened", "broke", "stopped", "arrived"]
    private static let notSince = FactWords(["waiting", "waited", "wait", "lived here", "living here", "lived", "live here"])
    private static let englishLeads = FactWords(["for", "the past", "the last", "past", "been"])
    private static let englishTails = FactWords(["now", "already", "ago"])
    private static let englishCounts = FactWords([
        "a couple of", "a few", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "several", "few", "many", "couple of",
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "20", "30",
    ])
    private static let englishUnits = FactWords(["hours", "hour", "days", "day", "nights", "night", "weeks", "week", "months", "month", "years", "year", "fortnight"])
}
