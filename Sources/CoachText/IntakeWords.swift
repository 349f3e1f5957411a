import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety

/// Every word the intake says, in the staff member's language: what the engine shows as data
/// (`Display`) and its prompts, as lines to read. Chinese is written as staff speak it at the
/// desk, English as it is said, not translated word for word.
public struct IntakeWords: ScreenWords {
    public let language: Language
    public let organization: Organization

    public init(language: Language, organization: Organization) {
        self.language = language
        self.organization = organization
    }

    func t(_ hant: String, _ hans: String, _ en: String) -> String {
        language.pick(hant, hans, en)
    }

    var zh: Bool { language != .en }
    var listSeparator: String { zh ? "、" : ", " }

    // MARK: Prompts

    /// A prompt's parts: where it stands, what is asked, its choices, what Enter gives.
    public func parts(_ spec: PromptSpec) -> (step: String, label: String, hint: String?, defaultValue: String?) {
        let asked: String
        if let question = spec.question {
            asked = question == .callerName ? nameLabel(spec.channel) : label(question)
        } else {
            asked = leaveQuestion
        }
        let hinted: [IntakeQuestion] = [.channel, .standing, .kind, .nature]
        let keys: String? = spec.question.map(hinted.contains) == true ? hint(spec.choices) : nil
        let shown: String? = switch spec.defaultValue {
        case .typed(let value): DisplayWidth.truncate(SafeText.line(value), to: 24)
        case .choice(let name): name[language]
        case .yes: yesNoHint
        case .enter: pressEnter
        case nil: nil
        }
        return ("\(spec.step.number)/\(spec.stepCount)", asked, keys, shown)
    }

    /// `3/7 Since when [last Friday] › `, as the screen and the transcript show it (no colour).
    public func plain(_ spec: PromptSpec) -> String {
        let p = parts(spec)
        var text = "\(p.step) \(p.label)"
        if let hint = p.hint { text += " \(hint)" }
        if let value = p.defaultValue { text += " [\(value)]" }
        return text + " › "
    }

    /// What Tab offers: the choices in this language, values from guidance, and the commands.
    public func completions(_ spec: PromptSpec) -> [String] {
        spec.choices.map { $0.name[language] } + spec.values + ColonCommand.names
    }

    /// `(p)電話 (i)來人 …`: each choice with its one-letter key.
    func hint(_ choices: [Choice]) -> String {
        choices.map { choice in choice.key.map { "(\($0))\(choice.name[language])" } ?? choice.name[language] }.joined(separator: " ")
    }

    /// `1 電話 · 2 來人 …`: the choices in words, for an error message or `:help`.
    func listing(_ choices: [Choice]) -> String {
        choices.enumerated().map { "\($0.offset + 1) \($0.element.name[language])" }.joined(separator: " · ")
    }

    // MARK: What the engine shows

