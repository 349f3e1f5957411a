import CoachEngine
import ComplaintDomain
import Foundation
import Testing

/// The colon-commands, Ctrl-C, Ctrl-D and resuming, at every step.
@Suite struct IntakeCommandsTests {
    /// The questions a model call visits, in order.
    static let path: [IntakeQuestion] = {
        var d = IntakeDriver()
        var visited: [IntakeQuestion] = []
        while d.state.outcome == nil {
            if visited.last != d.state.question { visited.append(d.state.question) }
            d.send(IntakeDriver.modelAnswer(d.state.question))
        }
        return visited
    }()

    @Test func theModelPathVisitsEveryStep() {
        #expect(Set(Self.path.map(\.step)) == Set(IntakeStep.allCases))
        #expect(Self.path.first == .account && Self.path.last == .confirm)
    }

    @Test(arguments: IntakeCommandsTests.path.dropFirst())
    func backReturnsToThePreviousQuestionKeepingTheAnswers(question: IntakeQuestion) {
        var d = IntakeDriver()
        d.advance(to: question)
        let record = d.state.record
        let index = Self.path.firstIndex(of: question)!
        d.send(":back")
        #expect(d.state.question == Self.path[index - 1])
        #expect(d.state.record == record, "answers are kept")
        #expect(d.prompt?.question == Self.path[index - 1])
        if Self.path[index - 1].step != question.step {
            #expect(d.shown(.heading).count == 1, "the step's heading is shown again")
        }
        // Enter takes the kept answer and goes forward again.
        if ![.account, .anythingElse].contains(Self.path[index - 1]) {
            d.send("")
            #expect(d.state.question == question)
            #expect(d.state.record == record)
        }
    }

    @Test func backAtTheFirstQuestionSaysSo() {
        var d = IntakeDriver()
        d.send(":back")
        #expect(d.state.question == .account)
        #expect(d.shown(.warning).count == 1)
    }

    @Test(arguments: IntakeCommandsTests.path)
    func urgentMarksTheCaseAndShowsWhoToCallAtOnce(question: IntakeQuestion) {
        var d = IntakeDriver()
        d.advance(to: question)
        d.send(":urgent")
        #expect(d.state.record.nature == .urgent)
        #expect(d.state.record.kind == .complaint)
        #expect(d.state.question == question, "the same question is asked again")
        let warnings = d.shown(.warning).joined(separator: "\n")
        #expect(warnings.contains("林國峰") || warnings.contains("謝玉潔"), "the duty department manager by name")
        #expect(warnings.contains("9123 452"), "and how to reach them")
        #expect(d.effects.contains(.save))
        #expect(d.routed(in: d.effects).contains { $0.handler == .dutyDepartmentManager })
    }

    @Test func urgentStaysTheDefaultWhenNatureIsReached() {
        var d = IntakeDriver()
        d.send(":urgent")
        d.advance(to: .nature)
        #expect(d.promptDefault == Nature.urgent.name(in: .zhHant))
    }

    @Test func invalidAnswersAreExplainedWithTheChoicesAndChangeNothing() {
        var d = IntakeDriver()
        d.advance(to: .standing)
        let before = d.state
        d.send("xyz")
        #expect(d.state == before)
        let error = d.shown(.error).first ?? ""
        #expect(error.contains("xyz") && error.contains("業主") && error.contains("住戶"))
        #expect(d.prompt?.question == .standing)
        #expect(d.prompt?.retry == "xyz", "what was typed is put back to be corrected")
    }

    @Test func unknownCommandsAreExplained() {
        var d = IntakeDriver()
        d.send(":fly")
        #expect(d.shown(.error).first?.contains(":help") == true)
        #expect(d.prompt?.retry == ":fly")
        #expect(d.state.question == .account)
    }

