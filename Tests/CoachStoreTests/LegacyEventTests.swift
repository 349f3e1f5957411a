import CaseEvents
@testable import CoachStore
import ComplaintDomain
import Testing

/// Lines from before events were typed, read once into typed events at migration: each kind of
/// line the old engine wrote becomes its event, and anything else stays a legacy line.
@Suite("Legacy transcript lines")
struct LegacyEventTests {
    @Test(arguments: [
        ("decision", "acknowledge", "acknowledge: said", CaseEvent.phrase(question: "acknowledge", purpose: .acknowledge, answer: .said)),
        ("decision", "admitShortfall", "admitShortfall: not said", .phrase(question: "admitShortfall", purpose: .admitShortfall, answer: .notSaid)),
        ("decision", "takeOwnership", "takeOwnership: said in own words: 我哋會跟進", .phrase(question: "takeOwnership", purpose: .takeOwnership, answer: .ownWords("我哋會跟進"))),
        ("decision", "promised", "promise: told the caller", .promise(told: true, note: nil)),
        ("decision", "promised", "promise: not told", .promise(told: false, note: nil)),
        ("decision", "channel", "channel: letter", .field(.channel(.letter))),
        ("decision", "kind", "kind: suggestion", .field(.kind(.suggestion))),
        ("decision", "nature", "nature: urgent (suggested ordinary)", .nature(chosen: .urgent, suggested: .ordinary, basis: .chosen)),
        ("decision", "account", "nature: urgent (marked by staff with :urgent)", .nature(chosen: .urgent, suggested: .urgent, basis: .markedUrgent)),
        ("decision", "account", "interrupted the caller (after segment 1 of 3)", .interruptedCaller(segment: 1, of: 3)),
        ("decision", "account", "mood: angry → upset (apology, acknowledge)", .moodChanged(from: .angry, to: .upset, because: "apology, acknowledge")),
        ("decision", "since", "fact revealed: since", .factRevealed(id: "since")),
        ("decision", "promised", "gift offered", .giftOffered),
        ("decision", "promised", "gift declined (唔收得)", .giftDeclined(term: "唔收得")),
        ("decision", "promised", "gift accepted (收低)", .giftAccepted(term: "收低")),
        ("decision", "channel", "training: leak-third-time (exam); caller angry", .trainingStarted(scenario: "leak-third-time", exam: true, mood: .angry)),
        ("decision", "channel", "training: leak-third-time; caller upset", .trainingStarted(scenario: "leak-third-time", exam: false, mood: .upset)),
        ("decision", "confirm", "training finished; caller angry → calm", .trainingFinished(start: .angry, end: .calm)),
        ("decision", "scorecard", "scorecard: 37/100 (fail: gift accepted)", .scored(total: 37, failed: true)),
        ("decision", "review", "review override: g3 missed → met — 已記錄", .reviewOverride(item: .g3, from: .missed, to: .met, reason: "已記錄")),
        ("decision", "since", "since: skipped", .skipped(question: "since")),
        ("decision", "channel", "staff temp.1 is not on the roster: flagged for a supervisor", .notOnRoster(staff: "temp.1")),
        ("transition", "approve", "approve: awaiting_approval → in_handling", .action(ActionTaken(action: .approve, from: .awaitingApproval, to: .inHandling))),
        ("note", "review", "語氣好", .reviewComment("語氣好")),
        ("system", "account", "Ctrl-C", .key(.interrupt)),
        ("input", "unit", "12樓B室", .typed(question: "unit", text: "12樓B室")),
        ("speech", "account", "陳生，我明白", .saidToCaller("陳生，我明白")),
        ("cue", "account", "指引 1 · 保持冷靜", .cue(guideline: 1, text: "指引 1 · 保持冷靜")),
    ] as [(String, String, String, CaseEvent)])
    func eachOldLineBecomesItsEvent(kind: String, step: String, text: String, event: CaseEvent) {
        #expect(LegacyEvent.parse(kind: kind, step: step, text: text) == event)
    }

    /// Near misses stay legacy lines: nothing is guessed.
    @Test(arguments: [
        "Review override: g3 missed → met — fine", "review override: g3 missed → met", "review override: g3 missed → met - fine",
        "review override: g9 missed → met — fine", "review override: g3 bad → met — fine", "review override: g3 missed -> met — fine",
        "review override: g3 missed → met extra — fine", "review override: ", "", "route: handler property_group_lead; notify x",
        "nature: urgent", "mood: angry (x)", "training: x", "scorecard: many",
    ])
    func nearMissesStayLegacy(text: String) {
        #expect(LegacyEvent.parse(kind: "decision", step: "review", text: text) == .legacy(kind: "decision", text: text))
    }

    @Test func aNoteOutsideAReviewIsKeptAsALegacyNote() {
        #expect(LegacyEvent.parse(kind: "note", step: "propose", text: "已通知工程部") == .legacy(kind: "note", text: "已通知工程部"))
    }
}