    /// The lines a display shows.
    public func lines(_ display: Display) -> [OutputLine] {
        let calendar = organization.calendar
        switch display {
        case .opening(let number, let at): return [OutputLine(.success, opening(number, time: calendar.describe(at, in: language)))]
        case .resumed(let number, let at): return [OutputLine(.success, resumed(number, time: calendar.describe(at, in: language)))]
        case .notOnRoster(let staff): return [OutputLine(.dim, notOnRoster(staff))]
        case .stepHeader(let step, let missing): return [OutputLine(.heading, header(step, missing: missing))]
        case .cue(let number, let text): return [OutputLine(.cue, t("指引 \(number) · ", "指引 \(number) · ", "Guideline \(number) · ") + text)]
        case .phrase(_, let text): return [OutputLine(.phrase, say(text))]
        case .listenIntro: return [OutputLine(.dim, listenIntro)]
        case .soundsUrgent(let suggestion): return [OutputLine(.warning, soundsUrgent(suggestion))]
        case .natureSuggestion(let suggestion): return [OutputLine(.dim, suggestionLine(suggestion))]
        case .choices(_, let choices): return [OutputLine(.dim, listing(choices))]
        case .routing(let decision): return routeLines(decision)
        case .urgentMarked(let decision):
            return [OutputLine(.warning, urgentMarked())] + decision.notify.map { OutputLine(.warning, "  " + people($0)) }
        case .promise(let number, let decision, let phrase): return promiseLines(number, decision, phrase: phrase)
        case .summary(let record, let missing): return summary(record, missing: missing)
        case .help(let question, let choices): return help(question, choices)
        case .guidelines(let guidelines, let full):
            return guidelines.flatMap { [OutputLine(.heading, "\($0.number). \($0.title[language])"), OutputLine(.plain, full ? $0.text[language] : $0.cue[language])] }
        case .guideUsage: return [OutputLine(.warning, guideUsage)]
        case .notUnderstood(let typed, let choices): return [OutputLine(.error, notUnderstood(typed, choices: listing(choices)))]
        case .unknownCommand(let name): return [OutputLine(.error, unknownCommand(name))]
        case .required: return [OutputLine(.warning, required)]
        case .tooLong(let count): return [OutputLine(.error, tooLong(count))]
        case .notText: return [OutputLine(.warning, notText)]
        case .atFirst: return [OutputLine(.warning, atFirst)]
        case .interrupted: return [OutputLine(.dim, interrupted)]
        case .noteAdded(let count): return [OutputLine(.dim, noteAdded(count))]
        case .noteEmpty: return [OutputLine(.warning, noteEmpty)]
        case .saved(let number): return [OutputLine(.success, saved(number))]
        case .draftKept(let number): return [OutputLine(.success, draftKept(number))]
        case .cannotConfirm(let missing): return [OutputLine(.error, cannotConfirm(missing))]
        case .notConfirmed: return [OutputLine(.warning, notConfirmed)]
        case .trainingIntro(let title, let summary):
            return [OutputLine(.heading, t("訓練：", "训练：", "Training: ") + title), OutputLine(.dim, summary),
                    OutputLine(.dim, t("以 > 開頭的一行是你對來電者說的話；其他輸入照常記錄。", "以 > 开头的一行是你对来电者说的话；其他输入照常记录。",
                                       "Start a line with > to say it to the caller; everything else is the record as usual."))]
        case .sayAfterMarker: return [OutputLine(.warning, t("> 後面寫上你要說的話。", "> 后面写上你要说的话。", "Write what you say after >."))]
        case .callerSaid(let name, let words):
            return [OutputLine(.caller, t("\(name)：「\(words)」", "\(name)：「\(words)」", "\(name): “\(words)”"))]
        }
    }

    /// A display's words on one line, as the transcript keeps a message.
    public func plain(_ display: Display) -> String {
        lines(display).map(\.text).joined(separator: " ")
    }

    /// The record as a read-back, labels aligned by display width.
    func summary(_ r: ComplaintRecord, missing: [IntakeQuestion]) -> [OutputLine] {
        var rows: [(String, String)] = [
            (t("個案", "个案", "Case"), "\(r.caseNumber) · \(r.stage.name(in: language))"),
            (label(.channel), r.channel.name(in: language)),
        ]
        let who = [r.person.name, r.person.standing?.name(in: language)].compactMap { $0 }.joined(separator: " · ")
        if !who.isEmpty { rows.append((label(.callerName), who)) }
        if let contact = r.person.contact { rows.append((label(.contact), contact)) }
        let place = [r.building, r.unit].compactMap { $0 }.joined(separator: " ")
        if !place.isEmpty { rows.append((t("地址", "地址", "Address"), place)) }
        if !r.account.isEmpty { rows.append((label(.what), r.account)) }
        if let v = r.location { rows.append((label(.location), v)) }
        if let v = r.since { rows.append((label(.since), v)) }
        if let v = r.wants { rows.append((label(.wants), v)) }
        if let v = r.realCause { rows.append((label(.realCause), v)) }
        if !r.coordinateWith.isEmpty { rows.append((label(.coordinateWith), r.coordinateWith.joined(separator: listSeparator))) }
        rows.append((label(.kind), r.kind.name(in: language)))
        if r.kind == .complaint, let nature = r.nature { rows.append((label(.nature), nature.name(in: language))) }
        if let id = r.category, let category = organization.categories.first(where: { $0.id == id }) {
            rows.append((label(.category), category.name[language]))
        }
        for note in r.notes { rows.append((t("備註", "备注", "Note"), note)) }

        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        var lines: [OutputLine] = []
        for (name, value) in rows {
            let valueLines = value.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in valueLines.enumerated() {
                let head = index == 0 ? DisplayWidth.pad(name, to: width) : String(repeating: " ", count: width)
                lines.append(OutputLine(.plain, "  \(head)  \(part)"))
            }
        }
        if !missing.isEmpty {
            lines.append(OutputLine(.warning, t("尚欠：", "尚欠：", "Missing: ") + missing.map(missingName).joined(separator: listSeparator)))
        }
        return lines
    }

