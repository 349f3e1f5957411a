import ComplaintDomain
import Foundation

/// A scorecard as lines to read: the total, then each item with its result, the reason, the
/// guideline's own words and the transcript line that shows it.
public struct ScorecardText: Sendable {
    public let catalogue: GuidanceCatalogue
    public let language: Language

    public init(catalogue: GuidanceCatalogue, language: Language) {
        self.catalogue = catalogue
        self.language = language
    }

    private func t(_ hant: String, _ hans: String, _ en: String) -> String { language.pick(hant, hans, en) }

    public func name(_ item: Scorecard.Item) -> String {
        if let number = item.guideline, let guideline = catalogue.guideline(number) {
            return t("指引 \(number) ", "指引 \(number) ", "\(number). ") + guideline.title[language]
        }
        switch item {
        case .facts: return t("問出資料", "问出资料", "Facts drawn out")
        case .classification: return t("投訴或建議", "投诉或建议", "Complaint or suggestion")
        case .nature: return t("性質", "性质", "Nature")
        case .routing: return t("轉交", "转交", "Routing")
        case .deadline: return t("限期", "限期", "Deadline")
        case .reply: return t("回復方式", "回复方式", "Reply channel")
        default: return item.rawValue
        }
    }

    public func result(_ result: Scorecard.Result) -> String {
        switch result {
        case .met: t("✓ 達標", "✓ 达标", "✓ met")
        case .partly: t("◐ 部分", "◐ 部分", "◐ partly")
        case .missed: t("✗ 未達", "✗ 未达", "✗ missed")
        case .notApplicable: t("– 不適用", "– 不适用", "– n/a")
        }
    }

    public func header(_ card: Scorecard, moods: (Mood, Mood)?) -> String {
        var parts = [t("評分卡", "评分卡", "Scorecard"), "\(card.total)/100"]
        if card.failed { parts.append(t("不合格：收受禮物（指引 11）", "不合格：收受礼物（指引 11）", "FAIL: a gift was accepted (guideline 11)")) }
        if let (start, end) = moods {
            parts.append(t("來電者 ", "来电者 ", "caller ") + "\(start.name(in: language)) → \(end.name(in: language))")
        }
        return "── " + parts.joined(separator: " · ") + " ──"
    }

    public func lines(_ card: Scorecard, moods: (Mood, Mood)? = nil, calendar: WorkingCalendar) -> [OutputLine] {
        var out = [OutputLine(card.failed ? .error : .heading, header(card, moods: moods))]
        let names = card.lines.map { name($0.item) }
        let results = card.lines.map { result($0.result) }
        let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
        let resultWidth = results.map { DisplayWidth.of($0) }.max() ?? 0
        let indent = String(repeating: " ", count: 2 + resultWidth + 2)
        for (index, line) in card.lines.enumerated() {
            let style: OutputLine.Style = switch line.result {
            case .met: .success
            case .partly: .warning
            case .missed: .error
            case .notApplicable: .dim
            }
            out.append(OutputLine(style, "  " + DisplayWidth.pad(results[index], to: resultWidth) + "  "
                                  + DisplayWidth.pad(names[index], to: nameWidth) + "  " + line.reason))
            if line.result != .notApplicable, let number = line.item.guideline, let guideline = catalogue.guideline(number) {
                out.append(OutputLine(.dim, indent + "「" + guideline.text[language] + "」"))
            }
            if let evidence = line.evidence {
                out.append(OutputLine(.dim, indent + t("證據 ", "证据 ", "evidence ") + evidenceText(evidence, calendar: calendar)))
            }
        }
        return out
    }

    /// `#12 10:31:05 said: 我明白您好嬲`: where in the transcript, when, and what.
    public func evidenceText(_ evidence: Scorecard.Evidence, calendar: WorkingCalendar) -> String {
        let c = calendar.clock(of: evidence.at)
        let time = String(format: "%02d:%02d:%02d", c.hour, c.minute, c.second)
        let kind: String = switch evidence.kind {
        case .speech: t("對來電者說", "对来电者说", "said")
        case .input: t("輸入", "输入", "typed")
        case .decision: t("決定", "决定", "decided")
        case .caller: t("來電者", "来电者", "caller")
        default: evidence.kind.rawValue
        }
        return "#\(evidence.index + 1) \(time) \(kind)\(language == .en ? ": " : "：")" + DisplayWidth.truncate(SafeText.line(evidence.text), to: 60)
    }
}
