import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation
import Guidance

// The cost of one typed line inside the program: the engine's turn, the transcript lines it
// makes, and the durable write (WAL, synchronous = FULL), as the intake loop does them.
// Usage: CoachTurnBench GUIDANCE DB [CALLS] [LINES]

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: CoachTurnBench GUIDANCE DB [CALLS] [LINES]\n".utf8))
    exit(2)
}
let catalogue = try GuidanceLoader.load(from: URL(fileURLWithPath: arguments[1]))
let store = try CoachStore(path: arguments[2])
let calls = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5
let lines = arguments.count > 4 ? Int(arguments[4]) ?? 200 : 200
let engine = IntakeEngine(catalogue: catalogue, language: .zhHant)
let recorder = TranscriptRecorder(staff: "chan.mw", words: IntakeWords(language: .zhHant, organization: catalogue.organization))
var costs: [Double] = []
var writtenDraft: Data?

for _ in 0..<calls {
    let record = try store.openCase(receivedAt: Date(), receivedBy: "chan.mw", calendar: catalogue.organization.calendar)
    var state = IntakeState(record: record)
    var effects = engine.begin(&state)
    for answer in ["", "陳大文", "業主", "A座", "12樓B室", "9123 4567"] {
        effects = engine.handle(.line(answer), &state)
    }
    _ = effects
    for n in 0..<lines {
        let started = DispatchTime.now().uptimeNanoseconds
        let line = "第\(n)段:廚房天花漏水,樓上單位好似爆水管,已經係第三次報告。"
        let prompt = PromptSpec(question: state.question, step: state.question.step, channel: state.record.channel)
        let input = recorder.input(.line(line), at: prompt, time: Date())!
        let turnEffects = engine.handle(.line(line), &state)
        let events = [input] + recorder.events(of: turnEffects, step: state.question, answered: input.step, at: Date())
        // As the intake loop does: the draft is written only when it changed.
        let progress = engine.draft(state)
        try store.commit(IntakeTurn(caseNumber: state.record.caseNumber, events: events, record: state.record,
                                    draft: progress == writtenDraft ? .unchanged : .keep(progress)))
        writtenDraft = progress
        costs.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
    }
}
let sorted = costs.sorted()
let p50 = sorted[min(sorted.count - 1, sorted.count / 2)]
let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
print(String(format: "p50 %.3f ms  p99 %.3f ms  max %.3f ms  (%d lines)", p50, p99, sorted.last ?? 0, sorted.count))
