import CaseEvents
import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety

/// Calibration in the reader's words: what each item asks a supervisor scoring a call, the
/// answers it takes, and the agreement report of `coach calibration`.
public struct CalibrationText: Sendable {
    public let catalogue: GuidanceCatalogue
    public let language: Language

    public init(catalogue: GuidanceCatalogue, language: Language) {
        self.catalogue = catalogue
        self.language = language
    }

    private func t(_ hant: String, _ hans: String, _ en: String) -> String { language.pick(hant, hans, en) }
    private var card: ScorecardText { ScorecardText(catalogue: catalogue, language: language) }
    private var separator: String { t("、", "、", ", ") }

    // MARK: Scoring a call

    /// What a supervisor judges for an item: the guideline's own words, or the question the
    /// record item asks.
    public func question(_ item: ScoreItem) -> String {
        if let number = item.guideline, let guideline = catalogue.guideline(number) { return guideline.text[language] }
        return switch item {
        case .facts: t("記錄是否齊全：姓名、電話、位置、類別；普通投訴還有業主或住戶、開始時間、對方要求。",
                       "记录是否齐全：姓名、电话、位置、类别；普通投诉还有业主或住户、开始时间、对方要求。",
                       "Is the record complete: name, number, where, category, and for an ordinary complaint owner or occupant, since when, what they want?")
        case .classification: t("投訴或建議，分類是否正確？", "投诉或建议，分类是否正确？", "Was it rightly taken as a complaint or a suggestion?")
        case .nature: t("普通或特殊緊急，判斷是否正確？", "普通或特殊紧急，判断是否正确？", "Was it rightly judged ordinary, or special or urgent?")
        case .routing: t("有否通知轉交所列的人（當值人員、物業主任）？", "有否通知转交所列的人（当值人员、物业主任）？",
                         "Were the people the routing names told (whoever is on duty, the group lead)?")
        case .reply: t("記錄有否回覆所需的資料（電話、地址、單位）？", "记录有否回复所需的资料（电话、地址、单位）？",
                       "Does the record hold what the reply needs (a number, an address, a flat)?")
        case .danger: t("聽到危險後，有否立即標為緊急，並立即致電當值人員？", "听到危险后，有否立即标为紧急，并立即致电当值人员？",
                        "Once danger was heard, was it marked urgent and the person on duty called at once?")
        case .deadline: t("承諾的時間，管理處能否做到（處理限期、緊急回電）？", "承诺的时间，管理处能否做到（处理限期、紧急回电）？",
                          "Could the office keep the time promised (the deadline, the urgent call back)?")
        case .category: t("類別是否正確？", "类别是否正确？", "Is the category right?")
        case .mood: t("來電者的情緒有否平復？", "来电者的情绪有否平复？", "Did the caller calm down?")
        case .fit: t("所說的話是否合時，有否重複？", "所说的话是否合时，有否重复？", "Did what was said fit the moment, without repeating?")
        case .demands: t("對方的要求（見經理、賠償）是否回應得宜？", "对方的要求（见经理、赔偿）是否回应得宜？",
                         "Were the caller's demands (a manager, compensation) answered well?")
        default: ""
        }
    }

    /// The four answers and their keys, as the prompt shows them.
    public var choices: String {
        t("m 達標 · p 部分 · x 未達 · n 不適用，後面可加原因", "m 达标 · p 部分 · x 未达 · n 不适用，可以在后面加原因",
          "m met · p partly · x missed · n not applicable, a reason may follow")
    }

    /// The words each result is typed as, in any of the three languages.
    public static let words: [(ScoreResult, [String])] = [
        (.met, ["m", "met", "✓", "達標", "达标"]),
        (.partly, ["p", "partly", "◐", "部分"]),
        (.missed, ["x", "missed", "✗", "未達", "未达"]),
        (.notApplicable, ["n", "na", "n/a", "n-a", "not_applicable", "–", "不適用", "不适用"]),
    ]

