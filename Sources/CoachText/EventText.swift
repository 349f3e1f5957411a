import CaseEvents
import CivilTime
import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety
import Training

/// A case's events in the reader's language: what a review, a scorecard's evidence and an
/// export show. The events themselves carry no wording of their own beyond what was typed,
/// said or shown, so a transcript written in Chinese reads in English and the other way round.
public struct EventText: Sendable {
    public let language: Language
    public let catalogue: GuidanceCatalogue
    /// A training call's scenario: a fact drawn out is named by the field it fills.
    public let scenario: Scenario?

    public init(language: Language, catalogue: GuidanceCatalogue, scenario: Scenario? = nil) {
        self.language = language
        self.catalogue = catalogue
        self.scenario = scenario
    }

    private var words: IntakeWords { IntakeWords(language: language, organization: catalogue.organization) }

    var calendar: WorkingCalendar { catalogue.organization.calendar }

    func t(_ hant: String, _ hans: String, _ en: String) -> String {
        language.pick(hant, hans, en)
    }

    /// What a caller signal is, in words.
    func signalName(_ key: String) -> String {
        switch key {
        case "anger": t("激動或說粗口", "激动或说粗话", "angry or abusive")
        case "compensation": t("要求賠償", "要求赔偿", "asks for compensation")
        case "repeat": t("重複投訴", "重复投诉", "a repeat complaint")
        case "manager": t("要求見經理", "要求见经理", "asks for a manager")
        case "press_or_legal": t("揚言找傳媒或律師", "扬言找媒体或律师", "threatens the press or a lawyer")
        default: key
        }
    }

    private var separator: String { language == .en ? ", " : "、" }

