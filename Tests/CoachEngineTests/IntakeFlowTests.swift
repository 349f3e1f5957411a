import CaseEvents
import CivilTime
import CoachEngine
import ComplaintDomain
import Foundation
import Testing

/// The whole intake as data, as a call really goes: the caller talks first, Coach reads each
/// line for danger and facts, then asks only for what is still missing.
@Suite struct IntakeFlowTests {
    @Test func itOpensOnListeningWithTheCaseTakenAndTheChannelPhone() {
        let d = IntakeDriver()
        #expect(d.state.question == .account)
        #expect(d.prompt?.step == .listen && d.prompt?.step.number == 1 && d.prompt?.stepCount == 6)
        #expect(d.state.record.channel == .phone)
        #expect(d.shown(.success).first?.contains(":urgent") == true, "the way to danger is named on the first screen")
        #expect(d.shown(.cue).count >= 2, "stay calm, write it down, let them finish")
    }

    @Test func whatIsSaidWhileListeningIsProposedThenAcceptedWithOneKeyAndNotAskedAgain() {
        var d = IntakeDriver()
        d.send("我係A座12樓C室陳太，廚房天花漏水成個禮拜")
        #expect(d.state.record.unit == nil, "a proposal never goes into the record by itself")
        #expect(!d.state.proposals.isEmpty)
        #expect(d.transcript().contains { if case .proposal(field: "unit", _, _) = $0 { true } else { false } },
                "the proposal is in the transcript")
        d.send("要你哋今日即刻派人上嚟睇")
        d.send("電話係9123 4567")
        d.send("")
        #expect(d.state.question == .anythingElse, "guideline 4: anything else?")
        d.send("")
        #expect(d.state.question == .heard)
        #expect(d.shown().contains { $0.contains("12樓C室") }, "the read-back shows what was heard")
        d.send("")
        #expect(d.state.record.unit == "12樓C室")
        #expect(d.state.record.building == "A座")
        #expect(d.state.record.person.contact == "9123 4567")
        #expect(d.state.record.since != nil && d.state.record.wants != nil)
        var asked: [IntakeQuestion] = []
        while d.state.outcome == nil, asked.count < 40 {
            asked.append(d.state.question)
            d.send(IntakeDriver.modelAnswer(d.state.question))
        }
        #expect(d.state.outcome == .received)
        for known: IntakeQuestion in [.unit, .building, .contact, .since, .wants, .location, .what] {
            #expect(!asked.contains(known), "\(known) was said while listening and not asked again")
        }
    }

    @Test func withNothingHeardTheReadBackStillComesAfterAnythingElse() {
        var d = IntakeDriver()
        d.answer(["走廊燈壞咗", ""])
        let effects = d.send("")
        #expect(d.displays(in: effects).contains { if case .readBack(_, heard: [], _) = $0 { true } else { false } })
        #expect(d.state.question == .callerName)
    }

    @Test func aProposalRefusedLeavesTheFieldsToBeAsked() {
        var d = IntakeDriver()
        d.answer(["12樓C室廚房漏水", "", "", "n"])
        #expect(d.state.record.unit == nil)
        #expect(d.recorded(.decision).contains(.proposalsAnswered(accepted: false)))
        d.advance(to: .unit)
        #expect(d.state.question == .unit)
    }

    @Test func whatWasTypedWinsOverWhatWasHeard() {
        var d = IntakeDriver()
        d.send(":unit 15樓A室")
        d.send("佢話12樓C室漏水")
        #expect(d.state.record.unit == "15樓A室")
        #expect(!d.state.proposals.contains { $0.field == .unit }, "a field already set is not proposed")
    }

    @Test func aGasCallShowsWhoIsOnDutyAndTheSafetyAdviceOnTheSameScreen() {
        var d = IntakeDriver()
        let effects = d.send("成層樓好大煤氣味")
        let lines = d.shown(in: effects).joined(separator: "\n")
        #expect(lines.contains("9123 45"), "a phone number of the person on duty, with no further key")
        #expect(d.displays(in: effects).contains { if case .danger = $0 { true } else { false } })
        #expect(d.prompt?.defaultValue == .keepListening, "one key marks it urgent")
        let shown = d.transcript(of: effects)
        #expect(shown.contains { if case .safetyAdvice(hazard: "gas_leak", _) = $0 { true } else { false } })
        #expect(shown.contains { if case .whoToCall = $0 { true } else { false } })
        #expect(shown.contains { if case .urgencyWarning = $0 { true } else { false } })
        d.send("u")
        #expect(d.state.record.nature == .urgent)
        #expect(d.state.question == .account, "the caller is still talking")
    }

    @Test func enterAfterDangerGoesOnListeningAndATypedLineIsKeptAsTheAccount() {
        var d = IntakeDriver()
        d.send("走廊好大煙")
        d.send("")
        #expect(d.state.record.nature == nil)
        #expect(d.state.pending == nil && d.state.question == .account)
        d.send("火警鐘響緊")
        d.send("好似三樓")
        #expect(d.state.record.account.contains("好似三樓"))
    }

    @Test func aHazardIsWarnedOfOnce() {
        var d = IntakeDriver()
        d.send("煤氣味好大")
        d.send("")
        let again = d.send("真係好大煤氣味")
        #expect(!d.displays(in: again).contains { if case .danger = $0 { true } else { false } })
    }

    @Test func nothingIsSaidByDefault() {
        var d = IntakeDriver()
        d.advance(to: .acknowledge)
        d.send("")
        #expect(d.state.question == .acknowledge, "Enter alone is not an answer")
        #expect(d.recorded(.decision).allSatisfy { if case .phrase = $0 { false } else { true } })
        d.send("n")
        #expect(d.state.said["acknowledge"]?.said == false)
        d.send(":back")
        #expect(d.state.question == .acknowledge)
        #expect(d.promptDefault == "n", "going back shows the answer already given")
        d.send("")
        #expect(d.state.said["acknowledge"]?.said == false, "and Enter keeps it: an earlier n never turns into said")
    }

    @Test func ownWordsAreKeptAsReported() {
        var d = IntakeDriver()
        d.advance(to: .takeOwnership)
        d.send("我會親自跟進")
        #expect(d.recorded(.decision).contains(.phrase(question: "takeOwnership", purpose: .takeOwnership, answer: .ownWords("我會親自跟進"))))
    }

    @Test func classifyComesBeforeRespondAndASuggestionIsThankedNotApologisedFor() {
        var d = IntakeDriver()
        d.advance(to: .kind)
        #expect(d.state.said.isEmpty, "nothing was answered at respond yet")
        d.send("s")
        d.advance(to: .thank)
        #expect(d.state.question == .thank)
        #expect(d.displays().contains { if case .phrase(.thankSuggestion, _) = $0 { true } else { false } })
        d.send("y")
        d.advance(to: .confirm)
        #expect(!d.state.said.keys.contains("admitShortfall"))
        #expect(d.routed().contains { $0.deadline == nil })
        d.send("y")
        #expect(d.state.outcome == .received)
    }

    @Test func aCallerWhoSuggestsIsOfferedSuggestionWithOneKey() {
        var d = IntakeDriver(at: IntakeDriver.evening)
        d.send("我想建議喺平台花園加多幾張長櫈")
        d.send("")
        #expect(d.state.record.kind == .complaint, "nothing is set before the key")
        d.advance(to: .kind)
        d.send("")
        #expect(d.state.record.kind == .suggestion, "Enter takes the suggestion offered")

        var complaint = IntakeDriver(at: IntakeDriver.evening)
        complaint.send("走廊盞燈壞咗成個禮拜")
        complaint.send("")
        complaint.advance(to: .kind)
        complaint.send("")
        #expect(complaint.state.record.kind == .complaint)
    }

    @Test func anUrgentCallerIsReassuredNotToldTheyAreAngry() {
        var urgent = IntakeDriver(at: IntakeDriver.evening)
        urgent.send("陳太話成層樓好大陣煤氣味")
        urgent.send("u")
        urgent.send("")
        urgent.advance(to: .acknowledge)
        let offered = urgent.displays().compactMap { if case .phrase(let purpose, let text) = $0 { (purpose, text) } else { nil } }
        #expect(offered.map(\.0) == [.reassure], "\(offered)")
        #expect(offered.first?.1.contains("唔使驚") == true && offered.first?.1.contains("嬲") == false, "\(offered)")

        var ordinary = IntakeDriver(at: IntakeDriver.evening)
        ordinary.send("走廊盞燈壞咗成個禮拜")
        ordinary.send("")
        ordinary.advance(to: .acknowledge)
        #expect(ordinary.displays().contains { if case .phrase(.acknowledge, _) = $0 { true } else { false } })
    }

    @Test func theUrgentPathHasNoApologyAndPromisesACallBackNotADeadline() {
        var d = IntakeDriver(at: IntakeDriver.evening)
        d.send("升降機困咗人，入面有個老人家")
        d.send("u")
        d.send("")
        d.advance(to: .promised)
        #expect(!d.state.trail.contains(.admitShortfall), "no apology on an urgent call")
        #expect(d.displays().contains { if case .urgentPromise = $0 { true } else { false } })
        // The phrase offered names who was told, as the promise above it does.
        let promise = d.displays().compactMap { if case .urgentPromise(_, let decision, _, let phrase) = $0 { (decision, phrase) } else { nil } }.first
        let told = promise.map { IntakeDriver.catalogue.organization.title(of: $0.0.callsBack, in: .zhHant) }
        #expect(told != nil && promise?.1?.contains("我已經通知咗\(told!)") == true, "\(String(describing: promise?.1))")
        #expect(!d.displays().contains { if case .promise = $0 { true } else { false } })
        #expect(d.routed().contains { $0.handler == .dutySecuritySupervisor })
    }

    @Test func fieldsCanBeSetFromAnyPromptAndAPipedCallCanBeTakenInAnyOrder() {
        var d = IntakeDriver(language: .en)
        d.answer(["The lift stopped last night", ":name Mrs Chan", ":unit 12/F Flat B", ":building A座", ":kind c",
                  ":nature ordinary", ":category lift", ":contact 9123 4567", ":done"])
        #expect(d.state.question == .confirm)
        d.send("y")
        #expect(d.state.outcome == .received)
        #expect(d.state.record.person.name == "Mrs Chan")
        #expect(d.state.record.category == "lift")
    }

    @Test func aWrongFieldValueSaysWhatWasExpectedAndKeepsThePrompt() {
        var d = IntakeDriver(language: .en)
        d.send(":nature maybe")
        #expect(d.state.question == .account)
        #expect(d.shown(.error).first?.contains("maybe") == true)
        #expect(d.state.record.nature == nil)
        #expect(d.prompt?.retry == ":nature maybe", "what was typed is put back to be corrected")
    }

    @Test func whenSavingIsRefusedCoachGoesStraightToTheMissingFieldAndComesBack() {
        var d = IntakeDriver(language: .en)
        d.answer(["The lift is broken", ":done"])
        d.send("y")
        #expect(d.state.outcome == nil)
        #expect(d.state.question == .location, "where it is is missing")
        d.send("Block A lobby")
        #expect(d.state.question == .nature, "then the next missing field")
        d.send("o")
        #expect(d.state.question == .confirm, "and back to the confirmation")
        d.send("y")
        #expect(d.state.outcome == .received)
    }

    @Test func doneStraightAfterListeningReadsBackWhatWasHeardAndYesTakesIt() {
        var d = IntakeDriver(language: .en)
        d.answer(["喂，A座12樓C室陳太呀，廚房天花漏水成個禮拜，電話 9123 4567", ":done"])
        #expect(d.state.question == .confirm)
        #expect(d.displays().contains { if case .readBack(_, let heard, _) = $0 { heard.count >= 4 } else { false } },
                "the read-back shows what was heard, not yet taken")
        #expect(d.state.record.person.name == nil, "nothing heard is taken before the answer")
        d.send("y")
        #expect(d.state.record.person.name == "陳太" && d.state.record.unit == "12樓C室" && d.state.record.person.contact == "9123 4567")
        #expect(d.state.outcome == nil && d.state.question == .nature, "then only what saving still needs")
        d.send("o")
        #expect(d.state.question == .confirm)
        d.send("y")
        #expect(d.state.outcome == .received)
    }

    @Test func backNGoesBackNQuestions() {
        var d = IntakeDriver()
        d.advance(to: .since)
        let trail = d.state.trail
        d.send(":back 3")
        #expect(d.state.question == trail[trail.count - 3])
    }

    @Test func aJunkDraftIsVoidedNotDeleted() {
        var d = IntakeDriver()
        d.send("打錯電話")
        d.send(":void")
        #expect(d.state.outcome == nil, "a reason is needed")
        d.send(":void 打錯電話")
        #expect(d.state.outcome == .voided)
        #expect(d.state.record.stage == .voided)
        #expect(d.recorded(.transition).contains(.voided(reason: "打錯電話")))
    }

    @Test func whoWasCalledIsRecorded() {
        var d = IntakeDriver()
        d.send(":called 馮柏豪")
        #expect(d.recorded(.decision).contains(.called(name: "馮柏豪")))
        #expect(d.state.question == .account)
    }

    @Test func aKnownUnitAsksForItsEarlierCasesAndARepeatIsCued() {
        var d = IntakeDriver()
        let effects = d.send(":unit 12樓B室")
        guard case .lookUpEarlier(let lookUp)? = effects.first(where: { if case .lookUpEarlier = $0 { true } else { false } }) else {
            Issue.record("no look-up"); return
        }
        #expect(lookUp.unit == "12樓B室")
        let earlier = EarlierCases(lookedUp: "12樓B室", cases: [
            .init(number: CaseNumber(day: LocalDate(year: 2026, month: 10, day: 2), sequence: 3),
                  receivedAt: IntakeDriver.workingHours.addingTimeInterval(-50 * 86_400), stage: .archived, category: "water", about: "廚房漏水"),
        ])
        let shown = d.send(.earlier(earlier))
        #expect(d.shown(in: shown).joined().contains("261002-003"))
        #expect(d.recorded(.system, in: shown).contains(.earlierCases(count: 1, last: "261002-003")))
        #expect(d.recorded(.cue, in: shown).contains(.signal(key: "repeat")), "the repeat-complaint cue")
        #expect(d.prompt?.question == .account)
        #expect(d.send(.earlier(EarlierCases(lookedUp: "x", cases: []))).isEmpty, "nothing earlier: nothing shown")
    }

    @Test func aHouseRuleTheAccountTouchesIsShownOnceAndRulesCanBeLookedUp() {
        var d = IntakeDriver()
        let first = d.send("樓上裝修好嘈，晚上都仲做緊")
        #expect(d.displays(in: first).contains { if case .houseRule(_, cue: true) = $0 { true } else { false } })
        let again = d.send("又係裝修")
        #expect(!d.displays(in: again).contains { if case .houseRule = $0 { true } else { false } })
        d.send(":rule 1")
        #expect(d.displays().contains { if case .houseRule(let r, cue: false) = $0 { r.number == 1 } else { false } })
        d.send(":rule reg 5")
        #expect(d.displays().contains { if case .article(let a) = $0 { a.number == 5 } else { false } })
    }

    @Test func aDemandForAManagerBringsItsOwnCue() {
        var d = IntakeDriver()
        let effects = d.send("我要見你哋經理")
        #expect(d.recorded(.cue, in: effects).contains { if case .signal = $0 { true } else { false } })
        #expect(d.displays(in: effects).contains { if case .phrase = $0 { true } else { false } })
    }

    @Test func englishAndSimplifiedSpeakTheirOwnWords() {
        let en = IntakeDriver(language: .en)
        #expect(en.promptLabel == "Caller says")
        #expect(en.shown(.cue).allSatisfy { $0.hasPrefix("Guideline") })
        let hans = IntakeDriver(language: .zhHans)
        #expect(hans.promptLabel == "对方说")
    }
}
