import CoachEngine
import ComplaintDomain
import Foundation
import Testing

/// What people actually type: many lines while listening, nothing, too much, control characters.
@Suite struct IntakeInputTests {
    @Test func listeningTakesAnyNumberOfLinesUntilABlankOrDone() {
        var d = IntakeDriver()
        for n in 1...12 { d.send("第\(n)段") }
        #expect(d.state.question == .account)
        #expect(d.state.record.account.split(separator: "\n").count == 12)
        d.send("")
        #expect(d.state.question == .anythingElse)
        d.send("第13段")
        #expect(d.state.record.account.split(separator: "\n").count == 13, "anything else is the account too")
        d.send("")
        #expect(d.state.question == .callerName)
    }

    @Test func guidelineFourIsCuedOnceEvenWhenListeningAgain() {
        var d = IntakeDriver()
        d.answer(["漏水", ""])
        d.send(":back")
        #expect(d.state.question == .account)
        let cues = d.shown(.cue, in: d.all)
        #expect(cues.filter { $0.contains("4") }.count == 1)
        #expect(Set(cues).count == cues.count, "no cue is given twice")
    }

    @Test func withNothingNotedTheCheckStepAsksWhatHappened() {
        var d = IntakeDriver()
        d.advance(to: .what)
        d.send("")
        #expect(d.state.question == .what, "what happened is needed")
        d.send("大堂玻璃門壞了")
        #expect(d.state.record.account == "大堂玻璃門壞了")
    }

    @Test func aHugeLineIsRefusedAndNothingChanges() {
        var d = IntakeDriver()
        d.advance(to: .callerName)
        d.send(String(repeating: "長", count: 5000))
        #expect(d.state.record.person.name == nil)
        #expect(d.shown(.error).first?.contains("5000") == true)
        #expect(d.state.question == .callerName)
    }

    @Test func controlCharactersAndEscapesNeverReachTheRecord() {
        var d = IntakeDriver()
        d.advance(to: .callerName)
        d.send("陳\u{1B}[31m大文\u{07}\u{1B}]0;pwned\u{07}")
        #expect(d.state.record.person.name == "陳大文")
    }

    @Test func answersAreMatchedInEveryScriptAndByNumber() {
        for (typed, channel) in [("來人", Channel.inPerson), ("来函", .letter), ("Phone", .phone), ("4", .other), ("l", .letter)] {
            var d = IntakeDriver()
            d.send(":channel " + typed)
            #expect(d.state.record.channel == channel, "\(typed)")
        }
        for (typed, standing) in [("租客", Standing.occupant), ("业主", .owner), ("tenant", .occupant)] {
            var d = IntakeDriver()
            d.advance(to: .standing)
            d.send(typed)
            #expect(d.state.record.person.standing == standing, "\(typed)")
        }
    }

    @Test func respondTicksEachPhraseAndShowsWhatToSay() {
        var d = IntakeDriver()
        d.advance(to: .acknowledge)
        #expect(d.shown(.phrase).count == 1)
        d.send("係")
        #expect(d.shown(.phrase).count == 1, "the admit-shortfall phrase")
        d.send("冇")
        d.send("y")
        #expect(d.state.said.mapValues(\.said) == ["acknowledge": true, "admitShortfall": false, "takeOwnership": true])
        #expect(d.recorded(.decision).contains(.phrase(question: "admitShortfall", purpose: .admitShortfall, answer: .notSaid)))
    }

    @Test func anUrgentSoundingLineIsFlaggedAsItIsTyped() {
        var d = IntakeDriver()
        d.send("升降機停咗喺兩層中間，入面有個婆婆")
        #expect(d.shown(.error).first?.contains("⚠") == true)
        #expect(d.shown(.warning).contains { $0.contains("9123") })
        var calm = IntakeDriver()
        calm.answer(["走廊燈閃"])
        #expect(calm.shown(.warning).isEmpty && calm.shown(.error).isEmpty, "nothing urgent, no warning")
    }

    @Test func theNamePromptSaysCallerOnlyForAPhoneCall() {
        var phone = IntakeDriver()
        phone.advance(to: .callerName)
        #expect(phone.promptLabel == "來電者姓名")
        var letter = IntakeDriver()
        letter.send(":channel l")
        letter.advance(to: .callerName)
        #expect(letter.promptLabel == "投訴人姓名")
    }

    @Test func aLineThatWasNotValidTextIsKeptAndFlagged() {
        var d = IntakeDriver()
        d.advance(to: .callerName)
        d.send("\u{FFFD}\u{FFFD}名字")
        #expect(d.state.record.person.name == "\u{FFFD}\u{FFFD}名字")
        #expect(d.shown(.warning).first?.contains("�") == true)
    }
}
