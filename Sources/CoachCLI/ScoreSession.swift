import ArgumentParser
import CaseEvents
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation
import LineEditor
import TextSafety

/// `coach review N --score`: a supervisor scores a call on their own, item by item, for
/// calibration. They read the call as it happened, with no other supervisor's card, no review
/// comment or override, and no score of Coach's on screen; their card is kept apart from the
/// case's transcript (`calibration_scores`), so the next supervisor does not see it either.
struct ScoreSession {
    let office: CaseOffice
    let number: CaseNumber
    let source: LineSource
    let presenter: Presenter

    private var language: Language { office.language }
    private var words: CalibrationText { CalibrationText(catalogue: office.catalogue, language: language) }

    private func show(_ lines: [OutputLine]) {
        for line in lines { source.write(presenter.render(line) + "\n") }
    }

    /// Whether this supervisor may score this call: a supervisor, department manager or general
    /// manager, a call received (not a draft, not voided), and not one they took themselves.
    static func check(_ file: CaseFile, office: CaseOffice) throws {
        let language = office.language, staff = office.staff, organization = office.organization
        guard let member = organization.member(staff), member.roles.contains(where: Authority.reviewers.contains) else {
            let holders = Authority.reviewers.flatMap { organization.staff(holding: $0) }.map { "\($0.name) (\($0.id))" }
            throw Failure(language.pick("只有上司、部門經理或總物業經理可以為來電評分：", "只有上司、部门经理或总物业经理可以为来电评分：",
                                        "Only a supervisor, department manager or the general manager may score a call: ")
                          + holders.joined(separator: ", "))
        }
        let number = file.record.caseNumber
        switch file.record.stage {
        case .draft:
            throw Failure(language.pick("個案 \(number) 仍是草稿（接訴未完成），未能評分：只可評已接收的來電。",
                                        "个案 \(number) 仍是草稿（接诉未完成），未能评分：只可评已接收的来电。",
                                        "Case \(number) is a draft (its intake is not finished): only a received call can be scored."))
        case .voided:
            throw Failure(language.pick("個案 \(number) 已作廢，不能評分。", "个案 \(number) 已作废，不能评分。",
                                        "Case \(number) was voided: it cannot be scored."))
        default: break
        }
        if file.record.receivedBy == staff {
            throw Failure(language.pick("個案 \(number) 是你接聽的，不能為自己的來電評分。", "个案 \(number) 是你接听的，不能为自己的来电评分。",
                                        "You took case \(number) yourself: a supervisor may not score their own call."))
        }
    }

    /// Asks each item of the call's card in turn and keeps the card when confirmed. Leaving
    /// early (`:quit`, Ctrl-D, the end of piped input) keeps nothing.
    func run(at now: Date) throws {
        let file = try office.file(number)
        try Self.check(file, office: office)
        let material = try office.training()
        let transcript = try office.store.transcript(of: number)
        let scenario = ReviewCommand.scenario(in: transcript).flatMap(material.scenario)
        // The items are those Coach's card has for this call; the card itself is never shown.
        let call = transcript.filter { !ReviewOverride.isReview($0) }
        let items = Rubric(catalogue: office.catalogue, speech: material.speech).score(call, record: file.record, scenario: scenario)
            .lines.map(\.item)

        show(words.heading(number, receivedAt: file.record.receivedAt, by: file.record.receivedBy, items: items.count))
        if let before = try office.store.calibrationScored(number, reviewer: office.staff) { show([words.scoredBefore(before)]) }
        show([words.callHeading] + callLines(call))

        var marks: [CalibrationCard.Mark?] = Array(repeating: nil, count: items.count)
        var index = 0
        let completions = CalibrationText.words.flatMap(\.1) + [":back", ":quit"]
        while index < items.count {
            show(words.itemLines(items[index], index: index + 1, of: items.count))
            let prefill = marks[index].map { mark in
                (CalibrationText.words.first { $0.0 == mark.result }?.1.first ?? "") + (mark.reason.map { " " + $0 } ?? "")
            }
            let prompt = LinePrompt(plain: words.prompt, styled: presenter.render(OutputLine(.heading, words.prompt)),
                                    completions: completions, prefill: prefill, history: HistoryPolicy(leadingWords: 1))
            let line: String
            switch source.read(prompt) {
            case .line(let text), .undecodable(let text, _, _): line = text.trimmingCharacters(in: .whitespaces)
            case .interrupted: continue
            case .endOfInput:
                show([words.notSaved])
                throw ExitCode.failure
            }
            switch line.lowercased() {
            case "": show([words.noAnswer])
            case ":quit", ":q", "：quit":
                show([words.notSaved])
                return
            case ":back", "：back":
                if index == 0 { show([words.atFirst]) } else { index -= 1 }
            default:
                guard let (result, reason) = CalibrationText.parse(line) else {
                    show([words.notUnderstood(line)])
                    continue
                }
                marks[index] = CalibrationCard.Mark(item: items[index], result: result, reason: reason)
                index += 1
            }
        }

        let card = CalibrationCard(caseNumber: number, reviewer: office.staff, at: now, marks: marks.compactMap { $0 })
        show(words.summary(card.marks))
        while true {
            let read = source.read(LinePrompt(plain: words.confirm, styled: presenter.render(OutputLine(.heading, words.confirm)),
                                              completions: ["y", "n"], history: HistoryPolicy(answers: ["y", "n"])))
            let answer: String
            switch read {
            case .line(let text), .undecodable(let text, _, _): answer = text.trimmingCharacters(in: .whitespaces)
            case .interrupted: continue
            case .endOfInput:
                show([words.notSaved])
                throw ExitCode.failure
            }
            switch answer.lowercased() {
            case "", "y", "yes", "是", "係", "好":
                let replaced = try office.store.saveCalibration(card)
                show([words.saved(number, items: card.marks.count, replacing: replaced)])
                return
            case "n", "no", "否", "唔", "不":
                show([words.notSaved])
                return
            default:
                continue
            }
        }
    }

    /// The call as it happened, line by line with its time: what was shown, typed, decided and
    /// said, but no score, comment or override anyone gave it.
    private func callLines(_ call: [TranscriptEvent]) -> [OutputLine] {
        let text = EventText(language: language, catalogue: office.catalogue)
        let calendar = office.organization.calendar
        return call.enumerated().compactMap { index, event in
            if case .scored = event.event { return nil }
            let c = calendar.clock(of: event.at)
            let time = String(format: "%02d:%02d:%02d", c.hour, c.minute, c.second)
            return OutputLine(event.kind == .input || event.kind == .speech ? .plain : .dim,
                              "#\(index + 1) \(time)  " + SafeText.line(text.render(event.event)))
        }
    }
}
