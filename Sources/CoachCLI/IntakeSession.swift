import CaseEvents
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation
import LineEditor

/// The one loop that joins the line editor, the intake engine and the store. Each turn: the
/// engine decides, the turn is written durably, and only then is it shown — so whatever is on
/// the screen is already on disk.
final class IntakeSession<Engine: Conversation> {
    let engine: Engine
    let store: any CaseStore
    let source: LineSource
    let presenter: Presenter
    let staff: String
    var state: Engine.State
    /// Turns kept in the journal because the database could not take them; written into the
    /// database, in order, before the next turn that it takes.
    private(set) var journaled = 0
    /// The record and draft as last written, so a turn that did not change them (a line of
    /// notes changes only the record) does not rewrite them.
    private var written: ComplaintRecord?
    private var writtenDraft: Data?
    /// The state `writtenDraft` was made from.
    private var draftState: Engine.State?
    private let recorder: TranscriptRecorder
    /// The words of every screen and prompt, in the desk's language.
    let words: IntakeWords

    init(engine: Engine, store: any CaseStore, source: LineSource, presenter: Presenter, staff: String, state: Engine.State,
         words: IntakeWords) {
        self.engine = engine
        self.words = words
        self.store = store
        self.source = source
        self.presenter = presenter
        self.staff = staff
        self.state = state
        recorder = TranscriptRecorder(staff: staff, words: words)
    }

    /// Runs the conversation from its first effects until it finishes or input ends.
    func run(_ first: [IntakeEffect]) -> IntakeOutcome {
        var effects = answeringLookUps(first)
        var input: [TranscriptEvent] = []
        if engine.ticks, let editor = source as? TerminalEditor {
            // A simulated caller's words appear as she finishes them, above the line being typed.
            editor.idle = { [unowned self] in self.tick(overTypedLine: true) }
        }
        defer { (source as? TerminalEditor)?.idle = nil }
        while true {
            let prompt = perform(effects, input: input)
            if let outcome = engine.outcome(state) {
                source.close()
                return outcome
            }
            guard let prompt else { return .draft }
            let rendered = presenter.prompt(words.parts(prompt))
            let read = source.read(LinePrompt(plain: rendered.plain, styled: rendered.styled, completions: words.completions(prompt),
                                              prefill: prompt.retry, history: Self.history(prompt)))
            let event: IntakeEvent = switch read {
            case .line(let line), .undecodable(let line, _, _): .line(line)
            case .interrupted: .interrupt
            case .endOfInput: .endOfInput
            }
            let now = Date()
            // What the conversation had to show by now is written before what was typed.
            if engine.ticks { _ = tick(overTypedLine: false) }
            input = recorder.input(event, at: prompt, time: now).map { [$0] } ?? []
            if case .undecodable(_, let bytes, let encoding) = read, let typed = input.first {
                input.append(TranscriptEvent(at: now, staff: staff, step: typed.step, .rawInput(Data(bytes))))
                if let encoding {
                    source.write(presenter.render(OutputLine(.warning, say("這一行不是 UTF-8，已按 \(encoding) 讀入，原本的位元組亦已保存；請檢查。",
                                                                          "这一行不是 UTF-8，已按 \(encoding) 读入，原本的字节亦已保存；请检查。",
                                                                          "That line was not UTF-8: it was read as \(encoding), and its bytes are kept as they came. Please check it."))) + "\n")
                }
            }
            effects = answeringLookUps(engine.handle(event, at: now, &state))
        }
    }

    /// Time passed: whatever the conversation has to show is written like any turn — while a
    /// line is being typed, over it (the editor then draws it again). Whether anything was.
    private func tick(overTypedLine: Bool) -> Bool {
        let effects = engine.handle(.tick, at: Date(), &state)
        guard !effects.isEmpty else { return false }
        if overTypedLine { source.write("\r\u{1B}[K") }
        _ = perform(effects, input: [])
        return true
    }

    /// The engine asked for a unit's or a number's earlier cases: they are looked up now and
    /// handed back before the prompt, which is then asked once. A look-up that fails shows
    /// nothing (the call goes on); it never loses a line.
    private func answeringLookUps(_ effects: [IntakeEffect]) -> [IntakeEffect] {
        var result = effects
        for case .lookUpEarlier(let lookUp) in effects {
            guard let records = try? store.earlierCases(building: lookUp.building, unit: lookUp.unit, contact: lookUp.contact,
                                                          since: lookUp.since, excluding: lookUp.excluding) else { continue }
            let shown = [lookUp.building, lookUp.unit].compactMap { $0 }.joined(separator: " ")
            let earlier = EarlierCases(lookedUp: lookUp.unit != nil ? shown : lookUp.contact ?? "", cases: records.map {
                EarlierCases.Case(number: $0.caseNumber, receivedAt: $0.receivedAt, stage: $0.stage, category: $0.category,
                                  about: String($0.account.split(separator: "\n").first ?? ""))
            })
            let more = engine.handle(.earlier(earlier), &state)
            guard !more.isEmpty else { continue }
            result.removeAll { if case .ask = $0 { true } else { false } }
            result += more
        }
        return result
    }

