import CaseEvents
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing

/// A live call scored on what Coach can check: the words typed as said, what was done, the
/// record, and Coach's own nature and routing for it. Each rule that scores comes with the
/// receptionist who would game it, and the test that makes them fail.
@Suite struct LiveRubricTests {
    static func results(_ card: Scorecard) -> [ScoreItem: ScoreResult] {
        Dictionary(uniqueKeysWithValues: card.lines.map { ($0.item, $0.result) })
    }

    // MARK: The gas call taken with Enter, and the model call

    /// Before this rubric the Enter-only gas call scored 71 and the model gas call 92 (the
    /// routing, nature, deadline and reply left to the reviewer, a y worth as much as words
    /// typed). Now, by hand, out of the live weights (100 in all):
    ///   g1 6 met reported → 3 · g2 8 met reported → 4 · g3 6 missed → 0 · g4 4 met → 4 ·
    ///   g5 6 n/a (urgent) → 6 · g6 6 met reported → 3 · g7 4 missed (Enter) → 0 ·
    ///   g8 6 met reported → 3 · facts 10 missed (1 of 4) → 0 · classification 4 met → 4 ·
    ///   nature 10 met → 10 · reply 4 missed (no number) → 0 · routing 8 met reported → 4 ·
    ///   danger 12 partly (marked in time, nobody called) → 6 · deadline 6 met reported → 3
    ///   = 50.
    @Test func aGasCallTakenWithEnterScoresHalfTheModelCall() {
        let enter = LiveCall.gasWithEnter().score()
        let model = LiveCall.gasModel().score()
        #expect(enter.total == 50, "\(enter.lines.map { "\($0.item)=\($0.result) \($0.reported)" })")
        #expect(model.total == 100, "\(model.lines.filter { $0.credit < 1 }.map { "\($0.item)=\($0.result) \($0.reason)" })")
        #expect(enter.scale == .whole && model.scale == .whole)
        #expect(Set(enter.lines.map(\.item)) == Set(model.lines.map(\.item)), "every item is on every live card")
        #expect(enter.lines.reduce(0) { $0 + $1.weight } == 100)

        let e = Self.results(enter)
        #expect(e[.danger] == .partly && e[.facts] == .missed && e[.reply] == .missed && e[.g7] == .missed && e[.g3] == .missed)
        #expect(enter.lines.filter(\.reported).map(\.item) == [.g1, .g2, .g6, .g8, .routing, .deadline],
                "what rests on a y is marked reported")
        guard case .dangerActed(let marked?, nil, 60, 300)? = enter.line(.danger)?.reason else {
            Issue.record("the danger line gives the time to mark urgent and says nobody was called")
            return
        }
        #expect(marked > 0)
        guard case .recordMissing(1, 4, let missing)? = enter.line(.facts)?.reason else {
            Issue.record("facts say what is missing")
            return
        }
        #expect(missing == [.callerName, .contact, .category])

