import ComplaintDomain

/// Every word the intake says, in the staff member's language. Chinese is written as staff
/// speak it at the desk, English as it is said, not translated word for word.
struct IntakeText {
    let language: Language

    func t(_ hant: String, _ hans: String, _ en: String) -> String {
        language.pick(hant, hans, en)
    }

    var zh: Bool { language != .en }
    var listSeparator: String { zh ? "、" : ", " }

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

    func label(_ question: IntakeQuestion) -> String {
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

    var yes: String { t("是", "是", "yes") }
    var no: String { t("否", "否", "no") }
    var yesNoHint: String { "Y/n" }
    var pressEnter: String { t("Enter 繼續", "Enter 继续", "Enter") }

    // MARK: Lines

    /// The line that opens a step: where you are, what is still missing, how to go back.
    /// Nothing can be missing before the check step, so the first two say nothing of it.
    func header(_ step: IntakeStep, missing: [String]) -> String {
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

    func cue(_ guideline: Guideline) -> String {
        t("指引 \(guideline.number) · ", "指引 \(guideline.number) · ", "Guideline \(guideline.number) · ") + guideline.cue[language]
    }

    func say(_ phrase: String) -> String {
        t("可以說：「\(phrase)」", "可以说：「\(phrase)」", "You could say: “\(phrase)”")
    }

    func expected(_ what: String) -> String {
        t("請輸入\(what)。", "请输入\(what)。", "Expected \(what).")
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

    func cannotConfirm(_ missing: [String]) -> String {
        t("未能確認：尚欠 \(missing.joined(separator: listSeparator))。:back 返回補上，或 :save 保留草稿。",
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
