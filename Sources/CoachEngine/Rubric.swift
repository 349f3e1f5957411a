import ComplaintDomain
import Foundation

/// Scores a call from its transcript and record. For training the scenario says what was
/// right; for a real call the record items that need a right answer are left to the reviewer.
public struct Rubric: Sendable {
    public let catalogue: GuidanceCatalogue
    public let speech: SpeechLexicon
    /// The language the reasons are written in.
    public let language: Language

    public init(catalogue: GuidanceCatalogue, speech: SpeechLexicon, language: Language) {
        self.catalogue = catalogue
        self.speech = speech
        self.language = language
    }

    public func score(_ events: [TranscriptEvent], record: ComplaintRecord, scenario: Scenario?) -> Scorecard {
        let call = CallEvidence(events: events, speech: speech,
                                text: EventText(language: language, calendar: catalogue.organization.calendar))
        var lines: [Scorecard.Line] = []
        func add(_ item: Scorecard.Item, _ result: Scorecard.Result, _ evidence: Scorecard.Evidence?, _ reason: String) {
            lines.append(Scorecard.Line(item: item, result: result, evidence: evidence, reason: reason))
        }

        // 1: stay calm — no arguing or blaming; an excuse is a slip.
        if let heated = call.said(.argue) ?? call.said(.blame) {
            add(.g1, .missed, heated, t("與來電者爭辯或指責對方", "与来电者争辩或指责对方", "argued with or blamed the caller"))
        } else if let excuse = call.said(.excuse) {
            add(.g1, .partly, excuse, t("對方正在氣頭上時找藉口", "对方正在气头上时找借口", "made an excuse while they were upset"))
        } else {
            add(.g1, .met, call.firstWords, t("沒有激動的言辭", "没有激动的言辞", "no heated words"))
        }

        // 2: acknowledge their feelings and record at once.
        let acknowledged = call.tick(.acknowledge, .acknowledge) ?? call.said(.acknowledge)
        let recorded = call.firstInput(at: [.account, .what])
        switch (acknowledged, recorded) {
        case (let a?, _?): add(.g2, .met, a, t("表示理解，並即時記錄", "表示理解，并即时记录", "acknowledged their feelings and recorded at once"))
        case (let a?, nil): add(.g2, .partly, a, t("表示理解，但對方說話時沒有記錄", "表示理解，但对方说话时没有记录", "acknowledged, but nothing was recorded while they spoke"))
        case (nil, let r?): add(.g2, .partly, r, t("有記錄，但沒有表示理解對方的心情", "有记录，但没有表示理解对方的心情", "recorded, but their feelings were not acknowledged"))
        case (nil, nil): add(.g2, .missed, nil, t("既沒有表示理解，也沒有記錄", "既没有表示理解，也没有记录", "neither acknowledged nor recorded"))
        }

        // 3: find the real cause; empathy helps.
        let cause = call.firstInput(at: [.realCause])
        let empathy = call.said(.empathy)
        if let cause, record.realCause != nil {
            add(.g3, .met, cause, t("記錄了真正令對方不滿的原因", "记录了真正令对方不满的原因", "the real cause is recorded"))
        } else if let empathy {
            add(.g3, .partly, empathy, t("有同理心，但沒有記錄真正原因", "有同理心，但没有记录真正原因", "empathy, but the real cause was not recorded"))
        } else {
            add(.g3, .missed, nil, t("沒有找出真正原因", "没有找出真正原因", "the real cause was not looked for"))
        }

        // 4: listen without interrupting.
        if let interrupted = call.first({ if case .interruptedCaller = $0 { true } else { false } }) {
            add(.g4, .missed, interrupted, t("對方未說完就插話", "对方未说完就插话", "spoke before the caller had finished"))
        } else if let recorded {
            add(.g4, .met, recorded, t("讓對方說完，並記下內容", "让对方说完，并记下内容", "let them finish, and noted what they said"))
        } else {
            add(.g4, .partly, nil, t("沒有插話，但聆聽時沒有記錄", "没有插话，但聆听时没有记录", "did not interrupt, but noted nothing while listening"))
        }

        // 5: admit the shortfall, with no excuses.
        let apology = call.tick(.admitShortfall, .apology) ?? call.said(.apology)
        switch (apology, call.said(.excuse)) {
        case (let a?, nil): add(.g5, .met, a, t("承認不足，沒有辯解", "承认不足，没有辩解", "admitted the shortfall without excuses"))
        case (_?, let e?): add(.g5, .partly, e, t("承認了，卻又找藉口", "承认了，却又找借口", "admitted it, then made an excuse"))
        case (nil, let e?): add(.g5, .missed, e, t("只找藉口，沒有道歉", "只找借口，没有道歉", "excuses instead of an apology"))
        case (nil, nil): add(.g5, .missed, nil, t("沒有承認做得不夠好", "没有承认做得不够好", "the shortfall was not admitted"))
        }

        // 6: take ownership; never pass them around.
        if let buck = call.said(.passTheBuck) {
            add(.g6, .missed, buck, t("推卸給別人", "推卸给别人", "passed the caller on"))
        } else if let owned = call.tick(.takeOwnership, .ownership) ?? call.said(.ownership) {
            add(.g6, .met, owned, t("代表公司承擔跟進", "代表公司承担跟进", "took it on for the company"))
        } else {
            add(.g6, .missed, nil, t("沒有表示會負責跟進", "没有表示会负责跟进", "did not take it on"))
        }

        // 7: coordinate with others involved, where someone else must be brought in.
        let needsCoordination = scenario?.expect.coordinate ?? !record.coordinateWith.isEmpty
        if !needsCoordination {
            add(.g7, .notApplicable, nil, t("不涉及其他人", "不涉及其他人", "nobody else to bring in"))
        } else if !record.coordinateWith.isEmpty {
            add(.g7, .met, call.firstInput(at: [.coordinateWith]), t("記錄了需要協調的另一方", "记录了需要协调的另一方", "the other party is recorded to coordinate with"))
        } else {
            add(.g7, .missed, nil, t("沒有記錄需要協調的另一方", "没有记录需要协调的另一方", "the other party was not recorded"))
        }

        // 8: promise the follow-up.
        if let promised = call.first({ if case .promise(told: true, _) = $0 { true } else { false } }) {
            add(.g8, .met, promised, t("告知對方跟進安排及會回訪", "告知对方跟进安排及会回访", "told the caller what happens next and that we will call"))
        } else {
            add(.g8, .missed, nil, t("結束前沒有承諾回覆及回訪", "结束前没有承诺回复及回访", "the call ended without the promise of a reply and a follow-up call"))
        }

        // 11: integrity — a gift is declined.
        var failed = false
        let offered = call.first { $0 == .giftOffered }
        if offered == nil {
            add(.g11, .notApplicable, nil, t("沒有人送禮", "没有人送礼", "no gift was offered"))
        } else if let accepted = call.first({ if case .giftAccepted = $0 { true } else { false } }) {
            failed = true
            add(.g11, .missed, accepted, t("收受禮物：自動不合格", "收受礼物：自动不合格", "accepted a gift: an automatic fail"))
        } else if let declined = call.first({ if case .giftDeclined = $0 { true } else { false } }) {
            add(.g11, .met, declined, t("婉拒了禮物", "婉拒了礼物", "declined the gift"))
        } else {
            add(.g11, .missed, offered, t("沒有婉拒禮物", "没有婉拒礼物", "the gift was not declined"))
        }

        scoreRecord(record, scenario: scenario, call: call, add: add)
        return Scorecard(lines: lines, failed: failed)
    }