    func suggestionLine(_ suggestion: UrgencySuggestion) -> String {
        if suggestion.matches.isEmpty {
            return t("建議：普通 —— 記錄中沒有緊急字眼。", "建议：普通 —— 记录中没有紧急字眼。",
                          "Suggested: ordinary — nothing urgent in the notes.")
        }
        let found = suggestion.matches.map { zh ? "「\($0.term)」" : "“\($0.term)”" }.joined(separator: listSeparator)
        return t("建議：特殊或緊急 —— 提到\(found)。請確認。", "建议：特殊或紧急 —— 提到\(found)。请确认。",
                      "Suggested: urgent — the notes mention \(found). Please confirm.")
    }

    /// A role with the people on the roster who hold it and how to reach them.
    func people(_ role: Role) -> String {
        let holders = organization.staff(holding: role)
        let names = holders.map { member in member.contact.map { "\(member.name) \($0)" } ?? member.name }
        let list = names.isEmpty ? t("名冊上沒有人", "名册上没有人", "nobody on the roster") : names.joined(separator: listSeparator)
        return "\(role.name(in: language)) — \(list)"
    }

    func routeLines(_ d: RoutingDecision) -> [OutputLine] {
        let calendar = organization.calendar
        var lines: [(String, String, OutputLine.Style)] = []
        if !d.isComplaint {
            lines.append((t("類別", "类别", "Kind"), t("建議，不屬投訴（規定 1）", "建议，不属投诉（规定 1）", "a suggestion, not a complaint (reg. 1)"), .plain))
        }
        let tellHandler = d.notify.contains(d.handler)
        lines.append((tellHandler ? t("立即通知負責人", "立即通知负责人", "Tell now, handles it") : t("負責", "负责", "Handled by"),
                      people(d.handler), tellHandler ? .warning : .plain))
        for role in d.notify where role != d.handler {
            lines.append((t("同時通知", "同时通知", "Also tell"), people(role), .warning))
        }
        if let approval = d.approvalBy { lines.append((t("須經批准", "须经批准", "Approval"), people(approval), .plain)) }
        if let escalate = d.escalateTo { lines.append((t("上報", "上报", "Escalate to"), people(escalate), .warning)) }
        if let deadline = d.deadline {
            lines.append((t("限期", "限期", "Due"), calendar.describe(deadline.due, in: language), .plain))
        }
        lines.append((t("回復方式", "回复方式", "Reply by"), d.replyVia.name(in: language), .plain))
        let width = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        return lines.map { OutputLine($0.2, "  " + DisplayWidth.pad($0.0, to: width) + "  " + $0.1) }
            + d.reasons.map { OutputLine(.dim, "  " + t("規定", "规定", "reg.") + " \($0.article) · " + $0.text(in: language, calendar: calendar)) }
    }

    /// What to promise the caller before hanging up (regulation 8, guideline 8).
    func promiseLines(_ number: CaseNumber, _ d: RoutingDecision, phrase: String?) -> [OutputLine] {
        var lines = [OutputLine(.plain, t("告訴對方：", "告诉对方：", "Tell the caller:"))]
        lines.append(OutputLine(.plain, "  • " + t("個案編號 \(number)", "个案编号 \(number)", "their case number: \(number)")))
        if let deadline = d.deadline {
            let when = organization.calendar.describe(deadline.due, in: language)
            lines.append(OutputLine(.plain, "  • " + t("我們會在 \(when) 前處理", "我们会在 \(when) 前处理", "we will deal with it by \(when)")))
        } else {
            lines.append(OutputLine(.plain, "  • " + t("建議會轉交物業部跟進", "建议会转交物业部跟进", "the suggestion goes to the property department")))
        }
        lines.append(OutputLine(.plain, "  • " + replyPromise(d.replyVia)))
        if d.isComplaint {
            lines.append(OutputLine(.plain, "  • " + t("解決後會致電問您是否滿意", "解决后会致电问您是否满意", "we will call once it is solved to check they are satisfied")))
        }
        if let phrase {
            lines.append(OutputLine(.phrase, say(phrase)))
        }
        return lines
    }