    /// One line saying what the event was: typed and said words as they were, safe for a terminal.
    public func render(_ event: CaseEvent) -> String {
        switch event {
        case .opened(let o):
            return t("開案 \(o.caseNumber)：\(o.channel.name(in: language))，由 \(o.receivedBy) 接聽",
                     "开案 \(o.caseNumber)：\(o.channel.name(in: language))，由 \(o.receivedBy) 接听",
                     "case \(o.caseNumber) opened: \(o.channel.name(in: language)), taken by \(o.receivedBy)")
                + (o.isTraining ? t("（訓練）", "（训练）", " (training)") : "")
        case .cue(let number?, let text) where !text.hasPrefix("指引 ") && !text.hasPrefix("Guideline "):
            // Cues from before events were typed kept their "Guideline N ·" in the words.
            return t("指引 \(number) · ", "指引 \(number) · ", "Guideline \(number) · ") + SafeText.line(text)
        case .prompt(_, let text), .cue(_, let text), .message(let text):
            return SafeText.line(text)
        case .confirmRefused(let missing):
            let names = missing.compactMap(IntakeQuestion.init).map(words.missingName).joined(separator: separator)
            return t("未能儲存：尚欠 ", "未能保存：尚欠 ", "Saving refused: still missing ") + names
        case .journaled(let error):
            return t("資料庫未能寫入，此行先存入日誌：", "数据库未能写入，此行先存入日志：", "The database refused the line; it waited in the journal: ")
                + SafeText.line(error)
        case .typed(_, let text):
            return SafeText.line(text)
        case .rawInput(let bytes):
            return t("該行原本的 \(bytes.count) 個位元組（不是 UTF-8）：", "该行原本的 \(bytes.count) 个字节（不是 UTF-8）：",
                     "The line's \(bytes.count) bytes as typed (not UTF-8): ") + bytes.prefix(64).map { byte in
                let hex = String(byte, radix: 16, uppercase: true)
                return hex.count == 1 ? "0" + hex : hex
            }.joined(separator: " ") + (bytes.count > 64 ? " …" : "")
        case .key(.interrupt):
            return "Ctrl-C"
        case .key(.endOfInput):
            return t("輸入結束（Ctrl-D）", "输入结束（Ctrl-D）", "end of input (Ctrl-D)")
        case .phraseOffered(_, let text):
            return t("建議說：", "建议说：", "Offered: ") + SafeText.line(text)
        case .urgencyWarning(let terms):
            return t("提示聽來緊急：", "提示听来紧急：", "Warned it sounds urgent: ") + terms.map(SafeText.line).joined(separator: separator)
        case .whoToCall(let roles):
            return t("顯示要立即通知：", "显示要立即通知：", "Shown who to call now: ") + roles.map { $0.name(in: language) }.joined(separator: separator)
        case .onDuty(let role, _, let name, let phone):
            let title = catalogue.organization.title(of: role, in: language)
            guard let name else { return t("\(title)：無人當值", "\(title)：无人值班", "\(title): nobody rostered") }
            // The duty roles' titles already say "on duty" (當值保安主管): the line names the title once.
            return t("當值：", "值班：", "On duty: ") + title + " — " + SafeText.line(name) + (phone.map { " " + SafeText.line($0) } ?? "")
        case .safetyAdvice(_, let text):
            return t("安全提示：", "安全提示：", "Safety advice: ") + SafeText.line(text)
        case .proposal(let field, let value, _):
            let name = FactField(rawValue: field).map(words.factName) ?? t("資料", "资料", "a fact")
            let shown = FactField(rawValue: field).map { words.factValue(ProposedFact(field: $0, value: value, heard: "")) } ?? value
            return t("聽到（未記入）\(name)：", "听到（未记入）\(name)：", "Heard (not yet recorded) \(name): ") + SafeText.line(shown)
        case .proposalsAnswered(let accepted):
            return accepted ? t("接受聽到的資料", "接受听到的资料", "What was heard: accepted") : t("不用聽到的資料", "不用听到的资料", "What was heard: refused")
        case .signal(let key):
            return t("來電者：", "来电者：", "Caller: ") + signalName(key)
        case .ruleShown(let number, let article):
            return article ? t("顯示規定第 \(number) 條", "显示规定第 \(number) 条", "Shown regulation article \(number)")
                : t("顯示守則第 \(number) 條", "显示守则第 \(number) 条", "Shown house rule \(number)")
        case .earlierCases(let count, let last):
            return t("過去 12 個月已有 \(count) 宗", "过去 12 个月已有 \(count) 宗", "\(count) earlier case(s) in 12 months")
                + (last.map { t("，最近 \($0)", "，最近 \($0)", ", last \($0)") } ?? "")
        case .called(let name):
            return t("自述已致電：", "自述已致电：", "Reported calling: ") + SafeText.line(name)
        case .voided(let reason):
            return t("作廢：", "作废：", "Voided: ") + SafeText.line(reason)
        case .field(let value):
            return field(value) + (language == .en ? ": " : "：") + SafeText.line(self.value(value))
        case .accountLine(let line):
            return t("記錄：", "记录：", "Account: ") + SafeText.line(line)
        case .note(let note):
            return t("備註：", "备注：", "Note: ") + SafeText.line(note)
        case .skipped(let question):
            return t("略過：", "略过：", "Skipped: ") + (IntakeQuestion(rawValue: question).map(words.label) ?? "")
        case .phrase(_, let purpose, let answer):
            let what = purposeName(purpose)
            switch answer {
            case .said: return t("自述已說：\(what)", "自述已说：\(what)", "Reported saying: \(what)")
            case .notSaid: return t("自述未說：\(what)", "自述未说：\(what)", "Reported not saying: \(what)")
            case .ownWords(let words): return t("自述以自己的話說（\(what)）：", "自述以自己的话说（\(what)）：", "Reported saying (\(what)), in own words: ") + SafeText.line(words)
            }
        case .nature(let chosen, let suggested, let basis):
            let how = switch basis {
            case .chosen: t("由職員選定", "由职员选定", "chosen by staff")
            case .acceptedSuggestion: t("接受建議", "接受建议", "Coach's suggestion accepted")
            case .markedUrgent: t("以 :urgent 即時標為緊急", "以 :urgent 即时标为紧急", "marked urgent at once with :urgent")
            }
            return t("性質：\(chosen.name(in: language))（\(how)；建議為\(suggested.name(in: language))）",
                     "性质：\(chosen.name(in: language))（\(how)；建议为\(suggested.name(in: language))）",
                     "Nature: \(chosen.name(in: language)) (\(how); suggested \(suggested.name(in: language)))")
        case .routed(let d):
            var parts = [t("處理：", "处理：", "handler: ") + d.handler.name(in: language)]
            parts.append(t("通知：", "通知：", "tell: ") + d.notify.map { $0.name(in: language) }.joined(separator: separator))
            if let approval = d.approvalBy { parts.append(t("批准：", "批准：", "approval: ") + approval.name(in: language)) }
            if let escalate = d.escalateTo { parts.append(t("上報：", "上报：", "escalate: ") + escalate.name(in: language)) }
            if let deadline = d.deadline { parts.append(t("期限：", "期限：", "due: ") + calendar.describe(deadline.due, in: language)) }
            parts.append(t("回覆：", "回复：", "reply: ") + d.replyVia.name(in: language))
            return t("轉交 — ", "转交 — ", "Routing — ") + parts.joined(separator: language == .en ? "; " : "；")
        case .peopleTold(let note):
            return t("已通知有關人員", "已通知有关人员", "People told") + (note.map { "：" + SafeText.line($0) } ?? "")
        case .promise(let told, let note):
            let said = told ? t("自述已告知來電者跟進安排", "自述已告知来电者跟进安排", "Reported telling the caller what happens next")
                : t("自述未告知來電者跟進安排", "自述未告知来电者跟进安排", "Reported not telling the caller what happens next")
            return said + (note.map { "：" + SafeText.line($0) } ?? "")
        case .notOnRoster(let staff):
            return t("\(staff) 不在名冊：已標記給上司", "\(staff) 不在名册：已标记给上司", "\(staff) is not on the roster: flagged for a supervisor")
        case .draftKept:
            return t("保留草稿", "保留草稿", "Draft kept")
        case .received(let life):
            return t("接訴：已接收", "接诉：已接收", "Received")
                + (life.handler.map { t("，交", "，交", ", to ") + $0.name(in: language) } ?? "")
                + (life.deadline.map { t("，期限 ", "，期限 ", ", due ") + calendar.describe($0, in: language) } ?? "")
        case .trainingStarted(let scenario, let exam, let mood):
            return t("訓練：\(scenario)", "训练：\(scenario)", "Training: \(scenario)") + (exam ? t("（考核）", "（考核）", " (exam)") : "")
                + t("；來電者\(mood.name(in: language))", "；来电者\(mood.name(in: language))", "; caller \(mood.name(in: language))")
        case .saidToCaller(let words), .callerSaid(let words):
            return SafeText.line(words)
        case .moodChanged(let from, let to, let because):
            let why = MoodReasonText(language: language).words(because)
            return t("來電者情緒：\(from.name(in: language)) → \(to.name(in: language))（\(why)）",
                     "来电者情绪：\(from.name(in: language)) → \(to.name(in: language))（\(why)）",
                     "Caller's mood: \(from.name(in: language)) → \(to.name(in: language)) (\(why))")
        case .interruptedCaller(let segment, let of):
            return t("來電者未說完就插話（第 \(segment)/\(of) 段後）", "来电者未说完就插话（第 \(segment)/\(of) 段后）",
                     "Interrupted the caller (after part \(segment) of \(of))")
        case .factRevealed(let id):
            // The id is the scenario author's; the reader is told which part of the record it fills.
            let field = scenario?.facts.first { $0.id == id }?.field ?? Scenario.Fact.Field(rawValue: id)
            guard let field else { return t("問出一項資料", "问出一项资料", "A fact drawn out") }
            return t("問出資料：", "问出资料：", "Fact drawn out: ") + factFieldName(field)
        case .giftOffered:
            return t("來電者送禮", "来电者送礼", "The caller offered a gift")
        case .giftDeclined(let term):
            return t("婉拒禮物（\(term)）", "婉拒礼物（\(term)）", "Declined the gift (\(term))")
        case .giftAccepted(let term):
            return t("收受禮物（\(term)）", "收受礼物（\(term)）", "Accepted the gift (\(term))")
        case .whileCallerTalking(let segment):
            let part = segment.map { t("（第 \($0) 段）", "（第 \($0) 段）", " (part \($0))") } ?? ""
            return t("來電者講緊嘢時記錄", "来电者讲话时记录", "Typed while the caller was talking") + part
        case .demandMade(let kind):
            return t("來電者要求：", "来电者要求：", "The caller demanded: ") + MoodReasonText(language: language).words(kind)
        case .demandAnswered(let kind, let well):
            let what = MoodReasonText(language: language).words(kind)
            return well ? t("回應得宜：\(what)", "回应得宜：\(what)", "Answered well: \(what)")
                : t("回應不當：\(what)", "回应不当：\(what)", "Answered badly: \(what)")
        case .misplaced(let act, let reason):
            let words = MoodReasonText(language: language)
            return t("講得唔合時：", "说得不合时：", "Out of place: ") + words.words(act) + t("（", "（", " (") + words.words(reason)
                + t("）", "）", ")")
        case .trainingFinished(let start, let end):
            return t("訓練完成；來電者 \(start.name(in: language)) → \(end.name(in: language))",
                     "训练完成；来电者 \(start.name(in: language)) → \(end.name(in: language))",
                     "Training finished; caller \(start.name(in: language)) → \(end.name(in: language))")
        case .scored(let total, let failed):
            return t("評分：\(total)/100", "评分：\(total)/100", "Scorecard: \(total)/100")
                + (failed ? t("（收受禮物：不合格）", "（收受礼物：不合格）", " (fail: gift accepted)") : "")
        case .action(let a):
            var line = "\(a.action.name(in: language))：\(a.from.name(in: language)) → \(a.to.name(in: language))"
            if language == .en { line = "\(a.action.name(in: language)): \(a.from.name(in: language)) → \(a.to.name(in: language))" }
            if let department = a.department { line += t("；部門：", "；部门：", "; department: ") + SafeText.line(department) }
            if let via = a.repliedVia { line += t("；回覆方式：", "；回复方式：", "; replied by: ") + via.name(in: language) }
            if let reason = a.reason { line += t("；原因：", "；原因：", "; reason: ") + SafeText.line(reason) }
            if let satisfaction = a.satisfaction { line += t("；滿意度 ", "；满意度 ", "; satisfaction ") + "\(satisfaction)/5" }
            if a.integrityConfirmed { line += t("；已確認廉潔聲明", "；已确认廉洁声明", "; integrity confirmed") }
            if a.notReachable { line += t("；未能聯絡投訴人", "；未能联络投诉人", "; the caller could not be reached") }
            if a.action == .escalate { line += t("；上報總物業經理", "；上报总物业经理", "; escalated to the general manager") }
            if let text = a.text { line += (language == .en ? " — " : "——") + SafeText.line(text) }
            return line
        case .reviewComment(let comment):
            return t("覆核意見：", "复核意见：", "Review comment: ") + SafeText.line(comment)
        case .reviewOverride(let item, let from, let to, let reason):
            let card = ScorecardText(catalogue: catalogue, language: language)
            return t("調整分數：", "调整分数：", "Score override: ") + "\(card.name(item)) \(card.result(from)) → \(card.result(to)) — " + SafeText.line(reason)
        case .legacy(_, let text):
            return SafeText.line(text)
        case .snapshot:
            return t("資料庫升級時的記錄", "数据库升级时的记录", "The record as it stood when the database was upgraded")
        }
    }

