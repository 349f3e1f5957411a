import CivilTime
import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety
import Training

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
        case .reply: return t("回覆方式", "回复方式", "Reply channel")
        case .category: return t("類別", "类别", "Category")
        case .mood: return t("來電者情緒", "来电者情绪", "The caller's mood")
        case .fit: return t("講得合時", "说得合时", "Words that fit the moment")
        case .demands: return t("回應對方要求", "回应对方要求", "The caller's demands")
        case .danger: return t("處理危險的快慢", "处理危险的快慢", "Acting on danger")
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

    /// A result as the card shows it, with "reported" when it rests only on what staff said they said.
    public func result(_ line: Scorecard.Line) -> String {
        result(line.result) + (line.restsOnReport ? t("（自述）", "（自述）", " (reported)") : "")
    }

    public func header(_ card: Scorecard, moods: (Mood, Mood)?) -> String {
        var parts = [t("評分卡", "评分卡", "Scorecard"), "\(card.total)/100"]
        if card.lines.contains(where: \.restsOnReport) {
            parts.append(t("自述項目只計一半", "自述项目只计一半", "what was only reported counts half"))
        }
        if card.failed { parts.append(t("不合格：收受禮物（指引 11）", "不合格：收受礼物（指引 11）", "FAIL: a gift was accepted (guideline 11)")) }
        if let (start, end) = moods {
            parts.append(t("來電者 ", "来电者 ", "caller ") + "\(start.name(in: language)) → \(end.name(in: language))")
        }
        return "── " + parts.joined(separator: " · ") + " ──"
    }

    public func lines(_ card: Scorecard, moods: (Mood, Mood)? = nil, calendar: WorkingCalendar) -> [OutputLine] {
        var out = [OutputLine(card.failed ? .error : .heading, header(card, moods: moods))]
        let names = card.lines.map { name($0.item) }
        let results = card.lines.map { result($0) }
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
                                  + DisplayWidth.pad(names[index], to: nameWidth) + "  " + reason(line.reason, calendar: calendar)))
            if line.result != .notApplicable, let number = line.item.guideline, let guideline = catalogue.guideline(number) {
                out.append(OutputLine(.dim, indent + "「" + guideline.text[language] + "」"))
            }
            if let evidence = line.evidence {
                out.append(OutputLine(.dim, indent + t("證據 ", "证据 ", "evidence ") + evidenceText(evidence, calendar: calendar)))
            }
        }
        return out
    }

    /// Why, in the reader's words.
    public func reason(_ reason: ScoreReason, calendar: WorkingCalendar) -> String {
        /// "recorded as X; right: Y", or just X when they agree.
        func categoryName(_ id: String) -> String {
            catalogue.organization.categories.first { $0.id == id }?.name[language] ?? SafeText.line(id)
        }
        func versus(_ given: String, _ right: String) -> String {
            given == right ? given : t("記錄為\(given)；應為\(right)", "记录为\(given)；应为\(right)", "recorded as \(given); right: \(right)")
        }
        func when(_ date: Date?) -> String { date.map { calendar.describe($0, in: language) } ?? "—" }
        return switch reason {
        case .suggestionIsThanked: t("建議：應多謝對方，毋須道歉", "建议：应感谢对方，无须道歉", "a suggestion: thanked, nothing to apologise for")
        case .urgentActsFirst: t("緊急：先處理危險，毋須道歉", "紧急：先处理危险，无须道歉", "urgent: act on the danger first, no apology asked")
        case .nobodyElseInvolved: t("不涉及其他人", "不涉及其他人", "nobody else to bring in")
        case .tookOwnership: t("代表公司承擔跟進", "代表公司承担跟进", "took it on for the company")
        case .excusesInsteadOfApology: t("只找藉口，沒有道歉", "只找借口，没有道歉", "excuses instead of an apology")
        case .promisedFollowUp: t("告知對方跟進安排及會回訪", "告知对方跟进安排及会回访", "told the caller what happens next and that we will call")
        case .declinedGift: t("婉拒了禮物", "婉拒了礼物", "declined the gift")
        case .interrupted: t("對方未說完就插話", "对方未说完就插话", "spoke before the caller had finished")
        case .excuseWhileUpset: t("對方正在氣頭上時找藉口", "对方正在气头上时找借口", "made an excuse while they were upset")
        case .suggestionHasNoNature: t("建議不分性質", "建议不分性质", "a suggestion has no nature")
        case .admittedWithoutExcuses: t("承認不足，沒有辯解", "承认不足，没有辩解", "admitted the shortfall without excuses")
        case .admittedThenExcused: t("承認了，卻又找藉口", "承认了，却又找借口", "admitted it, then made an excuse")
        case .passedOn: t("推卸給別人", "推卸给别人", "passed the caller on")
        case .acceptedGift: t("收受禮物：自動不合格", "收受礼物：自动不合格", "accepted a gift: an automatic fail")
        case .neitherAcknowledgedNorRecorded: t("既沒有表示理解，也沒有記錄", "既没有表示理解，也没有记录", "neither acknowledged nor recorded")
        case .empathyWithoutCause: t("有同理心，但沒有記錄真正原因", "有同理心，但没有记录真正原因", "empathy, but the real cause was not recorded")
        case .recordedNotAcknowledged: t("有記錄，但沒有表示理解對方的心情", "有记录，但没有表示理解对方的心情", "recorded, but their feelings were not acknowledged")
        case .noGiftOffered: t("沒有人送禮", "没有人送礼", "no gift was offered")
        case .giftNotDeclined: t("沒有婉拒禮物", "没有婉拒礼物", "the gift was not declined")
        case .realCauseNotLookedFor: t("沒有找出真正原因", "没有找出真正原因", "the real cause was not looked for")
        case .shortfallNotAdmitted: t("沒有承認做得不夠好", "没有承认做得不够好", "the shortfall was not admitted")
        case .didNotInterruptNoNotes: t("沒有插話，但聆聽時沒有記錄", "没有插话，但聆听时没有记录", "did not interrupt, but noted nothing while listening")
        case .noHeatedWords: t("沒有激動的言辭", "没有激动的言辞", "no heated words")
        case .didNotTakeOwnership: t("沒有表示會負責跟進", "没有表示会负责跟进", "did not take it on")
        case .otherPartyNotRecorded: t("沒有記錄需要協調的另一方", "没有记录需要协调的另一方", "the other party was not recorded")
        case .forTheReviewer: t("由覆核人判斷", "由复核人判断", "for the reviewer to judge")
        case .noPromise: t("結束前沒有承諾回覆及回訪", "结束前没有承诺回复及回访", "the call ended without the promise of a reply and a follow-up call")
        case .argued: t("與來電者爭辯或指責對方", "与来电者争辩或指责对方", "argued with or blamed the caller")
        case .acknowledgedAndRecorded: t("表示理解，並即時記錄", "表示理解，并即时记录", "acknowledged their feelings and recorded at once")
        case .acknowledgedNotRecorded: t("表示理解，但對方說話時沒有記錄", "表示理解，但对方说话时没有记录", "acknowledged, but nothing was recorded while they spoke")
        case .realCauseRecorded: t("記錄了真正令對方不滿的原因", "记录了真正令对方不满的原因", "the real cause is recorded")
        case .otherPartyRecorded: t("記錄了需要協調的另一方", "记录了需要协调的另一方", "the other party is recorded to coordinate with")
        case .letThemFinish: t("讓對方說完，並記下內容", "让对方说完，并记下内容", "let them finish, and noted what they said")
        case .facts(let found, let of): t("問出 \(found)/\(of) 項資料", "问出 \(found)/\(of) 项资料", "\(found) of \(of) facts drawn out")
        case .kind(let given, let right): versus(given.name(in: language), right.name(in: language))
        case .nature(let given, let right): versus(given?.name(in: language) ?? "—", right.name(in: language))
        case .routing(let given, let right): versus(given.name(in: language), right.name(in: language))
        case .deadline(let given, let right): versus(when(given), when(right))
        case .reply(let given, let right): versus(given.name(in: language), right.name(in: language))
        case .nothingSaid: t("完全冇同來電者講過嘢", "完全没有对来电者说过话", "nothing was said to the caller")
        case .notedWhileTalking: t("對方講緊嘢時已即時記錄，冇插嘴", "对方说话时已即时记录，没有插话", "noted while they spoke, without interrupting")
        case .listenedNoNotes: t("等對方講完先出聲，但佢講嘢時冇記錄", "等对方说完才开口，但对方说话时没有记录",
                                 "let them finish, but noted nothing while they spoke")
        case .nothingShowsListening: t("冇任何跡象顯示有聆聽（冇記錄、冇等對方講完）", "没有任何迹象显示有聆听（没有记录、没有等对方说完）",
                                       "nothing shows listening (no notes, no waiting for them to finish)")
        case .causeNotTheRealOne: t("記錄咗原因，但唔係令對方真正不滿嘅原因", "记录了原因，但不是令对方真正不满的原因",
                                    "a cause is recorded, but not the one that really upsets them")
        case .otherPartyWrong: t("記錄咗要協調嘅一方，但唔係應該搵嘅人", "记录了要协调的一方，但不是应该找的人",
                                 "someone is recorded to coordinate with, but not the right party")
        case .notSet: t("冇填", "没有填", "not set")
        case .category(let given, let right): versus(given.map(categoryName) ?? "—", categoryName(right))
        case .followsFromClassification: t("跟分類而定：錯處已喺上面扣分", "随分类而定：错处已在上面扣分",
                                           "follows from the classification: the mistake is marked above")
        case .callsOwnChannel: t("照來電方式回覆，毋須設定", "按来电方式回复，无须设定", "replies by the call's own channel; nothing to set")
        case .demands(let well, let of): t("\(of) 個要求之中，\(well) 個回應得宜", "\(of) 个要求中，\(well) 个回应得宜",
                                           "\(well) of \(of) demands answered well")
        case .noDemandMade: t("對方冇提出要求", "对方没有提出要求", "no demand was made")
        case .allFitted: t("講嘅嘢合時，冇重複", "说的话合时，没有重复", "everything said fitted the moment, nothing repeated")
        case .outOfPlace(let count): t("\(count) 句重複或唔合時", "\(count) 句重复或不合时", "\(count) lines repeated or out of place")
        case .moodCalmer(let from, let to): t("來電者由\(from.name(in: language))變\(to.name(in: language))",
                                               "来电者由\(from.name(in: language))变\(to.name(in: language))",
                                               "the caller went from \(from.name(in: language)) to \(to.name(in: language))")
        case .moodUnchanged(let mood): t("來電者仍然\(mood.name(in: language))", "来电者仍然\(mood.name(in: language))",
                                         "the caller is still \(mood.name(in: language))")
        case .moodRoseThenEased(let peak): t("來電者一度\(peak.name(in: language))，之後先平復", "来电者一度\(peak.name(in: language))，之后才平复",
                                             "the caller grew \(peak.name(in: language)) along the way before easing")
        case .moodAngrier(let from, let to): t("來電者由\(from.name(in: language))變到\(to.name(in: language))",
                                                "来电者由\(from.name(in: language))变到\(to.name(in: language))",
                                                "the caller went from \(from.name(in: language)) to \(to.name(in: language))")
        case .nothingTypedAsSaid: t("沒有輸入、亦沒有自述對來電者說過的話", "没有输入也没有自述对来电者说过的话",
                                    "nothing typed or reported as said to the caller")
        case .accountNoted(let lines): t("對方說話時記下 \(lines) 句", "对方说话时记下了 \(lines) 句", lines == 1 ? "1 line of their account noted as they spoke" : "\(lines) lines of their account noted as they spoke")
        case .accountAfterwards: t("對方說完後才補記經過", "对方说完才补记经过", "the account was written out only afterwards")
        case .othersNotAsked: t("「需協調的人」沒有回答：既沒有寫是誰，也沒有寫「沒有」", "「要协调的人」没有答：没写是谁，也没写「没有」",
                                "nothing typed at others to bring in: neither a name nor \"nobody\"")
        case .recordMissing(let found, let of, let missing):
            t("記錄有 \(found)/\(of) 項", "记录有 \(found)/\(of) 项", "\(found) of \(of) fields in the record")
                + (missing.isEmpty ? "" : t("；欠：", "；欠：", "; missing: ") + missing.map(fieldName).joined(separator: t("、", "、", ", ")))
        case .urgentWithoutDanger: t("標為緊急，但 Coach 沒有聽到危險字眼：由覆核人確認", "标为紧急，但 Coach 没有听到危险字眼：由复核人确认",
                                     "marked urgent where Coach heard no danger: for the reviewer to confirm")
        case .toldBeforeChange(let given, let right):
            t("已通知\(roles(given))，但記錄其後更改，應通知\(roles(right))", "通知了\(roles(given))，但记录之后改了，应通知\(roles(right))",
              "told \(roles(given)), but the record changed after: \(roles(right)) should have been told")
        case .calledRouted(let name): t("已致電 \(SafeText.line(name))（轉交所列的人）", "已致电 \(SafeText.line(name))（转交所列的人）",
                                        "called \(SafeText.line(name)), whom the routing names")
        case .calledSomeoneElse(let name): t("致電 \(SafeText.line(name))，但轉交並未列出此人", "致电 \(SafeText.line(name))，但转交没有列这个人",
                                             "called \(SafeText.line(name)), whom the routing does not name")
        case .toldReported: t("自述已通知轉交所列的人", "自述已通知转交所列的人", "reported telling the people the routing names")
        case .nobodyTold: t("沒有記錄顯示已通知轉交所列的人", "没有记录通知过转交所列的人", "nothing shows the people the routing names were told")
        case .nobodyToTell: t("建議：毋須即時通知任何人", "建议：无须即时通知任何人", "a suggestion: nobody to tell at once")
        case .suggestionHasNoDeadline: t("建議沒有處理限期", "建议没有处理限期", "a suggestion has no deadline")
        case .replyBy(let via, let missing):
            t("回覆方式：", "回复方式：", "reply by ") + via.name(in: language)
                + (missing.isEmpty ? t("，記錄齊備", "，记录齐备", "; the record has what it needs")
                   : t("；記錄欠", "；记录欠", "; the record lacks ") + missing.map(fieldName).joined(separator: t("、", "、", ", ")))
        case .noDangerHeard: t("沒有聽到危險", "没有听到危险", "no danger was heard")
        case .dangerActed(let marked, let called, let markWithin, let callWithin):
            t("首次出現危險字眼後：", "首次出现危险字眼后：", "after the first danger word: ")
                + t("標為緊急 ", "标为紧急 ", "marked urgent ") + (marked.map(duration) ?? t("未做", "没做", "not done"))
                + t("（限 \(duration(Double(markWithin)))）；", "（限 \(duration(Double(markWithin)))）；", " (within \(duration(Double(markWithin)))); ")
                + t("致電 ", "致电 ", "called ") + (called.map(duration) ?? t("未做", "没做", "not done"))
                + t("（限 \(duration(Double(callWithin)))）", "（限 \(duration(Double(callWithin)))）", " (within \(duration(Double(callWithin))))")
        case .promisedBy(let promised, let due, let callBack):
            t("承諾", "承诺", "promised by ") + promisedWhen(promised, calendar: calendar)
                + (callBack ? t("；應於 \(when(due)) 前回電", "；应在 \(when(due)) 前回电", "; the call back is due by \(when(due))")
                   : t("；限期 \(when(due))", "；限期 \(when(due))", "; due \(when(due))"))
        case .promiseWithoutTime: t("承諾沒有說明時間，Coach 無從核對", "承诺没有讲时间，Coach 无从核对", "the promise names no time, so Coach cannot check it")
        case .overridden(let by, let reason): t("覆核調整（\(by)）：", "复核调整（\(by)）：", "Changed on review (\(by)): ") + SafeText.line(reason)
        case .words(let words): SafeText.line(words)
        }
    }

    /// A field the record lacks, as the intake names it.
    private func fieldName(_ question: IntakeQuestion) -> String {
        IntakeWords(language: language, organization: catalogue.organization).missingName(question)
    }

    private func roles(_ list: [Role]) -> String {
        list.map { catalogue.organization.title(of: $0, in: language) }.joined(separator: t("、", "、", ", "))
    }

    /// 4 秒, 1 分 20 秒, 5 min.
    private func duration(_ seconds: TimeInterval) -> String {
        let s = Int(seconds.rounded())
        let (m, r) = (s / 60, s % 60)
        if m == 0 { return t("\(r) 秒", "\(r) 秒", "\(r) s") }
        if r == 0 { return t("\(m) 分鐘", "\(m) 分钟", "\(m) min") }
        return t("\(m) 分 \(r) 秒", "\(m) 分 \(r) 秒", "\(m) min \(r) s")
    }

    /// A promised time: the moment, or for a day named alone, the day.
    private func promisedWhen(_ promised: PromisedTime, calendar: WorkingCalendar) -> String {
        let day = calendar.describe(calendar.localDate(of: promised.by), in: language)
        return promised.wholeDay ? t("\(day)之內", "\(day)之内", "the end of \(day)") : calendar.describe(promised.by, in: language)
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
        let words = evidence.event.map { EventText(language: language, catalogue: catalogue).render($0) } ?? evidence.text ?? ""
        return "#\(evidence.index + 1) \(time) \(kind)\(language == .en ? ": " : "：")" + DisplayWidth.truncate(SafeText.line(words), to: 60)
    }
}
