import CaseEvents
import CoachEngine
import ComplaintDomain
import Foundation

/// A live call taken line by line on its own clock, with its transcript written through the
/// recorder the terminal loop uses, so the rubric scores exactly what a session would keep.
/// Each line is typed `after` seconds following the one before; when the script runs out,
/// every question left is answered with Enter (`y` where Enter is no answer, `:done` never).
struct LiveCall {
    var d: IntakeDriver
    var transcript: [TranscriptEvent]
    var clock: Date
    let recorder: TranscriptRecorder

    init(at start: Date = IntakeDriver.workingHours) {
        d = IntakeDriver(at: start)
        recorder = TranscriptRecorder(staff: "chan.mw", words: d.words)
        clock = start
        transcript = recorder.events(of: d.effects, step: d.state.question, at: start)
    }

    /// Types `line` `after` seconds after the line before.
    mutating func type(_ line: String, after seconds: TimeInterval = 3) {
        clock += seconds
        let prompt = d.prompt!
        transcript.append(recorder.input(.line(line), at: prompt, time: clock)!)
        d.send(line)
        transcript += recorder.events(of: d.effects, step: d.state.question, answered: prompt.question?.rawValue, at: clock)
    }

    /// Types each line, two seconds apart unless a pair gives its own gap.
    mutating func script(_ lines: [(TimeInterval, String)]) {
        for (after, line) in lines { type(line, after: after) }
    }

    var record: ComplaintRecord { d.state.record }

    func score() -> Scorecard {
        Rubric(catalogue: IntakeDriver.catalogue, speech: TrainingDriver.material.speech).score(transcript, record: record, scenario: nil)
    }

    // MARK: Leak calls

    /// The model leak call of `IntakeDriver`, taken down only at the questions (the caller said
    /// nothing while listening) and every "did you say it?" answered `y`.
    static func leakWithY(answer: ((IntakeQuestion) -> String?)? = nil) -> LiveCall {
        var call = LiveCall()
        var guardCount = 0
        while call.d.state.outcome == nil, guardCount < 80 {
            guardCount += 1
            let question = call.d.state.question
            call.type(answer?(question) ?? IntakeDriver.modelAnswer(question))
        }
        return call
    }

    /// The leak call as a model receptionist takes it: the account typed as the caller speaks,
    /// each thing said typed in their own words, and a promise the deadline allows.
    static func leakModel(afterCalled: String = "y", answer: ((IntakeQuestion) -> String?)? = nil) -> LiveCall {
        var call = LiveCall()
        call.script([(6, "我係A座12樓B室陳大文，電話9123 4567"), (9, "廚房天花又漏水，已經第三次"), (7, "上星期五開始"), (4, "")])
        var guardCount = 0
        while call.d.state.outcome == nil, guardCount < 80 {
            guardCount += 1
            let question = call.d.state.question
            let line: String = answer?(question) ?? {
                switch question {
                case .anythingElse: ""
                case .heard: "y"
                case .acknowledge: "陳生，我明白你好擔心"
                case .admitShortfall: "對唔住，係我哋做得唔夠好"
                case .takeOwnership: "我會親自跟進"
                case .routed: ":called 李志豪"
                case .promised: "今日之內會處理好，我會打返俾你"
                default: IntakeDriver.modelAnswer(question)
                }
            }()
            call.type(line, after: 5)
            // `:called` is typed at the routing question; then the question is answered.
            if line.hasPrefix(":called") { call.type(afterCalled, after: 2) }
        }
        return call
    }

    // MARK: Two gas calls

    /// A gas call taken mostly with Enter: the danger screen passed with Enter, every question
    /// left empty, `y` wherever Enter is not an answer, and only the place typed because saving
    /// needs it.
    static func gasWithEnter() -> LiveCall {
        var call = LiveCall()
        call.type("成層樓好大煤氣味", after: 5)
        var guardCount = 0
        while call.d.state.outcome == nil, guardCount < 60 {
            guardCount += 1
            let question = call.d.state.question
            let line: String = switch question {
            case _ where question.asksWhatWasSaid: "y"
            case .location: "12樓"
            case .confirm: "y"
            default: ""
            }
            call.type(line, after: 2)
        }
        return call
    }

    /// The same gas call as a model receptionist takes it: marked urgent at once, the person on
    /// duty called within the minute, the facts taken down, and each thing said typed in their
    /// own words, the promise the call back within the minutes the office allows.
    static func gasModel() -> LiveCall {
        var call = LiveCall()
        call.script([
            (5, "成層樓好大煤氣味"),
            (2, "u"),
            (20, ":called 林國峰"),
            (10, "我係A座12樓C室陳太，電話9123 4567"),
            (8, "已經開晒窗，唔敢開燈"),
            (3, ""),
            (3, ""),
            (3, "y"),
        ])
        var guardCount = 0
        while call.d.state.outcome == nil, guardCount < 60 {
            guardCount += 1
            let line: String = switch call.d.state.question {
            case .standing: "業主"
            case .location: "廚房"
            case .since: "半個鐘前"
            case .wants: "即刻派人嚟睇"
            case .realCause: "驚會爆炸"
            case .coordinateWith: "冇"
            case .kind: "c"
            case .nature: "u"
            case .category: "facilities"
            case .acknowledge: "陳太，我明白你好擔心，你做得啱，唔好開燈"
            case .takeOwnership: "我會親自跟進"
            case .routed: "y"
            case .promised: "當值經理會喺15分鐘內打俾你"
            case .confirm: "y"
            default: ""
            }
            call.type(line, after: 4)
        }
        return call
    }
}
