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
        if spec.defaultValue == .keepListening {
            asked = t("標為緊急？", "标为紧急？", "Mark it urgent?")
        } else if let question = spec.question {
            asked = question == .callerName ? nameLabel(spec.channel) : label(question)
        } else {
            asked = leaveQuestion
        }
        let hinted: [IntakeQuestion] = [.channel, .standing, .kind, .nature]
        let keys: String? = if spec.defaultValue == .keepListening {
            "(u)" + Nature.urgent.name(in: language)
        } else if let question = spec.question, question.asksWhatWasSaid {
            saidHint
        } else {
            spec.question.map(hinted.contains) == true ? hint(spec.choices) : nil
        }
        let shown: String? = switch spec.defaultValue {
        case .typed(let value): DisplayWidth.truncate(SafeText.line(value), to: 24)
        case .choice(let name): name[language]
        case .yes: yesNoHint
        case .enter: pressEnter
        case .keepListening: t("Enter 繼續聽", "Enter 继续听", "Enter keeps listening")
        case nil: nil
        }
        return ("\(spec.step.number)/\(spec.stepCount)", asked, keys, shown)
    }

    /// `2/6 Since when [last Friday] › `, as the screen and the transcript show it (no colour).
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
            return [OutputLine(.warning, urgentMarked())] + callNow(decision)
        case .danger(let heard, let decision, let marked): return dangerLines(heard, decision, marked: marked)
        case .heardFacts(let facts): return [OutputLine(.dim, heardLine(facts))]
        case .readBack(let record, let heard, let missing): return readBack(record, heard: heard, missing: missing)
        case .earlierCases(let earlier): return earlierLines(earlier)
        case .houseRule(let rule, let cue):
            return cue ? [OutputLine(.cue, t("守則 \(rule.number) · ", "守则 \(rule.number) · ", "House rule \(rule.number) · ") + rule.title[language]
                                        + " —— " + firstClause(rule.text[language]) + t("（:rule \(rule.number) 看全文）", "（:rule \(rule.number) 看全文）", " (:rule \(rule.number) for all of it)"))]
                : [OutputLine(.heading, "\(rule.number). \(rule.title[language])"), OutputLine(.plain, rule.text[language])]
        case .houseRules(let rules):
            return rules.map { OutputLine(.plain, "  \($0.number). \($0.title[language])") }
                + [OutputLine(.dim, t(":rule N 看全文；:rule reg N 看規定第 N 條。", ":rule N 看全文；:rule reg N 看规定第 N 条。",
                                      ":rule N for the whole rule; :rule reg N for article N of the regulation."))]
        case .article(let article):
            return [OutputLine(.heading, t("規定第 \(article.number) 條 · ", "规定第 \(article.number) 条 · ", "Regulation, article \(article.number) · ")
                               + article.title[language]), OutputLine(.plain, article.text[language])]
        case .ruleUsage:
            return [OutputLine(.warning, t("用法：:rule（列出守則）、:rule N、:rule 字眼（例如 :rule 裝修）、:rule reg N（規定第 N 條）。",
                                           "用法：:rule（列出守则）、:rule N、:rule 字眼（例如 :rule 装修）、:rule reg N（规定第 N 条）。",
                                           "Usage: :rule (lists the rules), :rule N, :rule WORD (e.g. :rule renovation), :rule reg N (article N)."))]
        case .urgentPromise(let number, let decision, let minutes, let phrase):
            return urgentPromiseLines(number, decision, minutes: minutes, phrase: phrase)
        case .fieldSet(let field, let value): return [OutputLine(.dim, fieldSet(field, value))]
        case .sayWhatWasSaid: return [OutputLine(.warning, sayWhatWasSaid)]
        case .called(let name): return [OutputLine(.success, t("已記錄：致電 \(name)。", "已记录：致电 \(name)。", "Recorded: called \(name)."))]
        case .calledUsage:
            return [OutputLine(.warning, t("用法：:called 姓名（記錄你打咗俾邊個）。", "用法：:called 姓名（记录你打了给谁）。", "Usage: :called NAME (who you called)."))]
        case .voided(let number):
            return [OutputLine(.success, t("個案 \(number) 已作廢：記錄保留，不計入統計。", "个案 \(number) 已作废：记录保留，不计入统计。",
                                           "Case \(number) voided: kept, never counted."))]
        case .voidUsage:
            return [OutputLine(.warning, t("用法：:void 原因（例如 :void 打錯電話）。", "用法：:void 原因（例如 :void 打错电话）。",
                                           "Usage: :void REASON (e.g. :void wrong number)."))]
        case .promise(let number, let decision, let at, let phrase): return promiseLines(number, decision, at: at, phrase: phrase)
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
        case .confirmTakesHeard:
            return [OutputLine(.dim, t("y 連同聽到的一併記入並儲存；n 留低再改（:欄位 值）。", "y 连同听到的一并记入并储存；n 留下再改（:字段 值）。",
                                       "y records what you heard with the rest and saves; n stays to correct it (:FIELD VALUE)."))]
        case .trainingIntro(let title, let summary):
            return [OutputLine(.heading, t("訓練：", "训练：", "Training: ") + title), OutputLine(.dim, summary),
                    OutputLine(.dim, t("以 > 開頭的一行是你對來電者說的話；其他輸入照常記錄。", "以 > 开头的一行是你对来电者说的话；其他输入照常记录。",
                                       "Start a line with > to say it to the caller; everything else is the record as usual.")),
                    OutputLine(.dim, t("對方講嘢要時間，講完一句就會出現：佢講緊嘢時出聲就係插嘴，記錄就照打。",
                                       "对方说话要时间，说完一句就会出现：对方在说时开口就是插话，记录照打。",
                                       "The caller takes time to speak; each sentence appears once it is said. Speaking mid-sentence interrupts; typing notes does not."))]
        case .sayAfterMarker: return [OutputLine(.warning, t("> 後面寫上你要說的話。", "> 后面写上你要说的话。", "Write what you say after >."))]
        case .callerSaid(let name, let words):
            return [OutputLine(.caller, t("\(name)：「\(words)」", "\(name)：「\(words)」", "\(name): “\(words)”"))]
        case .callerTalking(let name, let soFar):
            return [OutputLine(.dim, t("\(name)仲講緊：「\(soFar)……」（講完先好出聲）", "\(name)还在说：「\(soFar)……」（说完再开口）",
                                     "\(name) is still talking: “\(soFar)…” (let them finish before you speak)"))]
        }
    }

    /// A display's words on one line, as the transcript keeps a message.
    public func plain(_ display: Display) -> String {
        lines(display).map { $0.text }.joined(separator: " ")
    }

    /// The record as a read-back, labels aligned by display width.
    func summary(_ r: ComplaintRecord, missing: [IntakeQuestion]) -> [OutputLine] {
        var rows: [(String, String)] = [
            (t("個案", "个案", "Case"), "\(r.caseNumber) · \(r.stage.name(in: language))"),
            (label(.channel), r.channel.name(in: language)),
        ]
        let who = [r.person.name, r.person.standing?.name(in: language)].compactMap { $0 }.joined(separator: " · ")
        if !who.isEmpty { rows.append((nameLabel(r.channel), who)) }
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

    /// A role with the person on duty for it when the decision was made, or else the people on
    /// the roster who hold it, and how to reach them.
    func people(_ role: Role, _ decision: RoutingDecision? = nil) -> String {
        let title = organization.title(of: role, in: language)
        if let staff = decision?.onDuty.first(where: { $0.role == role })?.staff {
            return "\(title) — \(staff.name)" + (staff.contact.map { " \($0)" } ?? "") + onDutyMark(role)
        }
        let holders = organization.staff(holding: role)
        let names = holders.map { member in member.contact.map { "\(member.name) \($0)" } ?? member.name }
        let list = names.isEmpty ? t("名冊上沒有人", "名册上没有人", "nobody on the roster") : names.joined(separator: listSeparator)
        return "\(title) — \(list)"
    }

    /// Who to call now: the person on duty for each role told at once, with their number; where
    /// nobody is rostered, every holder of the role.
    func callNow(_ d: RoutingDecision) -> [OutputLine] {
        d.notify.map { role in
            guard let duty = d.onDuty.first(where: { $0.role == role }) else { return OutputLine(.warning, "  " + people(role)) }
            guard let staff = duty.staff else {
                return OutputLine(.warning, "  " + people(role) + t("（今更無人當值）", "（本班无人值班）", " (nobody rostered now)"))
            }
            return OutputLine(.warning, "  \(organization.title(of: role, in: language)) — \(staff.name)" + (staff.contact.map { " \($0)" } ?? "")
                              + onDutyMark(role))
        }
    }

    /// A rule's first clause, so its cue stays one line: the whole text is one command away.
    func firstClause(_ text: String) -> String {
        let end = text.firstIndex { "。；;".contains($0) } ?? text.endIndex
        let clause = String(text[..<end])
        if zh { return DisplayWidth.truncate(clause, to: 48) }
        let sentence = text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? text
        return DisplayWidth.truncate(sentence, to: 60)
    }

    /// "(on duty)" after a name, unless the role's title says it already (當值保安主管).
    func onDutyMark(_ role: Role) -> String {
        let title = organization.title(of: role, in: language)
        guard !["當值", "值班", "当值", "on duty"].contains(where: title.contains) else { return "" }
        return t("（當值）", "（值班）", " (on duty)")
    }

    /// Danger heard: what, who to call now, what to tell the caller to do — before any form.
    func dangerLines(_ heard: UrgencySuggestion, _ d: RoutingDecision, marked: Bool) -> [OutputLine] {
        let what = heard.matches.map { zh ? "「\($0.term)」（\($0.label[language])）" : "“\($0.term)” (\($0.label[language]))" }
            .joined(separator: listSeparator)
        var lines = [OutputLine(.error, t("⚠ 危險：聽到\(what)", "⚠ 危险：听到\(what)", "⚠ Danger: heard \(what)"))]
        lines.append(OutputLine(.warning, t("即刻通知：", "立即通知：", "Call now:")))
        lines += callNow(d)
        for match in heard.matches {
            if let advice = match.advice?[language] {
                lines.append(OutputLine(.warning, t("安全提示：", "安全提示：", "Safety: ") + advice))
            }
        }
        if !marked {
            lines.append(OutputLine(.dim, t("u 標為緊急 · Enter 繼續聽 · :called 姓名 記錄已致電", "u 标为紧急 · Enter 继续听 · :called 姓名 记录已致电",
                                            "u marks it urgent · Enter keeps listening · :called NAME records the call")))
        }
        return lines
    }

    func factName(_ field: FactField) -> String {
        switch field {
        case .name: t("姓名", "姓名", "name")
        case .standing: t("身份", "身份", "standing")
        case .building: t("大廈", "大厦", "building")
        case .unit: t("單位", "单位", "unit")
        case .contact: t("電話", "电话", "phone")
        case .since: t("開始", "开始", "since")
        case .wants: t("要求", "要求", "wants")
        }
    }

    func factValue(_ fact: ProposedFact) -> String {
        guard fact.field == .standing, let standing = Standing(rawValue: fact.value) else { return fact.value }
        return standing.name(in: language)
    }

    /// `聽到：單位 12樓C室 · 電話 9123 4567`: proposed, accepted after listening with one key.
    func heardLine(_ facts: [ProposedFact]) -> String {
        t("聽到：", "听到：", "Heard: ") + facts.map { "\(factName($0.field)) \(factValue($0))" }.joined(separator: " · ")
            + t("（聽完一鍵確認；:欄位 值 可改）", "（听完一键确认；:字段 值 可改）", " (one key accepts after listening; :FIELD VALUE corrects)")
    }

    /// Guideline 4's read-back: the record so far, and the facts heard to accept or correct.
    func readBack(_ record: ComplaintRecord, heard: [ProposedFact], missing: [IntakeQuestion]) -> [OutputLine] {
        var lines = [OutputLine(.heading, t("覆述給對方聽：", "复述给对方听：", "Read it back to the caller:"))]
        lines += summary(record, missing: [])
        if !heard.isEmpty {
            lines.append(OutputLine(.plain, t("聽到，未記入：", "听到，未记入：", "Heard, not yet recorded:")))
            let width = heard.map { DisplayWidth.of(factName($0.field)) }.max() ?? 0
            lines += heard.map { OutputLine(.plain, "  " + DisplayWidth.pad(factName($0.field), to: width) + "  " + factValue($0)) }
        }
        if !missing.isEmpty {
            lines.append(OutputLine(.warning, t("尚欠：", "尚欠：", "Missing: ") + missing.map(missingName).joined(separator: listSeparator)))
        }
        return lines
    }

    /// A repeat complaint: how many before, the last, what they were about.
    func earlierLines(_ earlier: EarlierCases) -> [OutputLine] {
        let calendar = organization.calendar
        let count = earlier.cases.count
        var lines = [OutputLine(.warning, t("\(earlier.lookedUp) 過去 12 個月已有 \(count) 宗個案：", "\(earlier.lookedUp) 过去 12 个月已有 \(count) 宗个案：",
                                            "\(earlier.lookedUp) has \(count) earlier case\(count == 1 ? "" : "s") in the last 12 months:"))]
        for item in earlier.cases.prefix(3) {
            let category = item.category.flatMap { id in organization.categories.first { $0.id == id }?.name[language] }
            let about = DisplayWidth.truncate(SafeText.line(item.about), to: 30)
            lines.append(OutputLine(.plain, "  \(item.number) · \(calendar.describe(item.receivedAt, in: language)) · \(item.stage.name(in: language))"
                                    + (category.map { " · \($0)" } ?? "") + " · " + about))
        }
        return lines
    }

    func fieldSet(_ field: RecordField, _ value: String) -> String {
        t("已記錄 \(field.rawValue)：\(value)", "已记录 \(field.rawValue)：\(value)", "Recorded \(field.rawValue): \(value)")
    }

    var saidHint: String { t("(y/n/你的講法)", "(y/n/你的说法)", "(y/n/your words)") }

    var sayWhatWasSaid: String {
        t("請答 y（講咗）、n（未講）或者打你自己講嘅說話；Enter 唔算答。", "请答 y（说了）、n（没说）或者输入你自己说的话；Enter 不算回答。",
          "Answer y (said it), n (didn't), or type what you said; Enter alone is not an answer.")
    }

    func routeLines(_ d: RoutingDecision) -> [OutputLine] {
        let calendar = organization.calendar
        var lines: [(String, String, OutputLine.Style)] = []
        if !d.isComplaint {
            lines.append((t("類別", "类别", "Kind"), t("建議，不屬投訴（規定 1）", "建议，不属投诉（规定 1）", "a suggestion, not a complaint (reg. 1)"), .plain))
        }
        let tellHandler = d.notify.contains(d.handler)
        lines.append((tellHandler ? t("立即通知負責人", "立即通知负责人", "Tell now, handles it") : t("負責", "负责", "Handled by"),
                      people(d.handler, d), tellHandler ? .warning : .plain))
        for role in d.notify where role != d.handler {
            lines.append((t("同時通知", "同时通知", "Also tell"), people(role, d), .warning))
        }
        if let approval = d.approvalBy { lines.append((t("須經批准", "须经批准", "Approval"), people(approval, d), .plain)) }
        if let escalate = d.escalateTo { lines.append((t("上報", "上报", "Escalate to"), people(escalate, d), .warning)) }
        if let deadline = d.deadline {
            lines.append((t("限期", "限期", "Due"), calendar.describe(deadline.due, in: language), .plain))
        }
        lines.append((t("回覆方式", "回复方式", "Reply by"), d.replyVia.name(in: language), .plain))
        let width = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        return lines.map { OutputLine($0.2, "  " + DisplayWidth.pad($0.0, to: width) + "  " + $0.1) }
            + d.reasons.map { OutputLine(.dim, "  " + t("規定", "规定", "reg.") + " \($0.article) · " + $0.text(in: language, calendar: calendar, titles: organization.titles)) }
    }

    /// What to promise the caller before hanging up (regulation 8, guideline 8), the deadline
    /// the way people say it.
    func promiseLines(_ number: CaseNumber, _ d: RoutingDecision, at now: Date, phrase: String?) -> [OutputLine] {
        var lines = [OutputLine(.plain, t("話俾對方知：", "告诉对方：", "Tell the caller:"))]
        lines.append(OutputLine(.plain, "  • " + t("個案編號 \(number)", "个案编号 \(number)", "their case number: \(number)")))
        if let deadline = d.deadline {
            let when = SpokenDeadline.words(due: deadline.due, now: now, zone: organization.calendar.zone, language: language)
            lines.append(OutputLine(.plain, "  • " + t("我哋會\(when)處理", "我们会\(when)处理", "we will deal with it \(when)")))
        } else {
            lines.append(OutputLine(.plain, "  • " + t("建議會交俾物業部跟進", "建议会转交物业部跟进", "the suggestion goes to the property department")))
        }
        lines.append(OutputLine(.plain, "  • " + replyPromise(d.replyVia)))
        if d.isComplaint {
            lines.append(OutputLine(.plain, "  • " + t("搞掂之後會打返俾你，問你滿唔滿意", "解决后会致电问您是否满意", "we will call once it is solved to check they are satisfied")))
        }
        if let phrase {
            lines.append(OutputLine(.phrase, say(phrase)))
        }
        return lines
    }

    /// The urgent close: no 72-hour deadline, but who has been told and how soon they call back.
    func urgentPromiseLines(_ number: CaseNumber, _ d: RoutingDecision, minutes: Int, phrase: String?) -> [OutputLine] {
        let who = organization.title(of: d.callsBack, in: language)
        var lines = [OutputLine(.plain, t("話俾對方知：", "告诉对方：", "Tell the caller:"))]
        lines.append(OutputLine(.plain, "  • " + t("個案編號 \(number)", "个案编号 \(number)", "their case number: \(number)")))
        lines.append(OutputLine(.plain, "  • " + t("\(who)已經知道，\(minutes) 分鐘內會打返俾你", "\(who)已经知道，\(minutes) 分钟内会回电",
                                                   "the \(who) has been told and will call back within \(minutes) minutes")))
        if let phrase { lines.append(OutputLine(.phrase, say(phrase))) }
        return lines
    }

    func help(_ question: IntakeQuestion, _ choices: [Choice]) -> [OutputLine] {
        let lines: [(String, String)] = [
            (":help", t("這個說明", "这个说明", "this help")),
            (":back [N]", t("返回上一項或 N 項（答案保留）", "返回上一项或 N 项（答案保留）", "back one question, or N (answers are kept)")),
            (":FIELD VALUE", t("隨時填一項：", "随时填一项：", "set a field from anywhere: ") + RecordField.allCases.map(\.rawValue).joined(separator: " ")),
            (":show", t("目前記錄的資料", "目前记录的资料", "the record so far")),
            (":guide [N]", t("指引 N，或這一步的指引", "指引 N，或这一步的指引", "guideline N, or this step's guidelines")),
            (":urgent", t("立即標為緊急，並顯示當值的人和電話", "立即标为紧急，并显示值班的人和电话", "mark urgent now and show who is on duty, with their number")),
            (":called NAME", t("記錄已致電邊個", "记录已致电谁", "record who you called")),
            (":rule [N|WORD]", t("大廈守則或規定條文（指引 9）", "大厦守则或规定条文（指引 9）", "a house rule or a regulation article (guideline 9)")),
            (":note TEXT", t("加一則備註", "加一则备注", "add a note")),
            (":skip", t("暫時略過這一項", "暂时略过这一项", "leave this question for now")),
            (":done", t("直接去覆述和確認", "直接去复述和确认", "straight to the read-back and confirmation")),
            (":save", t("保留草稿並離開", "保留草稿并离开", "keep the draft and leave")),
            (":void REASON", t("作廢這個草稿（保留記錄，不計統計）", "作废这个草稿（保留记录，不计统计）", "void this draft (kept, never counted)")),
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
        case .standing: t("業主定住戶", "业主或住户", "Owner or occupant")
        case .building: t("大廈/座", "大厦/座", "Building")
        case .unit: t("單位", "单位", "Unit")
        case .contact: t("聯絡電話", "联络电话", "Contact number")
        case .account: t("對方講", "对方说", "Caller says")
        case .anythingElse: t("仲有冇其他？", "还有其他吗？", "Anything else?")
        case .heard: t("用聽到的資料？", "用听到的资料？", "Use what you heard?")
        case .what: t("發生了甚麼", "发生了什么", "What happened")
        case .location: t("確實位置", "确实位置", "Where exactly")
        case .since: t("由何時開始", "从何时开始", "Since when")
        case .wants: t("對方要求", "对方要求", "What they want")
        case .realCause: t("真正令對方不滿的原因", "真正令对方不满的原因", "What really upset them")
        case .coordinateWith: t("需要協調的其他人", "需要协调的其他人", "Others to coordinate with")
        case .acknowledge: t("認同感受", "认同感受", "Acknowledged")
        case .admitShortfall: t("承認不足", "承认不足", "Admitted the shortfall")
        case .takeOwnership: t("代表公司跟進", "代表公司跟进", "Took ownership")
        case .thank: t("多謝對方建議", "感谢对方建议", "Thanked them")
        case .kind: t("投訴或建議", "投诉或建议", "Complaint or suggestion")
        case .nature: t("性質", "性质", "Nature")
        case .category: t("類別", "类别", "Category")
        case .routed: t("已通知以上的人", "已通知以上人员", "Told them")
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
        if step != .listen { parts.append(":back " + t("返回", "返回", "goes back")) }
        parts.append(":help")
        return "── " + parts.joined(separator: " · ") + " ──"
    }

    /// How the answer will reach them, said to the caller (regulation 8).
    func replyPromise(_ reply: ReplyChannel) -> String {
        switch reply {
        case .visit: t("我哋會上門回覆你", "我们会上门回复您", "we will come and see them with the answer")
        case .letter: t("我哋會寫信回覆你", "我们会回函答复", "we will write back")
        case .phone: t("我哋會打電話回覆你", "我们会致电回复您", "we will phone them back")
        case .other: t("我哋會用你搵我哋嘅方法回覆你", "我们会按您投诉的方式回复", "we will answer the same way they reached us")
        }
    }

    /// The first screen: the case is numbered and timed, and the way to danger is named.
    func opening(_ number: CaseNumber, time: String) -> String {
        t("個案 \(number) · \(time) 開始記錄 · 危險即刻 :urgent · :help",
          "个案 \(number) · \(time) 开始记录 · 危险立即 :urgent · :help",
          "Case \(number) · recording since \(time) · danger: :urgent now · :help")
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
        t("讓對方講完：每行打一段，講完按 Enter 空行；電話、單位、姓名會自動聽出嚟。",
          "让对方说完：每行打一段，说完按 Enter 空行；电话、单位、姓名会自动识别。",
          "Let them finish: a line per point, an empty line when they have; phone, unit and name are picked out as you type.")
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
        return t("未能儲存：尚欠 \(missing.joined(separator: listSeparator))，而家去填；或者 :save 保留草稿。",
          "未能保存：尚欠 \(missing.joined(separator: listSeparator))，现在去填；或者 :save 保留草稿。",
          "Cannot save yet: \(missing.joined(separator: listSeparator)) still missing; going there now (or :save keeps the draft).")
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