    /// Where a scenario's fact belongs in the record, named as the record names it.
    func factFieldName(_ field: Scenario.Fact.Field) -> String {
        switch field {
        case .location: t("確實位置", "确实位置", "where exactly")
        case .since: t("由何時開始", "从何时开始", "since when")
        case .wants: t("對方要求", "对方要求", "what they want")
        case .realCause: t("真正原因", "真正原因", "the real cause")
        case .coordinateWith: t("需要協調", "需要协调", "others to coordinate with")
        }
    }

    public func field(_ value: RecordValue) -> String {
        switch value {
        case .channel: t("投訴方式", "投诉方式", "Channel")
        case .name: t("姓名", "姓名", "Name")
        case .standing: t("業主或住戶", "业主或住户", "Owner or occupant")
        case .building: t("大廈/座", "大厦/座", "Building")
        case .unit: t("單位", "单位", "Unit")
        case .contact: t("聯絡電話", "联络电话", "Contact")
        case .account: t("發生了甚麼", "发生了什么", "What happened")
        case .location: t("確實位置", "确实位置", "Where exactly")
        case .since: t("由何時開始", "从何时开始", "Since when")
        case .wants: t("對方要求", "对方要求", "What they want")
        case .realCause: t("真正原因", "真正原因", "Real cause")
        case .coordinateWith: t("需要協調", "需要协调", "Others to coordinate with")
        case .kind: t("投訴或建議", "投诉或建议", "Complaint or suggestion")
        case .category: t("類別", "类别", "Category")
        case .beyondManagerAuthority: t("超出經理權限", "超出经理权限", "Beyond the manager's authority")
        }
    }