    func help(_ question: IntakeQuestion, _ choices: [Choice]) -> [OutputLine] {
        let lines: [(String, String)] = [
            (":help", t("這個說明", "这个说明", "this help")),
            (":back", t("返回上一項（答案保留）", "返回上一项（答案保留）", "the previous question (answers are kept)")),
            (":show", t("目前記錄的資料", "目前记录的资料", "the record so far")),
            (":guide [N]", t("指引 N，或這一步的指引", "指引 N，或这一步的指引", "guideline N, or this step's guidelines")),
            (":urgent", t("立即標為緊急，並顯示要通知誰", "立即标为紧急，并显示要通知谁", "mark urgent now and show who to call")),
            (":note TEXT", t("加一則備註", "加一则备注", "add a note")),
            (":skip", t("暫時略過這一項", "暂时略过这一项", "leave this question for now")),
            (":done", t("結束聆聽記錄", "结束聆听记录", "end the notes while listening")),
            (":save", t("保留草稿並離開", "保留草稿并离开", "keep the draft and leave")),
            (":quit", t("離開（會先問是否保留草稿）", "离开（会先问是否保留草稿）", "leave (asks first)")),
        ]
        var out = DisplayWidth.columns(lines.map { [$0.0, $0.1] }).map { OutputLine(.plain, "  " + $0) }
        out.append(OutputLine(.dim, t("Tab 補全選項和指令；Ctrl-C 清除該行；Ctrl-D 保留草稿並離開。",
                                           "Tab 补全选项和指令；Ctrl-C 清除该行；Ctrl-D 保留草稿并离开。",
                                           "Tab completes choices and commands; Ctrl-C clears the line; Ctrl-D keeps the draft and leaves.")))
        if !choices.isEmpty {
            out.append(OutputLine(.plain, label(question) + ": " + listing(choices)))
        }
        return out
    }


    func stepTitle(_ step: IntakeStep) -> String {
        switch step {
        case .start: t("接聽", "接听", "Start")
        case .listen: t("聆聽", "聆听", "Listen")
        case .check: t("核對", "核对", "Check")
        case .respond: t("回應", "回应", "Respond")
        case .classify: t("分類", "分类", "Classify")
        case .route: t("轉交", "转交", "Route")
        case .close: t("結束", "结束", "Close")
        }
    }

    public func label(_ question: IntakeQuestion) -> String {
        switch question {
        case .channel: t("投訴方式", "投诉方式", "Channel")
        case .callerName: t("來電者姓名", "来电者姓名", "Caller's name")
        case .standing: t("業主或用戶", "业主或用户", "Owner or occupant")
        case .building: t("大廈/座", "大厦/座", "Building")
        case .unit: t("單位", "单位", "Unit")
        case .contact: t("聯絡電話", "联络电话", "Contact number")
        case .account: t("記錄", "记录", "Notes")
        case .what: t("發生了甚麼", "发生了什么", "What happened")
        case .location: t("確實位置", "确实位置", "Where exactly")
        case .since: t("由何時開始", "从何时开始", "Since when")
        case .wants: t("對方要求", "对方要求", "What they want")
        case .realCause: t("真正令對方不滿的原因", "真正令对方不满的原因", "What really upset them")
        case .coordinateWith: t("需要協調的其他人", "需要协调的其他人", "Others to coordinate with")
        case .acknowledge: t("認同感受", "认同感受", "Acknowledged")
        case .admitShortfall: t("承認不足", "承认不足", "Admitted the shortfall")
        case .takeOwnership: t("代表公司跟進", "代表公司跟进", "Took ownership")
        case .kind: t("投訴或建議", "投诉或建议", "Complaint or suggestion")
        case .nature: t("性質", "性质", "Nature")
        case .category: t("類別", "类别", "Category")
        case .routed: t("已通知", "已通知", "Told them")
        case .promised: t("已告知對方", "已告知对方", "Told the caller")
        case .confirm: t("確認並儲存", "确认并保存", "Confirm and save")
        }
    }