        let m = Self.results(model)
        #expect(model.lines.allSatisfy { !$0.reported })
        #expect(m[.g5] == .notApplicable && m[.g7] == .notApplicable, "an urgent call acts first; nobody else, typed as such")
        #expect(m[.danger] == .met && m[.routing] == .met && m[.deadline] == .met && m[.nature] == .met)
        if case .calledRouted(name: "林國峰")? = model.line(.routing)?.reason {} else { Issue.record("the person on duty was called") }
    }

    /// The ordinary leak call of `IntakeDriver` (y at every "did you say it?", the account typed
    /// only when asked) against the same call taken as a model: the account noted as the caller
    /// speaks, each thing said typed in the receptionist's own words, the group lead `:called`.
    /// Before, both scored 94 and every record item was left to the reviewer.
    @Test func whatWasOnlyReportedCountsHalfAndOwnWordsCountInFull() {
        let reported = LiveCall.leakWithY().score()
        let model = LiveCall.leakModel().score()
        #expect(model.total == 100, "\(model.lines.filter { $0.credit < 1 }.map { "\($0.item)=\($0.result) \($0.reason)" })")
        // g1 6, g2 8, g5 6, g6 6, g8 6, routing 8, deadline 6 reported: 46 / 2 = 23 lost; g4 partly
        // (the account typed only when asked): 2 lost. 100 − 25 = 75.
        #expect(reported.total == 75)
        for line in reported.lines where line.reported {
            #expect(line.result == .met && line.credit == 0.5, "\(line.item)")
        }
        let g5 = reported.line(.g5)
        #expect(g5?.reported == true && g5?.result == .met)
        if case .phrase(question: "admitShortfall", _, .said)? = g5?.evidence?.event {} else { Issue.record("the evidence is the report") }
        #expect(model.line(.g5)?.reported == false)
        if case .phrase(_, _, .ownWords)? = model.line(.g5)?.evidence?.event {} else { Issue.record("the evidence is the words typed") }
    }

    /// Whoever types anything at all as "their own words", to dodge the half that a y earns,
    /// gets less than the y: words that do not acknowledge, apologise or take it on earn nothing,
    /// and a promise with no time in it cannot be held against the deadline.
    @Test func wordsThatSayNothingEarnLessThanAReport() {
        let said: Set<IntakeQuestion> = [.acknowledge, .admitShortfall, .takeOwnership, .promised]
        let junk = LiveCall.leakModel { said.contains($0) ? "嗯嗯" : nil }.score()
        let reported = LiveCall.leakModel { said.contains($0) ? "y" : nil }.score()
        let r = Self.results(junk)
        #expect(r[.g2] == .partly && r[.g5] == .missed && r[.g6] == .missed && r[.deadline] == .partly)
        #expect(junk.line(.g8)?.reported == true, "told, in words Coach does not hear as a promise: as reported")
        #expect(junk.total < reported.total, "\(junk.total) vs \(reported.total)")
    }

    // MARK: Not applicable never lowers a score

    /// Every line of every card turned, one at a time and all at once, to not applicable: the
    /// total never falls. (The drill's scale, over what applied, is kept for training cards.)
    @Test func notApplicableNeverLowersAScore() {
        let cards = [LiveCall.gasWithEnter().score(), LiveCall.gasModel().score(), LiveCall.leakWithY().score(), LiveCall.leakModel().score()]
        for card in cards {
            var all = card
            for i in card.lines.indices {
                var one = card
                one.lines[i].result = .notApplicable
                #expect(one.total >= card.total, "\(card.lines[i].item): \(one.total) < \(card.total)")
                all.lines[i].result = .notApplicable
            }
            #expect(all.total == 100)
        }
        // The same call with nobody else involved (typed) and with a neighbour recorded: the
        // item that does not apply costs nothing beside the one that was met.
        let neighbour = LiveCall.leakModel().score()
        let nobody = LiveCall.leakModel { $0 == .coordinateWith ? "冇" : nil }.score()
        #expect(nobody.line(.g7)?.result == .notApplicable && neighbour.line(.g7)?.result == .met)
        #expect(nobody.total == neighbour.total)
    }

    /// Whoever presses Enter at "others to bring in" to make it not apply gets it missed: only
    /// "nobody", typed, decides that nobody else is involved.
    @Test func enterAtOthersDecidesNothing() {
        let enter = LiveCall.leakModel { $0 == .coordinateWith ? "" : nil }.score()
        let nobody = LiveCall.leakModel { $0 == .coordinateWith ? "冇" : nil }.score()
        #expect(enter.line(.g7)?.result == .missed && enter.line(.g7)?.reason == .othersNotAsked)
        #expect(enter.total < nobody.total)
    }

    // MARK: Gaming the record items

    /// Whoever marks every call urgent, to skip the apology and promise only a call back, loses
    /// more on the nature (urgent where Coach heard no danger) than the apology was worth.
    @Test func markingAnOrdinaryCallUrgentNeverRaisesItsScore() {
        let takes: [(((IntakeQuestion) -> String?)?) -> LiveCall] = [{ LiveCall.leakWithY(answer: $0) }, { LiveCall.leakModel(answer: $0) }]
        for take in takes {
            let honest = take(nil).score()
            let urgent = take { $0 == .nature ? "u" : nil }.score()
            #expect(urgent.line(.nature)?.result == .partly && urgent.line(.nature)?.reason == .urgentWithoutDanger)
            #expect(urgent.line(.g5)?.result == .notApplicable)
            #expect(urgent.total < honest.total, "\(urgent.total) vs \(honest.total)")
        }
    }

    /// Whoever takes a repeat complaint down as a suggestion (no apology, no deadline, nobody to
    /// tell) is marked down: Coach heard a repeat complaint, so it is a complaint.
    @Test func aComplaintTakenAsASuggestionIsMarkedDownWhenCoachHeardOne() {
        let complaint = LiveCall.leakWithY().score()
        let suggestion = LiveCall.leakWithY { $0 == .kind ? "s" : nil }.score()
        #expect(suggestion.line(.classification)?.result == .missed)
        #expect(suggestion.line(.classification)?.reason == .kind(given: .suggestion, right: .complaint))
        #expect(suggestion.total < complaint.total, "\(suggestion.total) vs \(complaint.total)")
        // A gas call taken as a suggestion loses the nature too: Coach's reading of it is urgent.
        var gas = LiveCall()
        gas.script([(3, "成層樓好大煤氣味"), (2, "")])
        while gas.d.state.outcome == nil {
            gas.type(gas.d.state.question == .kind ? "s" : gas.d.state.question.asksWhatWasSaid || gas.d.state.question == .confirm ? "y"
                     : gas.d.state.question == .location ? "12樓" : "")
        }
        let card = gas.score()
        #expect(card.line(.nature)?.result == .missed && card.line(.classification)?.result == .missed)
    }

    /// Whoever types `:called` with any name at all gets the routing only as reported; the
    /// person on duty, named by name, id, number or title, counts as seen.
    @Test func onlyThePeopleTheRoutingNamesCountAsCalled() {
        func routing(_ called: String) -> Scorecard.Line? {
            LiveCall.leakModel { $0 == .routed ? called : nil }.score().line(.routing)
        }
        #expect(routing(":called 阿明")?.reported == true)
        #expect(routing(":called 阿明")?.reason == .toldReported, "as good as a y, and no better")
        let only = LiveCall.leakModel(afterCalled: "n") { $0 == .routed ? ":called 阿明" : nil }.score().line(.routing)
        #expect(only?.reason == .calledSomeoneElse(name: "阿明") && only?.reported == true && only?.result == .met)
        for name in ["李志豪", "lee.ch", "9123 4501", "物業主任", "property group lead"] {
            #expect(routing(":called \(name)")?.reported == false, "\(name)")
            #expect(routing(":called \(name)")?.result == .met, "\(name)")
        }
    }

    /// Whoever says "y" to the routing and then marks the call urgent told the group lead, not
    /// the manager on duty the final routing names.
    @Test func peopleToldBeforeTheRecordChangedAreTheWrongPeople() {
        let card = LiveCall.leakWithY { $0 == .promised ? ":urgent" : nil }.score()
        guard case .toldBeforeChange(let given, let right)? = card.line(.routing)?.reason else {
            Issue.record("the routing line says who was told and who should have been: \(String(describing: card.line(.routing)))")
            return
        }
        #expect(card.line(.routing)?.result == .missed)
        #expect(given == [.propertyGroupLead] && right == [.dutyDepartmentManager, .propertyGroupLead])
    }

    // MARK: Acting on danger, and the promise against the deadline

    /// The limits come from organization.yaml's rules when it sets them: with one second to
    /// mark it urgent, the model call's two seconds are too slow.
    @Test func dangerLimitsAreTheOfficesOwn() {
        var catalogue = IntakeDriver.catalogue
        catalogue.organization.rules.markUrgentWithinSeconds = 1
        let call = LiveCall.gasModel()
        let card = Rubric(catalogue: catalogue, speech: TrainingDriver.material.speech).score(call.transcript, record: call.record, scenario: nil)
        #expect(card.line(.danger)?.result == .partly)
        guard case .dangerActed(2?, 22?, 1, 300)? = card.line(.danger)?.reason else {
            Issue.record("\(String(describing: card.line(.danger)?.reason))")
            return
        }
        #expect(call.score().line(.danger)?.result == .met, "within the default minute")
    }

    /// Whoever promises what the office cannot keep: three days on a complaint due today, the
    /// end of the day on a gas leak whose caller must hear back within 15 minutes.
    @Test func thePromiseIsHeldAgainstTheDeadline() {
        func leak(_ promise: String) -> Scorecard.Line? {
            LiveCall.leakModel { $0 == .promised ? promise : nil }.score().line(.deadline)
        }
        #expect(leak("今日之內一定覆你")?.result == .met)
        #expect(leak("我三日內覆你")?.result == .missed)
        #expect(leak("聽日下晝三點前我會打俾你")?.result == .missed, "due by the end of today")
        #expect(leak("I'll call you back by 5 pm today")?.result == .met)
        #expect(leak("有消息會打俾你")?.result == .partly)
        #expect(leak("有消息會打俾你")?.reason == .promiseWithoutTime)
        #expect(leak("n")?.result == .missed && leak("n")?.reason == .noPromise)

        func gas(_ promise: String) -> Scorecard.Line? {
            var call = LiveCall.gasModel()
            call = LiveCall()
            call.script([(5, "成層樓好大煤氣味"), (2, "u"), (10, ":called 林國峰"), (5, "我係A座12樓C室陳太，電話9123 4567"), (3, ""), (3, ""), (3, "y")])
            while call.d.state.outcome == nil {
                let q = call.d.state.question
                call.type(q == .promised ? promise : q.asksWhatWasSaid || q == .confirm ? "y" : q == .coordinateWith ? "冇"
                          : q == .category ? "facilities" : "")
            }
            return call.score().line(.deadline)
        }
        #expect(gas("當值經理會喺15分鐘內打俾你")?.result == .met)
        #expect(gas("半個鐘內打俾你")?.result == .partly, "within the 72-hour deadline, but not the call back")
        #expect(gas("今日之內覆你")?.result == .partly)
        #expect(gas("四日內覆你")?.result == .missed)
        #expect(gas("y")?.reported == true && gas("y")?.result == .met, "the offered phrase names the minutes")
    }

    // MARK: What the card says

    @Test func theCardSaysWhatWasReportedInTheReadersLanguage() {
        let card = LiveCall.gasWithEnter().score()
        let calendar = IntakeDriver.catalogue.organization.calendar
        for (language, marker, header, missing) in [(Language.zhHant, "（自述）", "自述項目只計一半", "聯絡電話"),
                                                    (.zhHans, "（自述）", "自述项目只计一半", "联络电话"),
                                                    (.en, "(reported)", "what was only reported counts half", "contact")] {
            let lines = ScorecardText(catalogue: IntakeDriver.catalogue, language: language).lines(card, calendar: calendar).map(\.text)
            #expect(lines[0].contains(header), "\(language)")
            #expect(lines.filter { $0.contains(marker) }.count == 6, "\(language)")
            #expect(lines.contains { $0.contains(missing) }, "\(language)")
            for key in ["callerName", "urgent_within", "dangerActed", "recordMissing", "promisedBy", "replyBy"] {
                #expect(!lines.joined().contains(key), "\(language): \(key)")
            }
        }
    }

    /// A live card round-trips as data; a drill card is written exactly as before (no weights,
    /// no scale), so saved training results are unchanged.
    @Test func aLiveCardRoundTripsAndADrillCardIsWrittenAsBefore() throws {
        let card = LiveCall.gasWithEnter().score()
        #expect(try JSONDecoder().decode(Scorecard.self, from: JSONEncoder().encode(card)) == card)
        var d = TrainingDriver(TrainingEngineTests.leak)
        ScriptedTrainee.poor(&d)
        let json = String(decoding: try JSONEncoder().encode(d.score()), as: UTF8.self)
        #expect(!json.contains("weight") && !json.contains("scale") && !json.contains("reported"))
    }
}
