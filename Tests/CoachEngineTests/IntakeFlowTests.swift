import CoachEngine
import ComplaintDomain
import Foundation
import Testing

/// The whole intake as data: a phone complaint from the first word to the saved record.
@Suite struct IntakeFlowTests {
    @Test func aModelCallFillsInTheRecordAndRoutesIt() {
        var d = IntakeDriver()
        #expect(d.state.question == .channel)
        #expect(d.prompt?.step.number == 1)
        #expect(d.shown(.cue).count == 2)
        d.answer(["", "陳大文", "o", "A座", "12樓B室", "9123 4567"])
        #expect(d.state.question == .account)
        #expect(d.prompt?.step.number == 2)
        d.answer(["廚房天花漏水", "已經是第三次了", ""])
        #expect(d.state.record.account == "廚房天花漏水\n已經是第三次了")
        #expect(d.state.question == .location, "what is skipped when the account is there")
        d.answer(["廚房", "上星期五", "盡快維修", "之前報告過都沒人理", "13B 住戶、清潔部"])
        #expect(d.state.record.coordinateWith == ["13B 住戶", "清潔部"])
        d.answer(["y", "n", "我會親自跟進"])
        #expect(d.state.said["acknowledge"]?.said == true)
        #expect(d.state.said["admitShortfall"]?.said == false)
        #expect(d.state.said["takeOwnership"]?.ownWords == "我會親自跟進")
        d.answer(["", "", "2"])
        #expect(d.state.record.kind == .complaint)
        #expect(d.state.record.nature == .ordinary)
        #expect(d.state.record.category == "water")
        #expect(d.state.question == .routed)
        let routeLines = d.shown().joined(separator: "\n")
        #expect(routeLines.contains("李志豪"), "the group lead on the roster")
        #expect(routeLines.contains("張偉倫"), "the supervisor who approves")
        #expect(routeLines.contains("2026-11-25"))
        #expect(d.routed().contains { $0.handler == .propertyGroupLead && $0.approvalBy == .supervisor })
        d.answer(["", ""])
        #expect(d.state.question == .confirm)
        #expect(d.shown().contains { $0.contains("12樓B室") })
        let final = d.send("y")
        #expect(final.contains(.finish(.received)))
        #expect(d.state.outcome == .received)
        #expect(d.state.record.stage == .received)
        #expect(d.recorded(.transition).count == 1)
        guard case .received(let life) = d.recorded(.transition).first else { Issue.record("not received"); return }
        #expect(life.handler == .propertyGroupLead && life.needsApproval)
        #expect(d.state.record.person == Person(name: "陳大文", standing: .owner, contact: "9123 4567"))
        #expect(d.send("more") == [], "a finished intake ignores input")
    }

    @Test func everyPromptSaysWhichStepItIs() {
        var d = IntakeDriver()
        var seen: [IntakeStep: Int] = [:]
        while d.state.outcome == nil {
            if let prompt = d.prompt { seen[prompt.step] = prompt.step.number; #expect(prompt.stepCount == 7) }
            d.send(IntakeDriver.modelAnswer(d.state.question))
        }
        #expect(seen == [.start: 1, .listen: 2, .check: 3, .respond: 4, .classify: 5, .route: 6, .close: 7])
    }

    @Test func anEveningUrgentComplaintGoesToTheSecuritySupervisorAndTheDutyManager() {
        var d = IntakeDriver(at: IntakeDriver.evening)
        d.advance(to: .account)
        d.answer(["升降機困人,裡面有個老人家", ""])
        d.advance(to: .nature)
        #expect(d.shown(.dim).contains { $0.contains("困人") }, "the suggestion names the words")
        #expect(d.promptDefault == Nature.urgent.name(in: .zhHant))
        d.send("")
        #expect(d.state.record.nature == .urgent)
        d.advance(to: .routed)
        let lines = d.shown().joined(separator: "\n")
        #expect(lines.contains("葉文傑") && lines.contains("馮柏豪"))
        #expect(d.routed().contains { $0.handler == .dutySecuritySupervisor && $0.notify.starts(with: [.dutySecuritySupervisor, .dutyManager]) })
    }

    @Test func aSuggestionSkipsNatureAndHasNoDeadline() {
        var d = IntakeDriver()
        d.advance(to: .kind)
        d.send("s")
        #expect(d.state.question == .category, "nature does not apply to a suggestion")
        d.advance(to: .routed)
        #expect(d.shown().contains { $0.contains("不屬投訴") })
        #expect(d.routed().contains { $0.deadline == nil })
        d.advance(to: .confirm)
        d.send("y")
        #expect(d.state.outcome == .received)
        #expect(d.state.record.kind == .suggestion)
    }

    @Test func englishAndSimplifiedSpeakTheirOwnWords() {
        let en = IntakeDriver(language: .en)
        #expect(en.promptLabel == "Channel")
        #expect(en.shown(.cue).allSatisfy { $0.hasPrefix("Guideline") })
        let hans = IntakeDriver(language: .zhHans)
        #expect(hans.promptLabel == "投诉方式")
    }
}