    private func scoreRecord(_ record: ComplaintRecord, scenario: Scenario?, call: CallEvidence,
                             add: (Scorecard.Item, Scorecard.Result, Scorecard.Evidence?, String) -> Void) {
        // Facts drawn out: the scenario's facts revealed, or on a real call the check step's facts filled.
        let (found, of, evidence): (Int, Int, Scorecard.Evidence?)
        if let scenario {
            let ids = call.events.compactMap { if case .factRevealed(let id) = $0.event { id } else { nil } }
            let revealed = call.all { if case .factRevealed = $0 { true } else { false } }
            (found, of, evidence) = (Set(ids).count, scenario.facts.count, revealed.first)
        } else {
            let filled = [record.location, record.since, record.wants, record.realCause].compactMap { $0 }.count
            (found, of, evidence) = (filled, 4, call.firstInput(at: [.since, .wants, .location]))
        }
        let factResult: Scorecard.Result = of == 0 ? .notApplicable : found == of ? .met : found * 2 >= of ? .partly : .missed
        add(.facts, factResult, evidence, t("問出 \(found)/\(of) 項資料", "问出 \(found)/\(of) 项资料", "\(found) of \(of) facts drawn out"))

        guard let scenario else {
            for item in [Scorecard.Item.classification, .nature, .routing, .deadline, .reply] {
                add(item, .notApplicable, nil, t("由覆核人判斷", "由复核人判断", "for the reviewer to judge"))
            }
            return
        }
        let expected = scenario.expect
        add(.classification, record.kind == expected.kind ? .met : .missed, call.first { if case .field(.kind) = $0 { true } else { false } },
            versus(record.kind.name(in: language), expected.kind.name(in: language)))
        if expected.kind == .suggestion {
            add(.nature, .notApplicable, nil, t("建議不分性質", "建议不分性质", "a suggestion has no nature"))
        } else {
            add(.nature, record.nature == expected.nature ? .met : .missed, call.first { if case .nature = $0 { true } else { false } },
                versus(record.nature?.name(in: language) ?? "—", expected.nature.name(in: language)))
        }
        var right = record
        right.kind = expected.kind
        right.nature = expected.nature
        right.channel = scenario.channel
        let router = catalogue.organization.router
        let given = route(record, router), wanted = route(right, router)
        let routed = call.first { if case .routed = $0 { true } else { false } }
        add(.routing, given.handler == wanted.handler && given.notify == wanted.notify && given.approvalBy == wanted.approvalBy ? .met : .missed,
            routed, versus(given.handler.name(in: language), wanted.handler.name(in: language)))
        let calendar = catalogue.organization.calendar
        add(.deadline, given.deadline == wanted.deadline ? .met : .missed, routed,
            versus(given.deadline.map { calendar.describe($0.due, in: language) } ?? "—",
                   wanted.deadline.map { calendar.describe($0.due, in: language) } ?? "—"))
        add(.reply, record.channel == scenario.channel ? .met : .missed, call.first { if case .field(.channel) = $0 { true } else { false } },
            versus(record.channel.replyChannel.name(in: language), scenario.channel.replyChannel.name(in: language)))
    }

    private func t(_ hant: String, _ hans: String, _ en: String) -> String {
        language.pick(hant, hans, en)
    }

    /// "recorded X; right: Y", or just X when they agree.
    private func versus(_ given: String, _ right: String) -> String {
        given == right ? given : t("記錄為\(given)；應為\(right)", "记录为\(given)；应为\(right)", "recorded as \(given); right: \(right)")
    }

    private func route(_ record: ComplaintRecord, _ router: Router) -> RoutingDecision {
        router.route(RoutingInput(record, suggestion: catalogue.urgency.suggest(from: record.account)))
    }
}