    /// `p 未問開始時間`: the result and the reason after it; nil when the first word is no result.
    public static func parse(_ line: String) -> (ScoreResult, String?)? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let first = String(trimmed.prefix { !$0.isWhitespace })
        guard let result = words.first(where: { $0.1.contains(first.lowercased()) })?.0 else { return nil }
        let reason = SafeText.line(String(trimmed.dropFirst(first.count))).trimmingCharacters(in: .whitespaces)
        return (result, reason.isEmpty ? nil : reason)
    }

    public func heading(_ number: CaseNumber, receivedAt: Date, by staff: String, items: Int) -> [OutputLine] {
        let calendar = catalogue.organization.calendar
        let who = catalogue.organization.member(staff).map { "\($0.name) (\($0.id))" } ?? SafeText.line(staff)
        return [OutputLine(.heading, t("── 為個案 \(number) 評分 ──", "── 为个案 \(number) 评分 ──", "── Scoring case \(number) ──")),
                OutputLine(.plain, t("接聽：\(who)，\(calendar.describe(receivedAt, in: language))", "接听：\(who)，\(calendar.describe(receivedAt, in: language))",
                                     "Taken by \(who), \(calendar.describe(receivedAt, in: language))")),
                OutputLine(.dim, t("請獨立逐項評分，不會顯示其他主管或 Coach 的評分。共 \(items) 項；:back 返回上一項，:quit 離開（不儲存任何評分）。",
                                   "请独立逐项评分，不会显示其他主管或 Coach 的评分。共 \(items) 项；:back 返回上一项，:quit 离开（不保存任何评分）。",
                                   "You score on your own: other supervisors' scores and Coach's are not shown. \(items) items; :back goes back one, :quit leaves (nothing is saved)."))]
    }

    public func scoredBefore(_ at: Date) -> OutputLine {
        let when = catalogue.organization.calendar.describe(at, in: language)
        return OutputLine(.warning, t("你已於 \(when) 評過此來電；今次的評分會取代上次的。", "你已于 \(when) 评过此来电；这次的评分会取代上次的。",
                                      "You scored this call on \(when); this card will replace that one."))
    }

    public var callHeading: OutputLine { OutputLine(.heading, t("── 來電經過 ──", "── 来电经过 ──", "── The call ──")) }

    public func itemLines(_ item: ScoreItem, index: Int, of count: Int) -> [OutputLine] {
        [OutputLine(.heading, "[\(index)/\(count)] " + card.name(item)), OutputLine(.dim, "  " + question(item))]
    }

    public var prompt: String { t("評分 › ", "评分 › ", "score › ") }

    public var noAnswer: OutputLine {
        OutputLine(.warning, t("只按 Enter 不算回答：", "Enter 不算回答：", "Enter alone is not an answer: ") + choices)
    }

    public func notUnderstood(_ typed: String) -> OutputLine {
        OutputLine(.warning, t("不明白「\(SafeText.line(typed))」：", "不明白「\(SafeText.line(typed))」：", "Not understood: \"\(SafeText.line(typed))\". ") + choices)
    }

    public var atFirst: OutputLine { OutputLine(.dim, t("已是第一項。", "已是第一项。", "This is the first item.")) }

    public func summary(_ marks: [CalibrationCard.Mark]) -> [OutputLine] {
        let rows = marks.map { mark in ["  " + card.result(mark.result), card.name(mark.item), mark.reason.map(SafeText.line) ?? ""] }
        return [OutputLine(.heading, t("── 你的評分 ──", "── 你的评分 ──", "── Your card ──"))]
            + DisplayWidth.columns(rows).map { OutputLine(.plain, String($0.reversed().drop { $0 == " " }.reversed())) }
    }

    public var confirm: String { t("儲存？[Y/n] › ", "保存？[Y/n] › ", "Save? [Y/n] › ") }

    public var notSaved: OutputLine { OutputLine(.warning, t("沒有儲存任何評分。", "没有保存任何评分。", "Nothing was saved.")) }

    public func saved(_ number: CaseNumber, items: Int, replacing: Date?) -> OutputLine {
        guard let replacing else {
            return OutputLine(.success, t("已儲存你對個案 \(number) 的評分（\(items) 項）。", "已保存你对个案 \(number) 的评分（\(items) 项）。",
                                          "Your card for case \(number) is saved (\(items) items)."))
        }
        let when = catalogue.organization.calendar.describe(replacing, in: language)
        return OutputLine(.success, t("已儲存你對個案 \(number) 的評分（\(items) 項），取代你於 \(when) 的評分。",
                                      "已保存你对个案 \(number) 的评分（\(items) 项），取代你于 \(when) 的评分。",
                                      "Your card for case \(number) is saved (\(items) items), replacing the one you gave on \(when)."))
    }

    // MARK: The agreement report

    /// A supervisor as the office knows them.
    private func who(_ id: String) -> String {
        catalogue.organization.member(id).map { "\($0.name) (\($0.id))" } ?? SafeText.line(id)
    }

    private func percent(_ share: Double?) -> String { share.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

    private func kappa(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.2f", value)
    }

    /// The usual reading of a kappa (Landis and Koch).
    public func band(_ kappa: Double?) -> String {
        guard let kappa else { return t("全部同一結果", "全部同一结果", "one result from all") }
        return switch kappa {
        case ..<0: t("比偶然更差", "比偶然还差", "worse than chance")
        case ..<0.205: t("輕微", "轻微", "slight")
        case ..<0.405: t("一般", "一般", "fair")
        case ..<0.605: t("中等", "中等", "moderate")
        case ..<0.805: t("頗高", "颇高", "substantial")
        default: t("幾乎一致", "几乎一致", "almost perfect")
        }
    }

    public func report(_ figures: CalibrationFigures, period: String?) -> [OutputLine] {
        var out = [OutputLine(.heading, "── " + [t("評分校準", "评分校准", "Calibration"), period ?? t("全部來電", "全部来电", "all calls"),
                                              t("\(figures.reviewers.count) 位主管", "\(figures.reviewers.count) 位主管",
                                                "\(figures.reviewers.count) supervisors"),
                                              t("\(figures.calls.count) 個來電", "\(figures.calls.count) 个来电", figures.calls.count == 1 ? "1 call" : "\(figures.calls.count) calls")]
                                              .joined(separator: " · ") + " ──"),
                   OutputLine(.dim, t("一致：兩位主管對同一來電同一項給出相同結果的比例。κ（Cohen's kappa）：扣除偶然也會一致的部分後的一致程度，1 為完全一致，0 與偶然無異，負數比偶然更差。κ̄：各對主管 κ 的平均。",
                                      "一致：两位主管对同一来电同一项给出相同结果的比例。κ（Cohen's kappa）：扣除偶然也会一致的部分之后的一致程度，1 是完全一致，0 与偶然无异，负数比偶然还差。κ̄：各对主管 κ 的平均。",
                                      "Agreement: the share of marks two supervisors gave alike, item by item. κ (Cohen's kappa): agreement beyond what chance would give; 1 is complete, 0 no better than chance, below 0 worse. κ̄: the mean of the pairs' κ."))]

        if figures.calls.count < 10 {
            out.append(OutputLine(.warning, t("只有 \(figures.calls.count) 個來電：來電少於十個時 κ 起伏很大，宜先看一致的百分比。",
                                              "只有 \(figures.calls.count) 个来电：来电少于十个时 κ 起伏很大，宜先看一致的百分比。",
                                              "Only \(figures.calls.count) call\(figures.calls.count == 1 ? "" : "s"): below ten, κ swings widely; read the percent agreement first.")))
        }
        out.append(OutputLine(.heading, t("各評分項", "各评分项", "By criterion")))
        var rows = [[t("項目", "项目", "Item"), t("一致", "一致", "Agree"), "κ̄", "", t("各對主管：一致 κ（來電數）", "各对主管：一致 κ（来电数）",
                                                                                    "Each pair: agreement κ (calls)")]]
        for criterion in figures.criteria {
            let pairs = criterion.pairs.map { "\($0.first)–\($0.second) \(percent($0.agreement)) \(kappa($0.kappa)) (\($0.calls))" }
            rows.append([card.name(criterion.item), percent(criterion.agreement), kappa(criterion.meanKappa), band(criterion.meanKappa),
                         pairs.joined(separator: " · ")])
        }
        out += DisplayWidth.columns(rows).enumerated().map { OutputLine($0.offset == 0 ? .dim : .plain, "  " + $0.element) }

        out.append(OutputLine(.heading, t("分歧最大的來電", "分歧最大的来电", "Widest disagreements")))
        if figures.widest.isEmpty {
            out.append(OutputLine(.success, t("  所有來電每項都一致。", "  所有来电每项都一致。", "  Every call was scored alike on every item.")))
        }
        for call in figures.widest.prefix(5) {
            out.append(OutputLine(.plain, "  \(call.caseNumber)  " + t("分歧 \(percent(call.share))", "分歧 \(percent(call.share))",
                                                                          "\(percent(call.share)) of marks differ")))
            for split in call.splits {
                // Each supervisor's reason beside their result: the disagreement is talked through on it.
                let results = split.results.map { "\($0.reviewer) \(card.result($0.result))" + ($0.reason.map { t("（\(SafeText.line($0))）", "（\(SafeText.line($0))）", " (\(SafeText.line($0)))") } ?? "") }
                    .joined(separator: " · ")
                out.append(OutputLine(.dim, "    " + card.name(split.item) + t("：", "：", ": ") + results))
            }
        }

        out.append(OutputLine(.heading, t("各主管與其他主管的多數比較", "各主管与其他主管的多数比较", "Each supervisor against the others' majority")))
        var group = [[t("主管", "主管", "Supervisor"), t("來電", "来电", "Calls"), t("比較", "比较", "Marks"), t("同多數", "同多数", "With majority"), "κ", ""]]
        for reviewer in figures.againstGroup {
            group.append([who(reviewer.id), "\(reviewer.calls)", "\(reviewer.compared)", percent(reviewer.withMajority), kappa(reviewer.kappa),
                          band(reviewer.kappa)])
        }
        out += DisplayWidth.columns(group).enumerated().map { OutputLine($0.offset == 0 ? .dim : .plain, "  " + $0.element) }
        out.append(OutputLine(.dim, t("  多數：同一來電同一項，其他評過的主管中最多人給的結果；票數相同則沒有多數，不計算。",
                                      "  多数：同一来电同一项，其他评过的主管中最多人给的结果；票数相同则没有多数，不计算。",
                                      "  Majority: the result most of the other supervisors gave on that item of that call; a tie has none and is left out.")))
        return out
    }

    public func tooFewReviewers(_ reviewers: [String], period: String?) -> String {
        let when = period ?? t("全部來電", "全部来电", "all calls")
        guard let only = reviewers.first else {
            return t("\(when)：尚未有主管以 coach review N --score 評分；校準需要兩位或以上主管評同一來電。",
                     "\(when)：尚未有主管以 coach review N --score 评分；校准需要两位或以上主管评同一来电。",
                     "\(when): no supervisor has scored a call with coach review N --score; calibration needs two or more scoring the same call.")
        }
        if reviewers.count == 1 {
            return t("\(when)：只有 \(who(only)) 一位主管評過來電；校準需要兩位或以上主管評同一來電。",
                     "\(when)：只有 \(who(only)) 一位主管评过来电；校准需要两位或以上主管评同一来电。",
                     "\(when): only \(who(only)) has scored calls; calibration needs two or more supervisors scoring the same call.")
        }
        return t("\(when)：\(reviewers.map(who).joined(separator: separator)) 評過來電，但沒有一個來電由兩位主管評過。",
                 "\(when)：\(reviewers.map(who).joined(separator: separator)) 评过来电，但没有一个来电由两位主管评过。",
                 "\(when): \(reviewers.map(who).joined(separator: separator)) scored calls, but no call was scored by two of them.")
    }
}
