import ComplaintDomain

/// Why a simulated caller's mood moved, and the other training words the engine records as
/// keys (acts, demands, reasons), in the reader's language. Keys are joined by ", "; a key may
/// carry the words that showed it after a colon (`excuse: 塞車`). Transcripts written before
/// these were keys hold English phrases, which are shown as they are.
struct MoodReasonText {
    let language: Language

    func words(_ keys: String) -> String {
        keys.components(separatedBy: ", ").map { part -> String in
            let pieces = part.split(separator: ":", maxSplits: 1)
            let key = pieces.first.map(String.init) ?? part
            let detail = pieces.count > 1 ? pieces[1].trimmingCharacters(in: .whitespaces) : nil
            guard let name = name(key) else { return part }
            return detail.map { name + (language == .en ? " (\($0))" : "（\($0)）") } ?? name
        }.joined(separator: language == .en ? ", " : "、")
    }

    private func name(_ key: String) -> String? {
        let t = language.pick
        switch key {
        case "acknowledge": return t("體諒", "体谅", "acknowledged")
        case "empathy": return t("同理心", "同理心", "empathy")
        case "apology": return t("道歉", "道歉", "apology")
        case "ownership": return t("承擔跟進", "承担跟进", "ownership")
        case "promise": return t("承諾跟進", "承诺跟进", "a promise")
        case "question": return t("問問題", "问问题", "a question")
        case "excuse": return t("推搪藉口", "推搪借口", "an excuse")
        case "blame": return t("怪責來電者", "怪责来电者", "blame")
        case "argue": return t("同來電者爭拗", "同来电者争执", "arguing")
        case "pass_the_buck": return t("推卸", "推卸", "passing the buck")
        case "accept_gift": return t("收禮", "收礼", "accepting a gift")
        case "decline_gift": return t("婉拒禮物", "婉拒礼物", "declining a gift")
        case "interrupted": return t("插嘴", "插话", "interrupted")
        case "fact": return t("問中要點", "问中要点", "a well-aimed question")
        case "silence": return t("冇人出聲", "没人说话", "silence on the line")
        case "repeated": return t("重複", "重复", "said again")
        case "no_gift": return t("對方冇送禮", "对方没送礼", "no gift was offered")
        case "suggestion": return t("對方係提建議", "对方是提建议", "it is a suggestion")
        case "manager": return t("要搵經理", "要找经理", "asked for the manager")
        case "compensation": return t("要求賠償", "要求赔偿", "demanded compensation")
        case "gift": return t("送禮", "送礼", "a gift")
        case "demand_good": return t("好好回應要求", "好好回应要求", "the demand answered well")
        case "demand_bad": return t("回應要求不當", "回应要求不当", "the demand answered badly")
        default: return nil
        }
    }
}