    /// Writes the turn — into the database, or when it cannot take it into the journal beside
    /// it — then shows it; returns the prompt to read at next, if any.
    private func perform(_ effects: [IntakeEffect], input: [TranscriptEvent]) -> PromptSpec? {
        let now = Date()
        let events = input + recorder.events(of: effects, step: engine.question(state), answered: input.first?.step, at: now)
        let prompt = effects.reduce(nil) { found, effect -> PromptSpec? in
            if case .ask(let spec) = effect { return spec }
            return found
        }
        let record = engine.record(state)
        let progress = draftState.flatMap { engine.keepsSameDraft($0, state) ? writtenDraft : nil } ?? engine.draft(state)
        let finished = engine.outcome(state) == .received || engine.outcome(state) == .voided
        let draft: IntakeTurn.Draft = finished ? .clear : progress == writtenDraft ? .unchanged : .keep(progress)
        var turn = IntakeTurn(caseNumber: record.caseNumber, events: events, record: record == written ? nil : record, draft: draft)
        var problem: String?
        do {
            if journaled > 0 {
                // What waits in the journal goes in first, so the transcript keeps its order; while
                // the database is still locked, the desk is not kept waiting for it on every line.
                try store.waitingBriefly(0.2) { () throws(StoreError) in
                    try store.replayJournal()
                    try store.commit(turn)
                }
                journaled = 0
            } else {
                try store.commit(turn)
            }
        } catch {
            // Kept whole, so the turn can be written later whatever was written before it; it
            // says it waited, so a review shows the desk was told the database refused it.
            turn.record = record
            if case .unchanged = turn.draft { turn.draft = .keep(progress) }
            turn.events.append(TranscriptEvent(at: now, staff: recorder.staff, step: events.last?.step, .journaled(error: "\(error)")))
            do {
                _ = try store.journal.append(turn)
                journaled += 1
                problem = say("\(error) — 這一行已存入日誌 \(store.journal.path)，資料庫可用時會自動寫入。",
                              "\(error) — 这一行已存入日志 \(store.journal.path)，数据库可用时会自动写入。",
                              "\(error) — this line is kept in the journal \(store.journal.path) and goes into the database as soon as it can.")
            } catch {
                problem = say("\(error) — 這一行未能存入資料庫或日誌；請勿關閉，下一行會再試。",
                              "\(error) — 这一行未能存入数据库或日志；请勿关闭，下一行会再试。",
                              "\(error) — this line could not be kept in the database or the journal; keep Coach open, the next line tries again.")
            }
        }
        written = record
        writtenDraft = progress
        draftState = state
        for effect in effects {
            switch effect {
            case .show(let display):
                for line in words.lines(display) { source.write(presenter.render(line) + "\n") }
            default: break
            }
        }
        if let problem { source.write(presenter.render(OutputLine(.error, problem)) + "\n") }
        return prompt
    }

    /// At the end of the session: one last try to put what waits in the journal into the
    /// database. False when something is still outside it (the command then exits non-zero).
    func settle() -> Bool {
        guard journaled > 0 || !store.journal.isEmpty else { return true }
        for attempt in 0..<3 {
            if attempt > 0 { usleep(200_000) }
            if (try? store.replayJournal()) != nil {
                journaled = 0
                return true
            }
        }
        return false
    }

    /// What the shared history keeps of an answer here: the choices and their keys, yes and
    /// no, and commands (with their argument only when it is a number or a choice).
    static func history(_ spec: PromptSpec) -> HistoryPolicy {
        let answers = spec.choices.flatMap { [$0.key, $0.name.zhHant, $0.name.zhHans, $0.name.en].compactMap { $0 } }
            + (spec.question.map { $0.asksWhatWasSaid } == true ? ["y", "n"] : [])
            + (spec.defaultValue == .keepListening ? ["u"] : [])
        return HistoryPolicy(answers: answers, wholeCommands: ["back", "b", "guide", "g", "rule", "r", "help", "h", "channel", "standing",
                                                               "kind", "nature", "category"])
    }

    private func say(_ hant: String, _ hans: String, _ en: String) -> String {
        words.language.pick(hant, hans, en)
    }
}