    /// A field's value as the reader knows it: a category by its name, a choice in their language.
    func value(_ value: RecordValue) -> String {
        if case .category(let id?) = value, let category = catalogue.organization.categories.first(where: { $0.id == id }) {
            return category.name[language]
        }
        return value.plainValue(in: language)
    }

    public func purposeName(_ purpose: PhrasePurpose) -> String {
        switch purpose {
        case .acknowledge: t("認同感受", "认同感受", "acknowledge their feelings")
        case .reassure: t("安撫對方", "安抚对方", "reassure them")
        case .empathise: t("同理心", "同理心", "empathise")
        case .ask: t("提問", "提问", "ask")
        case .admitShortfall: t("承認不足", "承认不足", "admit the shortfall")
        case .takeOwnership: t("代表公司跟進", "代表公司跟进", "take ownership")
        case .easeTension: t("緩和氣氛", "缓和气氛", "ease the tension")
        case .coordinate: t("協調", "协调", "coordinate")
        case .promiseFollowUp: t("承諾跟進", "承诺跟进", "promise the follow-up")
        case .followUpCall: t("回訪", "回访", "the follow-up call")
        case .explainRules: t("解釋規則", "解释规则", "explain the rules")
        case .declineGift: t("婉拒禮物", "婉拒礼物", "decline a gift")
        case .thankSuggestion: t("多謝建議", "感谢建议", "thank them for the suggestion")
        case .urgentPromise: t("緊急承諾", "紧急承诺", "the urgent promise")
        case .calmAnger: t("平息怒氣", "平息怒气", "calm the anger")
        case .noteCompensation: t("記下賠償要求", "记下赔偿要求", "note the compensation request")
        case .ownRepeat: t("承擔重複投訴", "承担重复投诉", "own the repeat complaint")
        case .callManager: t("通知經理", "通知经理", "call the manager")
        case .noteThreat: t("記下傳媒或法律威脅", "记下媒体或法律威胁", "note the press or legal threat")
        }
    }
}

extension RecordValue {
    /// The value in the reader's language where it is a choice; as typed otherwise.
    public func plainValue(in language: Language) -> String {
        switch self {
        case .channel(let c): c.name(in: language)
        case .standing(let s): s?.name(in: language) ?? "—"
        case .kind(let k): k.name(in: language)
        case .beyondManagerAuthority(let b): b ? language.pick("是", "是", "yes") : language.pick("否", "否", "no")
        case .coordinateWith(let list): list.isEmpty ? "—" : list.joined(separator: language == .en ? ", " : "、")
        default: plain
        }
    }
}
