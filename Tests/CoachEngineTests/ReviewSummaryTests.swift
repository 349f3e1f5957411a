import CaseEvents
import CivilTime
@testable import CoachEngine
@testable import CoachText
import ComplaintDomain
import Foundation
import Testing
import TextSafety
import Training

/// The review at a glance: the outcome, what the score rests on (seen by Coach or only
/// reported), and the flags — timed from the events, checked against hand-set clocks — then the
/// call condensed with each line credited to whose it is, and no internal key in any rendering.
@Suite struct ReviewSummaryTests {
    /// A live call typed line by line on a clock moved by hand, through the recorder a session uses.
    struct Call {
        var driver = IntakeDriver()
        var clock = IntakeDriver.workingHours
        var transcript: [TranscriptEvent]
        let recorder: TranscriptRecorder

        init() {
            recorder = TranscriptRecorder(staff: "chan.mw", words: driver.words)
            transcript = recorder.events(of: driver.effects, step: driver.state.question, at: clock)
        }

        mutating func type(_ line: String, after seconds: TimeInterval = 1) {
            let prompt = driver.prompt!
            clock += seconds
            transcript.append(recorder.input(.line(line), at: prompt, time: clock)!)
            driver.send(line)
            transcript += recorder.events(of: driver.effects, step: driver.state.question, answered: prompt.question?.rawValue, at: clock)
        }

        /// Events the session adds itself (a line kept in the journal), or a caller's, at the clock.
        mutating func add(_ event: CaseEvent, after seconds: TimeInterval = 0) {
            clock += seconds
            transcript.append(TranscriptEvent(at: clock, staff: "chan.mw", step: driver.state.question.rawValue, event))
        }

        func report(language: Language = .zhHant, events extra: [TranscriptEvent] = []) -> ReviewReport {
            var record = driver.state.record
            if driver.state.outcome == .received { record.stage = .received }
            return ReviewReport(file: CaseFile(record: record, life: CaseLife()), transcript: transcript + extra,
                                rubric: ReviewReportTests.rubric(), scenario: nil, now: clock + 600)
        }
    }

    /// A gas leak: the danger line 5 s in, marked urgent 45 s after it, the person on duty called
    /// 3 min 10 s after it; the facts heard refused, then the name typed as heard and the unit
    /// otherwise; since when, what they want and the category left out.
    static func gasCall() throws -> (call: Call, onDuty: String) {
        var call = Call()
        call.type("我係A座12樓C室陳太，廚房好大陣煤氣味", after: 5)
        let names = call.transcript.compactMap { event -> String? in if case .onDuty(_, _?, let name?, _) = event.event { name } else { nil } }
        let onDuty = try #require(names.first, "the danger screen names who is on duty")
        call.type("u", after: 45)
        call.type(":called \(onDuty)", after: 145)
        call.type("", after: 10)
        call.type("", after: 5)
        call.type("n", after: 2)
        call.type(":name 陳太", after: 3)
        call.type(":contact 9123 4567", after: 3)
        call.type(":unit 12樓D室", after: 3)
        call.type(":standing o", after: 3)
        return (call, onDuty)
    }

    static func marks(_ report: ReviewReport, _ matches: (CaseEvent) -> Bool) -> [ReviewSummary.Mark] {
        report.entries.filter { matches($0.event) }.map { ReviewSummary.Mark(entry: $0.index, at: $0.at) }
    }

    // MARK: Flags

