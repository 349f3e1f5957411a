import ComplaintDomain
import TextSafety
import Training

/// How a line was heard, in the reader's language: the line, then each act it performs with the
/// example of guidance/phrases behind it, and why an act is out of place; or that it is neutral.
/// For `coach hear`, which scenario authors and trainers use to see what a line will do.
public struct HeardText: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    private func t(_ hant: String, _ hans: String, _ en: String) -> String { language.pick(hant, hans, en) }

    public func name(_ act: SpeechAct) -> String {
        switch act {
        case .acknowledge: t("表示明白", "表示明白", "acknowledge")
        case .empathy: t("同理", "同理", "empathy")
        case .apology: t("道歉", "道歉", "apology")
        case .ownership: t("承擔跟進", "承担跟进", "ownership")
        case .promise: t("具體承諾", "具体承诺", "promise")
        case .question: t("提問", "提问", "question")
        case .excuse: t("找藉口", "找借口", "excuse")
        case .blame: t("怪責", "怪责", "blame")
        case .argue: t("爭辯", "争辩", "argue")
        case .passTheBuck: t("推卸", "推卸", "pass the buck")
        case .acceptGift: t("收禮", "收礼", "accept a gift")
        case .declineGift: t("婉拒禮物", "婉拒礼物", "decline a gift")
        }
    }

    /// Why an act does not fit the moment.
    public func outOfPlace(_ act: SpeechAct) -> String {
        switch act {
        case .acceptGift, .declineGift: t("不合時宜：對方沒有送禮", "不合时宜：对方没有送礼", "out of place: no gift was offered")
        case .apology: t("不合時宜：這是建議，不是投訴", "不合时宜：这是建议，不是投诉", "out of place: this is a suggestion, not a complaint")
        default: t("不合時宜", "不合时宜", "out of place")
        }
    }

    /// A line whose bytes were not UTF-8, read in a legacy encoding (named) or as far as it went.
    public func notUTF8(read encoding: String?) -> String {
        if let encoding {
            return t("這一行不是 UTF-8，已按 \(encoding) 讀入", "这一行不是 UTF-8，已按 \(encoding) 读入",
                     "a line was not UTF-8: it was read as \(encoding)")
        }
        return t("這一行不是有效的文字，只聽了讀得出的部分", "这一行不是有效的文字，只听了读得出的部分",
                 "a line was not valid text: only what could be read was heard")
    }

    /// The line (as typed, made safe to show), then an indented line per act, or one saying it is neutral.
    public func lines(_ line: String, _ heard: Heard) -> [OutputLine] {
        var out = [OutputLine(.heading, SafeText.line(line))]
        let acts = heard.ordered
        if acts.isEmpty {
            out.append(OutputLine(.dim, "  " + t("中性：沒有聽出任何言語行為", "中性：没有听出任何言语行为", "neutral: no speech act heard")))
        }
        for act in acts {
            let evidence = SafeText.line(heard.acts[act] ?? "")
            let said = "  \(name(act))\(t("：", "：", ": "))\(evidence)"
            if heard.outOfPlace.contains(act) {
                out.append(OutputLine(.warning, said + t("（", "（", " (") + outOfPlace(act) + t("）", "）", ")")))
            } else {
                out.append(OutputLine(act.provokes || act == .acceptGift ? .error : .plain, said))
            }
        }
        return out
    }
}