    /// "Caller" on the phone; "complainant" for a visit, a letter or a message.
    func nameLabel(_ channel: Channel) -> String {
        channel == .phone ? label(.callerName) : t("投訴人姓名", "投诉人姓名", "Complainant's name")
    }

    // MARK: Choices

    var yesNoHint: String { "Y/n" }
    var pressEnter: String { t("Enter 繼續", "Enter 继续", "Enter") }

    // MARK: Lines

    /// The line that opens a step: where you are, what is still missing, how to go back.
    /// Nothing can be missing before the check step, so the first two say nothing of it.
    func header(_ step: IntakeStep, missing: [IntakeQuestion]) -> String {
        let missing = missing.map(missingName)
        var parts = ["\(step.number)/\(IntakeStep.allCases.count) \(stepTitle(step))"]
        if !missing.isEmpty {
            parts.append(t("尚欠：", "尚欠：", "missing: ") + missing.joined(separator: listSeparator))
        } else if step.number >= IntakeStep.check.number {
            parts.append(t("資料齊全", "资料齐全", "nothing missing"))
        }
        if step != .start { parts.append(":back " + t("返回", "返回", "goes back")) }
        parts.append(":help")
        return "── " + parts.joined(separator: " · ") + " ──"
    }

    /// How the answer will reach them, said to the caller (regulation 8).
    func replyPromise(_ reply: ReplyChannel) -> String {
        switch reply {
        case .visit: t("我們會上門回覆您", "我们会上门回复您", "we will come and see them with the answer")
        case .letter: t("我們會回函答覆", "我们会回函答复", "we will write back")
        case .phone: t("我們會致電回覆您", "我们会致电回复您", "we will phone them back")
        case .other: t("我們會按您投訴的方式回覆", "我们会按您投诉的方式回复", "we will answer the same way they reached us")
        }
    }

    func opening(_ number: CaseNumber, time: String) -> String {
        t("個案 \(number) · \(time) 開始記錄", "个案 \(number) · \(time) 开始记录", "Case \(number) · recording since \(time)")
    }

    func resumed(_ number: CaseNumber, time: String) -> String {
        t("繼續個案 \(number)（\(time) 開始）· :show 看已記錄的資料",
          "继续个案 \(number)（\(time) 开始）· :show 看已记录的资料",
          "Resuming case \(number) (started \(time)) · :show for what is recorded")
    }

    func notOnRoster(_ staff: String) -> String {
        t("\(staff) 不在名冊上：照常記錄，個案會標記給上司覆核。", "\(staff) 不在名册上：照常记录，个案会标记给上司复核。",
          "\(staff) is not on the roster: take the call as usual; the case is flagged for a supervisor.")
    }

    func soundsUrgent(_ suggestion: UrgencySuggestion) -> String {
        let found = suggestion.matches.map { zh ? "「\($0.term)」" : "“\($0.term)”" }.joined(separator: listSeparator)
        return t("聽來緊急：提到\(found)。:urgent 立即顯示要通知誰。", "听来紧急：提到\(found)。:urgent 立即显示要通知谁。",
                 "This sounds urgent: they mentioned \(found). :urgent shows who to call now.")
    }

    var listenIntro: String {
        t("讓對方說完：每行一段，空行或 :done 結束。", "让对方说完：每行一段，空行或 :done 结束。",
          "Let them finish: a line per point; a blank line or :done when they have finished.")
    }

    func say(_ phrase: String) -> String {
        t("可以說：「\(phrase)」", "可以说：「\(phrase)」", "You could say: “\(phrase)”")
    }

    func notUnderstood(_ typed: String, choices: String) -> String {
        t("「\(typed)」不是可選的答案；可選：\(choices)。已輸入的內容保存在記錄中。",
          "「\(typed)」不是可选的答案；可选：\(choices)。已输入的内容保存在记录中。",
          "“\(typed)” is not one of the choices: \(choices). What you typed is kept in the transcript.")
    }