    @Test func helpShowGuideAndNoteAnswerThenAskAgain() {
        var d = IntakeDriver()
        d.send(":name 陳大文")
        d.send(":help")
        #expect(d.shown().contains { $0.contains(":urgent") })
        #expect(d.prompt?.question == .account)
        d.send(":show")
        #expect(d.shown().contains { $0.contains("陳大文") })
        d.send(":guide 5")
        #expect(d.shown(.heading).first?.hasPrefix("5.") == true)
        d.send(":guide")
        #expect(d.shown(.heading).contains { $0.hasPrefix("4.") }, "the guidelines of the listen step")
        d.send(":guide 13")
        #expect(!d.shown(.warning).isEmpty)
        d.send("：note 對方語氣很激動")
        #expect(d.state.record.notes == ["對方語氣很激動"])
        #expect(d.recorded(.note).last == .note("對方語氣很激動"))
        d.send(":note")
        #expect(d.state.record.notes.count == 1)
        #expect(d.state.question == .account)
    }

    @Test func skipLeavesAQuestionForNowAndTheHeadingSaysItIsMissing() {
        var d = IntakeDriver()
        d.advance(to: .callerName)
        d.send(":skip")
        #expect(d.state.question == .contact)
        #expect(d.state.record.person.name == nil)
        d.advance(to: .kind)
        #expect(d.shown(.heading).first?.contains("姓名") == true)
    }

    @Test func confirmIsRefusedUntilWhatAndWhereAreKnown() {
        var d = IntakeDriver()
        d.advance(to: .building)
        d.answer([":skip", ":skip"])
        d.advance(to: .location)
        d.send(":skip")
        d.advance(to: .confirm)
        d.send("y")
        #expect(d.state.outcome == nil)
        #expect(d.shown(.error).first?.contains("位置") == true)
        #expect(d.state.question == .location, "straight to what is missing")
    }

    @Test func ctrlDOffersToKeepTheDraft() {
        var d = IntakeDriver()
        d.send(.endOfInput)
        #expect(d.state.pending == .leave)
        d.send("n")
        #expect(d.state.pending == nil)
        #expect(d.prompt?.question == .account)
        d.send(.endOfInput)
        let last = d.send("")
        #expect(last.contains(.finish(.draft)))
        #expect(d.state.outcome == .draft)
    }

    @Test func endOfInputTwiceLeavesWithTheDraft() {
        var d = IntakeDriver()
        d.send(.endOfInput)
        #expect(d.send(.endOfInput).contains(.finish(.draft)))
    }

    @Test func quitAsksAndSaveLeavesAtOnce() {
        var d = IntakeDriver()
        d.send(":quit")
        #expect(d.state.pending == .leave)
        d.send("maybe")
        #expect(d.state.pending == .leave)
        #expect(!d.shown(.error).isEmpty)
        var e = IntakeDriver()
        #expect(e.send(":save").contains(.finish(.draft)))
    }

    @Test func ctrlCKeepsTheQuestion() {
        var d = IntakeDriver()
        d.advance(to: .unit)
        d.send(.interrupt)
        #expect(d.state.question == .unit)
        #expect(d.prompt?.question == .unit)
    }

    @Test(arguments: IntakeCommandsTests.path)
    func aDraftResumesExactlyWhereItStopped(question: IntakeQuestion) throws {
        var d = IntakeDriver()
        d.advance(to: question)
        d.send(":note 第二次來電")
        let saved = try JSONEncoder().encode(d.state.progress)
        var restored = IntakeState(record: d.state.record, progress: try JSONDecoder().decode(IntakeProgress.self, from: saved))
        #expect(restored == d.state)
        let effects = d.engine.handle(.resume, &restored)
        #expect(restored.question == question)
        #expect(effects.last.flatMap { if case .ask(let spec) = $0 { spec.question } else { nil } } == question)
        #expect(effects.contains { if case .show(.stepHeader) = $0 { true } else { false } })
        #expect(restored.record.notes == ["第二次來電"])
    }
}
