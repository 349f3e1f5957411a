import CaseEvents
import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Guidance

/// Drives an intake as data: lines in, effects out, with the shipped guidance.
struct IntakeDriver {
    static let guidanceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("guidance")
    static let catalogue: GuidanceCatalogue = try! GuidanceLoader.load(from: guidanceFolder)

    /// Wednesday 2026-11-25 10:00 in Hong Kong: working hours.
    static let workingHours = Timestamp.parse("2026-11-25T10:00:00+08:00")!
    /// Friday 2026-11-27 20:00 in Hong Kong: after closing.
    static let evening = Timestamp.parse("2026-11-27T20:00:00+08:00")!

    var engine: IntakeEngine
    var state: IntakeState
    var effects: [IntakeEffect]
    /// Every effect so far, in order.
    var all: [IntakeEffect]

    init(language: Language = .zhHant, at date: Date = IntakeDriver.workingHours) {
        engine = IntakeEngine(catalogue: Self.catalogue, language: language)
        let record = ComplaintRecord(caseNumber: CaseNumber(day: LocalDate(year: 2026, month: 11, day: 25), sequence: 7),
                                     receivedAt: date, receivedBy: "chan.mw")
        state = IntakeState(record: record)
        effects = engine.begin(&state)
        all = effects
    }

    @discardableResult
    mutating func send(_ line: String) -> [IntakeEffect] {
        effects = engine.handle(.line(line), &state)
        all += effects
        return effects
    }

    @discardableResult
    mutating func send(_ event: IntakeEvent) -> [IntakeEffect] {
        effects = engine.handle(event, &state)
        all += effects
        return effects
    }

    mutating func answer(_ lines: [String]) {
        for line in lines { send(line) }
    }

    /// The prompt the last turn ended on, as the desk reads it: label and what Enter gives.
    var promptLabel: String? { prompt.map { words.parts($0).label } }
    var promptDefault: String? { prompt.flatMap { words.parts($0).defaultValue } }

    /// The prompt the last turn ended on.
    var prompt: PromptSpec? {
        for effect in effects.reversed() { if case .ask(let spec) = effect { return spec } }
        return nil
    }

    /// The words shown, as the desk would read them in the engine's language.
    var words: IntakeWords { IntakeWords(language: engine.language, organization: Self.catalogue.organization) }

    func shown(_ style: OutputLine.Style? = nil, in list: [IntakeEffect]? = nil) -> [String] {
        (list ?? effects).flatMap { effect -> [String] in
            guard case .show(let display) = effect else { return [] }
            return words.lines(display).filter { style == nil || $0.style == style }.map(\.text)
        }
    }

    func recorded(_ kind: TranscriptEvent.Kind, in list: [IntakeEffect]? = nil) -> [CaseEvent] {
        (list ?? all).compactMap {
            if case .record(let event) = $0, event.kind == kind { return event }
            return nil
        }
    }

    /// The routing decisions recorded.
    func routed(in list: [IntakeEffect]? = nil) -> [RoutingDecision] {
        recorded(.decision, in: list).compactMap { if case .routed(let decision) = $0 { decision } else { nil } }
    }

    /// Answers every question up to (not including) `question` with the model call below.
    mutating func advance(to question: IntakeQuestion) {
        var guardCount = 0
        while state.question != question, state.outcome == nil, guardCount < 60 {
            send(Self.modelAnswer(state.question))
            guardCount += 1
        }
    }

    /// A sensible answer to each question of a phone complaint about a leak, the caller having
    /// said nothing of it before the questions (an empty account).
    static func modelAnswer(_ question: IntakeQuestion) -> String {
        switch question {
        case .channel: ""
        case .account, .anythingElse: ""
        case .heard: "y"
        case .callerName: "陳大文"
        case .standing: "業主"
        case .building: "A座"
        case .unit: "12樓B室"
        case .contact: "9123 4567"
        case .what: "廚房天花漏水,已經第三次"
        case .location: "廚房"
        case .since: "上星期五"
        case .wants: "盡快維修"
        case .realCause: "之前報告過兩次都沒有人跟進"
        case .coordinateWith: "13B 住戶"
        case .acknowledge, .admitShortfall, .takeOwnership, .thank, .routed, .promised: "y"
        case .kind: "c"
        case .nature: ""
        case .category: "water"
        case .confirm: "y"
        }
    }

    /// What the transcript keeps of the last turn (or the given effects): what was recorded and
    /// what showing the displays means, as a session writes it.
    func transcript(of list: [IntakeEffect]? = nil) -> [CaseEvent] {
        TranscriptRecorder(staff: "chan.mw", words: words).events(of: list ?? effects, step: state.question, at: Date()).map(\.event)
    }

    /// The displays shown in the last turn (or the given effects).
    func displays(in list: [IntakeEffect]? = nil) -> [Display] {
        (list ?? effects).compactMap { if case .show(let display) = $0 { display } else { nil } }
    }
}