    func unknownCommand(_ command: String) -> String {
        t("沒有 \(command) 這個指令；:help 列出所有指令。", "没有 \(command) 这个指令；:help 列出所有指令。",
          "There is no \(command) command; :help lists them.")
    }

    var required: String {
        t("這一項必須填寫（:skip 可暫時略過）。", "这一项必须填写（:skip 可暂时略过）。",
          "This one is needed (:skip leaves it for now).")
    }

    func tooLong(_ count: Int) -> String {
        t("這一行有 \(count) 個字，太長了；已保存在記錄中。請輸入簡短的答案，或用 :note 加為備註。",
          "这一行有 \(count) 个字，太长了；已保存在记录中。请输入简短的答案，或用 :note 加为备注。",
          "That line is \(count) characters, too long for this answer; it is kept in the transcript. Give a short answer, or :note to keep it as a note.")
    }

    var notText: String {
        t("該行有些位元組不是有效文字（顯示為 �），已照樣保存；請檢查。", "该行有些字节不是有效文字（显示为 �），已照样保存；请检查。",
          "Part of that line was not valid text (shown as �); it is kept as it came. Please check it.")
    }

    var atFirst: String { t("已經是第一項。", "已经是第一项。", "This is the first question already.") }
    var interrupted: String { t("已清除該行（Ctrl-C）。", "已清除该行（Ctrl-C）。", "Line cleared (Ctrl-C).") }
    var leaveQuestion: String { t("保留草稿並離開？", "保留草稿并离开？", "Keep the draft and leave?") }

    func draftKept(_ number: CaseNumber) -> String {
        t("草稿已保留：coach resume \(number) 可繼續。", "草稿已保留：coach resume \(number) 可继续。",
          "Draft kept: coach resume \(number) continues it.")
    }

    func noteAdded(_ count: Int) -> String {
        t("已加備註（共 \(count) 則）。", "已加备注（共 \(count) 则）。", "Note added (\(count) so far).")
    }

    var noteEmpty: String { t("請在 :note 後寫上備註內容。", "请在 :note 后写上备注内容。", "Write the note after :note.") }

    func saved(_ number: CaseNumber) -> String {
        t("已儲存：個案 \(number) 已接訴並轉交。", "已保存：个案 \(number) 已接诉并转交。",
          "Saved: case \(number) is received and routed.")
    }

    func cannotConfirm(_ missing: [IntakeQuestion]) -> String {
        let missing = missing.map(missingName)
        return t("未能確認：尚欠 \(missing.joined(separator: listSeparator))。:back 返回補上，或 :save 保留草稿。",
          "未能确认：尚欠 \(missing.joined(separator: listSeparator))。:back 返回补上，或 :save 保留草稿。",
          "Cannot confirm yet: \(missing.joined(separator: listSeparator)) still missing. :back to fill it in, or :save to keep the draft.")
    }

    var notConfirmed: String {
        t("未儲存。:back 返回修改，或 :save 保留草稿。", "未保存。:back 返回修改，或 :save 保留草稿。",
          "Not saved. :back to change something, or :save to keep the draft.")
    }

    func urgentMarked() -> String {
        t("已標為特殊或緊急 —— 立即通知：", "已标为特殊或紧急 —— 立即通知：", "Marked urgent — tell these people now:")
    }

    var guideUsage: String { t("用法：:guide 1 至 12。", "用法：:guide 1 至 12。", "Usage: :guide 1 to 12.") }

    // MARK: Facts

    func missingName(_ question: IntakeQuestion) -> String {
        switch question {
        case .what, .account: t("事情經過", "事情经过", "what happened")
        case .location: t("位置", "位置", "where")
        case .since: t("開始時間", "开始时间", "since when")
        case .wants: t("對方要求", "对方要求", "what they want")
        case .callerName: t("姓名", "姓名", "name")
        case .contact: t("聯絡電話", "联络电话", "contact")
        case .nature: t("性質", "性质", "nature")
        case .category: t("類別", "类别", "category")
        default: label(question)
        }
    }
}
