import ComplaintDomain

extension IntakeEngine {
    func run(_ command: ColonCommand, _ state: inout IntakeState) -> [IntakeEffect] {
        let again = ask(state.question, state)
        switch command {
        case .help:
            return help(state).map { .show($0) } + [again]
        case .back:
            return goBack(&state)
        case .show:
            return summary(state.record).map { .show($0) } + [again]
        case .guide(let number):
            return guide(number, state).map { .show($0) } + [again]
        case .note(let note):
            let clean = SafeText.line(note)
            guard !clean.isEmpty else { return [.show(OutputLine(.warning, text.noteEmpty)), again] }
            return [apply(.note(clean), &state), .save, .show(OutputLine(.dim, text.noteAdded(state.record.notes.count))), again]
        case .urgent:
            return markUrgent(&state) + [again]
        case .skip:
            if state.question == .confirm { return [.show(OutputLine(.warning, text.required)), again] }
            return [.record(.skipped(question: state.question.rawValue))] + advance(&state)
        case .done:
            return answer("", &state)
        case .save:
            return leave(&state)
        case .quit:
            state.pending = .leave
            return [askLeave(state)]
        case .unknown(let name):
            return [.show(OutputLine(.error, text.unknownCommand(SafeText.line(name)))),
                    ask(state.question, state, retry: SafeText.line(name))]
        }
    }

    func help(_ state: IntakeState) -> [OutputLine] {
        let lines: [(String, String)] = [
            (":help", text.t("這個說明", "这个说明", "this help")),
            (":back", text.t("返回上一項（答案保留）", "返回上一项（答案保留）", "the previous question (answers are kept)")),
            (":show", text.t("目前記錄的資料", "目前记录的资料", "the record so far")),
            (":guide [N]", text.t("指引 N，或這一步的指引", "指引 N，或这一步的指引", "guideline N, or this step's guidelines")),
            (":urgent", text.t("立即標為緊急，並顯示要通知誰", "立即标为紧急，并显示要通知谁", "mark urgent now and show who to call")),
            (":note TEXT", text.t("加一則備註", "加一则备注", "add a note")),
            (":skip", text.t("暫時略過這一項", "暂时略过这一项", "leave this question for now")),
            (":done", text.t("結束聆聽記錄", "结束聆听记录", "end the notes while listening")),
            (":save", text.t("保留草稿並離開", "保留草稿并离开", "keep the draft and leave")),
            (":quit", text.t("離開（會先問是否保留草稿）", "离开（会先问是否保留草稿）", "leave (asks first)")),
        ]
        var out = DisplayWidth.columns(lines.map { [$0.0, $0.1] }).map { OutputLine(.plain, "  " + $0) }
        out.append(OutputLine(.dim, text.t("Tab 補全選項和指令；Ctrl-C 清除該行；Ctrl-D 保留草稿並離開。",
                                           "Tab 补全选项和指令；Ctrl-C 清除该行；Ctrl-D 保留草稿并离开。",
                                           "Tab completes choices and commands; Ctrl-C clears the line; Ctrl-D keeps the draft and leaves.")))
        if let choices = choiceListing(state.question, state) {
            out.append(OutputLine(.plain, text.label(state.question) + ": " + choices))
        }
        return out
    }

    func guide(_ number: Int?, _ state: IntakeState) -> [OutputLine] {
        if let number {
            guard let guideline = catalogue.guideline(number) else { return [OutputLine(.warning, text.guideUsage)] }
            return [OutputLine(.heading, "\(guideline.number). \(guideline.title[language])"),
                    OutputLine(.plain, guideline.text[language])]
        }
        let here = catalogue.guidelines(at: state.question.step.moment)
        guard !here.isEmpty else { return [OutputLine(.warning, text.guideUsage)] }
        return here.flatMap { [OutputLine(.heading, "\($0.number). \($0.title[language])"), OutputLine(.plain, $0.cue[language])] }
    }

    /// `:urgent`: the nature is urgent from now on, and the people to call are shown at once.
    func markUrgent(_ state: inout IntakeState) -> [IntakeEffect] {
        let suggested = suggestion(state.record).nature
        let marked = apply(.nature(chosen: .urgent, suggested: suggested, basis: .markedUrgent), &state)
        let decision = route(state.record)
        var effects: [IntakeEffect] = [marked, .save,
                                       .show(OutputLine(.warning, text.urgentMarked(), event: .whoToCall(roles: decision.notify)))]
        effects += decision.notify.map { .show(OutputLine(.warning, "  " + people($0))) }
        effects.append(.record(.routed(decision)))
        return effects
    }
}