    @Test func theDangerIsTimedFromItsFirstWordToUrgentAndToTheCall() throws {
        let (call, onDuty) = try Self.gasCall()
        let report = call.report()
        let heard = try #require(Self.marks(report) { if case .urgencyWarning = $0 { true } else { false } }.first)
        let urgent = try #require(Self.marks(report) { if case .nature(.urgent, _, .markedUrgent) = $0 { true } else { false } }.first)
        let called = try #require(Self.marks(report) { if case .called = $0 { true } else { false } }.first)
        let shown = try #require(Self.marks(report) { if case .onDuty = $0 { true } else { false } }.first)
        // By hand: the clock moved 45 s, then 145 s more.
        #expect(urgent.at.timeIntervalSince(heard.at) == 45)
        #expect(called.at.timeIntervalSince(heard.at) == 190)
        let danger = ReviewSummary.Danger(heard: heard, terms: ["煤氣味"], onDutyShown: shown, markedUrgent: urgent, called: called,
                                          calledName: onDuty, calledOnDuty: true)
        #expect(report.summary.flags.contains(.danger(danger)), "\(report.summary.flags)")

        let words = ReviewSummaryText(report, catalogue: IntakeDriver.catalogue, language: .zhHant)
        #expect(words.flags.first == "聽到危險字眼「煤氣味」（#\(heard.entry)）；即時顯示當值人員及電話；45s 後標為緊急（#\(urgent.entry)）；"
                + "3:10 後自述致電 \(onDuty)（#\(called.entry)）")
        let en = ReviewSummaryText(report, catalogue: IntakeDriver.catalogue, language: .en)
        #expect(en.flags.first == "danger heard (煤氣味) (#\(heard.entry)); the person on duty and their number shown at once; "
                + "marked urgent after 45s (#\(urgent.entry)); reported calling \(onDuty) after 3:10 (#\(called.entry))")
    }

    @Test func callingSomeoneNotShownOnDutyAndNeverMarkingUrgentAreSaid() {
        var call = Call()
        call.type("廚房好大陣煤氣味", after: 5)
        call.type("", after: 20)
        call.type(":called 陳經理", after: 30)
        let report = call.report()
        guard case .danger(let danger)? = report.summary.flags.first(where: { if case .danger = $0 { true } else { false } }) else {
            Issue.record("no danger flag: \(report.summary.flags)")
            return
        }
        #expect(danger.markedUrgent == nil && danger.calledName == "陳經理" && !danger.calledOnDuty)
        let line = ReviewSummaryText(report, catalogue: IntakeDriver.catalogue, language: .zhHant).danger(danger)
        #expect(line.contains("沒有標為緊急") && line.contains("50s 後自述致電 陳經理") && line.hasSuffix("，不是顯示的當值人員"), "\(line)")
    }

    @Test func interruptionsRefusedSavesMissingFactsAndChangedProposalsAreFlagged() throws {
        var (call, _) = try Self.gasCall()
        call.add(.interruptedCaller(segment: 1, of: 3), after: 4)
        call.add(.interruptedCaller(segment: 2, of: 3), after: 6)
        call.add(.confirmRefused(missing: ["location"]), after: 2)
        call.add(.journaled(error: "database is locked"), after: 1)
        let report = call.report()
        let flags = report.summary.flags
        let interrupted = Self.marks(report) { if case .interruptedCaller = $0 { true } else { false } }
        #expect(interrupted.count == 2)
        #expect(flags.contains(.interrupted(interrupted)))
        #expect(flags.contains(.confirmRefused(Self.marks(report) { if case .confirmRefused = $0 { true } else { false } })))
        #expect(flags.contains(.journaled(Self.marks(report) { if case .journaled = $0 { true } else { false } })))
        // Name, contact, unit and standing were typed; since when, what they want and the category were not.
        #expect(flags.contains(.missing([.since, .wants, .category])), "\(flags)")
        // Heard: name 陳太, building A座, unit 12樓C室, all refused; then 陳太 typed as heard, the unit
        // typed otherwise, the building never.
        let proposals = Dictionary(uniqueKeysWithValues: Self.marks(report) { if case .proposal = $0 { true } else { false } }.map { mark in
            guard case .proposal(let field, _, _) = report.entries[mark.entry - 1].event else { fatalError() }
            return (field, mark)
        })
        let unit = try #require(proposals["unit"]), building = try #require(proposals["building"])
        #expect(flags.contains(.changed([.fact(.building, proposed: "A座", recorded: nil, at: building),
                                         .fact(.unit, proposed: "12樓C室", recorded: "12樓D室", at: unit)])), "\(flags)")

        let words = ReviewSummaryText(report, catalogue: IntakeDriver.catalogue, language: .zhHant).flags
        #expect(words.contains("未等對方講完就插話 2 次（#\(interrupted[0].entry)、#\(interrupted[1].entry)）"))
        #expect(words.contains("記錄尚欠：開始時間、對方要求、類別"))
        #expect(words.contains("改了 Coach 的建議：大廈 A座 → 未記錄（#\(building.entry)）；單位 12樓C室 → 12樓D室（#\(unit.entry)）"), "\(words)")
        #expect(words.contains { $0.hasPrefix("尚欠資料，未能儲存 1 次") } && words.contains { $0.hasPrefix("資料庫未能寫入 1 行，先存入日誌") })
        let en = ReviewSummaryText(report, catalogue: IntakeDriver.catalogue, language: .en).flags
        #expect(en.contains("still missing: since when, what they want, category"))
        #expect(en.contains("Coach's proposals changed: building A座 → not recorded (#\(building.entry)); unit 12樓C室 → 12樓D室 (#\(unit.entry))"))
    }

    @Test func aNatureChosenAgainstCoachsSuggestionIsAChangeAndACleanCallHasNoFlags() throws {
        let clean = ReviewReportTests.realCall()
        let report = ReviewReportTests.report(ReviewReportTests.file(clean.record), clean.transcript)
        #expect(report.data.summary.flags.isEmpty, "\(report.data.summary.flags)")
        #expect(ReviewSummaryText(report.data, catalogue: IntakeDriver.catalogue, language: .zhHant).rows.last?.lines == ["沒有"])

        let urgent = ReviewReportTests.realCall { $0 == .nature ? "u" : nil }
        let changed = ReviewReportTests.report(ReviewReportTests.file(urgent.record), urgent.transcript).data
        let nature = try #require(changed.entries.last { if case .nature(.urgent, .ordinary, .chosen) = $0.event { true } else { false } })
        #expect(changed.summary.flags == [.changed([.nature(suggested: .ordinary, chosen: .urgent, at: .init(entry: nature.index, at: nature.at))])])
    }

    // MARK: Outcome and score

    @Test func theOutcomeSaysWhereTheCaseWentOrThatItIsADraftOrVoided() {
        let (record, transcript) = ReviewReportTests.realCall()
        let file = ReviewReportTests.file(record)
        let received = ReviewSummaryText(ReviewReportTests.report(file, transcript).data, catalogue: IntakeDriver.catalogue, language: .zhHant)
        #expect(received.outcome.hasPrefix("已接訴 · 交物業主任 · 由主管批准 · 限期 2026-11-25（"), "\(received.outcome)")

        var draft = file
        draft.record.stage = .draft
        let number = file.record.caseNumber
        let drafted = ReviewSummaryText(ReviewReportTests.report(draft, Array(transcript.prefix(10))).data, catalogue: IntakeDriver.catalogue, language: .en)
        #expect(drafted.outcome == "intake not finished (a draft): coach resume \(number) continues it")

        var voided = file
        voided.record.stage = .voided
        let events = Array(transcript.prefix(6)) + [TranscriptEvent(at: transcript[5].at, staff: "chan.mw", .voided(reason: "打錯電話"))]
        let void = ReviewReportTests.report(voided, events).data
        #expect(ReviewSummaryText(void, catalogue: IntakeDriver.catalogue, language: .zhHant).outcome == "已作廢：打錯電話（不計入統計）")
        #expect(!void.summary.flags.contains { if case .missing = $0 { true } else { false } }, "a wrong number is never complete")
    }

    /// A card made by hand, so what it rests on is known item by item whatever the rubric does.
    @Test func theScoreSaysWhatItRestsOnSeenReportedOverriddenOrNotApplicable() {
        let (record, transcript) = ReviewReportTests.realCall()
        let at = transcript[0].at
        func evidence(_ event: CaseEvent) -> Scorecard.Evidence { .init(index: 1, at: at, kind: event.kind, event: event) }
        let card = Scorecard(lines: [
            .init(item: .g1, result: .met, evidence: nil, reason: .noHeatedWords),
            .init(item: .g2, result: .met, evidence: evidence(.phrase(question: "acknowledge", purpose: .acknowledge, answer: .said)), reason: .noHeatedWords),
            .init(item: .g3, result: .met, evidence: evidence(.field(.realCause("冇人理"))), reason: .noHeatedWords),
            .init(item: .g4, result: .partly, evidence: evidence(.typed(question: "account", text: "漏水")), reason: .noHeatedWords),
            .init(item: .g5, result: .met, evidence: evidence(.typed(question: "admitShortfall", text: "y")), reason: .noHeatedWords),
            .init(item: .g6, result: .met, evidence: evidence(.called(name: "林國峰")), reason: .noHeatedWords),
            .init(item: .g8, result: .met, evidence: evidence(.promise(told: true, note: nil)), reason: .noHeatedWords),
            .init(item: .facts, result: .missed, evidence: nil, reason: .noHeatedWords),
            .init(item: .routing, result: .notApplicable, evidence: nil, reason: .noHeatedWords),
        ], failed: false)
        var reviewed = card
        reviewed.lines[3].result = .met
        let override = ReviewOverride(item: .g4, from: .partly, to: .met, reason: "聽過錄音", by: "cheung.wl")
        let report = ReviewReport(file: ReviewReportTests.file(record), transcript: transcript, rubric: ReviewReportTests.rubric(), scenario: nil, now: at)
        let summary = ReviewSummary(file: report.file, entries: report.entries, card: card, reviewed: reviewed, overrides: [override])
        #expect(summary.basis == ReviewSummary.Basis(observed: [.g1, .g3, .facts], reported: [.g2, .g5, .g6, .g8], overridden: [.g4],
                                                     notApplicable: [.routing]))
        #expect(summary.total == reviewed.total && summary.originalTotal == card.total && summary.total != summary.originalTotal)
    }

    @Test func theScoreLineGivesBothTotalsAndNamesWhatRestsOnStaffsWord() {
        let (record, transcript) = ReviewReportTests.realCall()
        let g5 = ReviewOverride(item: .g5, from: .met, to: .missed, reason: "語氣平淡", by: "cheung.wl")
        let report = ReviewReportTests.report(ReviewReportTests.file(record), transcript + [ReviewReportTests.overrideEvent(g5, at: transcript.last!.at + 60)]).data
        let basis = report.summary.basis
        let score = ReviewSummaryText(report, catalogue: IntakeDriver.catalogue, language: .zhHant).score
        #expect(score[0] == "\(report.reviewed.total)/100（覆核前 \(report.card.total)）")
        // Items that are not guidelines are named by their titles after the guidelines' numbers.
        #expect(basis.reported == [.g1, .g2, .g6, .g8, .routing, .deadline])
        #expect(score[1] == "根據：Coach 看到的 \(basis.observed.count) 項；只憑職員自述的 6 項（指引 1、2、6、8、轉交、限期）；覆核調整的 1 項（指引 5）",
                "\(score)")
        #expect(!basis.reported.isEmpty, "the model call reports saying its phrases")
    }

    // MARK: The call condensed

    @Test func aSimulatedCallersWordsAreHersAndTheTraineesAreTheirs() throws {
        var d = TrainingDriver(ReviewReportTests.leak, language: .zhHant)
        ScriptedTrainee.model(&d)
        try #require(d.finished)
        let file = CaseFile(record: d.state.intake.record, life: CaseLife())
        let report = ReviewReportTests.report(file, d.transcript, language: .zhHant, scenario: ReviewReportTests.leak)
        let lines = report.data.conversation
        let text = ConversationText(language: .zhHant, catalogue: IntakeDriver.catalogue, scenario: ReviewReportTests.leak)
        let herWords = report.entries.filter { if case .callerSaid = $0.event { true } else { false } }
        try #require(!herWords.isEmpty)
        for entry in herWords {
            let line = try #require(lines.first { $0.entry == entry.index }, "#\(entry.index) in the condensed call")
            #expect(line.voice == .caller && text.who(line) == "來電者", "#\(entry.index)")
        }
        let said = lines.filter { line in line.events.contains { if case .saidToCaller = $0 { true } else { false } } }
        #expect(!said.isEmpty && said.allSatisfy { $0.voice == .staff && text.who($0) == "wong.ky" })
        // Prompts, cues, typed lines and keys are left out.
        for line in lines {
            #expect(!line.events.contains { [.prompt, .cue, .input].contains($0.kind) }, "#\(line.entry)")
        }
        // The account lines she said are the trainee's notes in the record.
        #expect(lines.filter { $0.events.contains { if case .accountLine = $0 { true } else { false } } }.allSatisfy { $0.voice == .record })

        // In the page, her rows name her, in the condensed call and in the full transcript.
        let html = report.html(), full = report.html(full: true)
        #expect(html.components(separatedBy: "<tr class=\"caller\">").dropFirst().allSatisfy { $0.contains("<td>來電者</td>") })
        #expect(full.components(separatedBy: "<tr class=\"caller\">").count == herWords.count + 1)
        #expect(full.components(separatedBy: "<tr class=\"caller\">").dropFirst().allSatisfy { $0.contains("<td>來電者</td>") && !$0.hasPrefix("wong.ky") })
    }

    @Test func aLiveCallsAccountIsTheCallersAsNotedAndBackIsLeftOut() throws {
        var call = Call()
        call.type("樓上漏水漏到我廚房", after: 3)
        call.type(":back", after: 2)
        call.type("已經第三次", after: 4)
        let report = call.report()
        let account = report.conversation.filter { $0.events.contains { if case .accountLine = $0 { true } else { false } } }
        #expect(account.count == 2 && account.allSatisfy { $0.voice == .callerAsNoted })
        let text = ConversationText(language: .en, catalogue: IntakeDriver.catalogue, scenario: nil)
        #expect(account.map(text.text) == ["“樓上漏水漏到我廚房”", "“已經第三次”"])
        #expect(account.allSatisfy { text.who($0) == "Caller (noted)" })
        let shown = ReviewText(report, catalogue: IntakeDriver.catalogue, language: .en).lines().map(\.text).joined(separator: "\n")
        #expect(!shown.contains(":back") && !shown.contains("1/6"), "no typed commands or prompts in the condensed call")
        #expect(ReviewText(report, catalogue: IntakeDriver.catalogue, language: .en).lines(full: true).map(\.text).contains { $0.hasSuffix(" :back") })
    }

    // MARK: No internal keys

    /// Keys a program uses that a reader should never see: in Chinese, none of the question,
    /// field, step or fact names; in English, the ones that are not words (`callerName`).
    @Test(arguments: [Language.zhHant, .zhHans, .en])
    func noRenderingShowsAnInternalKey(_ language: Language) throws {
        let keys = Set(IntakeQuestion.allCases.map(\.rawValue) + RecordField.allCases.map(\.rawValue) + FactField.allCases.map(\.rawValue)
            + IntakeStep.allCases.map(\.rawValue) + ReviewReportTests.leak.facts.map(\.id) + Scenario.Fact.Field.allCases.map(\.rawValue)
            + ScoreResult.allCases.map(\.rawValue))
        let shown = language == .en ? keys.filter { $0.contains { $0.isUppercase || $0 == "_" } } : keys
        var d = TrainingDriver(ReviewReportTests.leak, language: .zhHant)
        ScriptedTrainee.model(&d)
        let training = ReviewReportTests.report(CaseFile(record: d.state.intake.record, life: CaseLife()), d.transcript,
                                                language: language, scenario: ReviewReportTests.leak)
        let (gas, _) = try Self.gasCall()
        let live = ReviewText(gas.report(language: language), catalogue: IntakeDriver.catalogue, language: language)
        for (name, review) in [("training", training.words), ("live", live)] {
            // What was typed is shown as typed (`:since …` in the full transcript): only the rest is read.
            let typed = review.report.entries.compactMap { if case .typed(_, let text) = $0.event { ReviewText.escape(text) } else { nil } }
            for (format, full) in [("text", review.lines().map(\.text).joined(separator: "\n")), ("md", review.markdown()), ("html", review.html()),
                                   ("full text", review.lines(full: true).map(\.text).filter { !$0.contains(" \(review.kindName(.input)) ") }.joined(separator: "\n")),
                                   ("full html", review.html(full: true).components(separatedBy: "\n").filter { !$0.hasPrefix("<tr class=\"input\">") }.joined(separator: "\n"))] {
                // The page's own style sheet is not text; a typed answer of a letter or two (`y`) holds no key.
                var text = full.replacingOccurrences(of: "<style>[^<]*</style>", with: " ", options: .regularExpression)
                    .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
                for words in typed where words.count > 2 { text = text.replacingOccurrences(of: words, with: " ") }
                let found = shown.filter { key in text.range(of: "(?<![A-Za-z_.:-])\(key)(?![A-Za-z_])", options: .regularExpression) != nil }
                #expect(found.isEmpty, "\(name) \(format) in \(language): \(found.sorted()) in \(text.components(separatedBy: "\n").filter { line in found.contains { line.contains($0) } }.prefix(3))")
            }
        }
    }
}
