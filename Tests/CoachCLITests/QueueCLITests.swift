import Foundation
import Testing

/// `coach queue` through the real binary, and `queue` at the desk: an urgent call left unfinished
/// comes first with who took it; a case waiting for a department names the security supervisor on
/// duty now (a holiday, so after hours); once replied, its follow-up call is due, and a call that
/// did not reach the caller puts the next try on another day.
@Suite struct QueueCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    /// Today's security supervisor shifts: 葉文傑 08:00–20:00, 郭麗珊 20:00–08:00.
    static let supervisors = ["葉文傑 yip.mk 9123 4540", "郭麗珊 kwok.ls 9123 4541"]

    @Test func theQueueListsWhatNeedsSomeoneNowInOrder() throws {
        let desk = try Desk(hours: .afterHours)
        let number = try desk.intake()
        // An urgent call that wong.ky marked urgent and left unfinished.
        let left = try desk.coach([], staff: "wong.ky", stdin: "走廊有煙\n:urgent\n:save\n")
        #expect(left.status == 0, "\(left.stderr)")
        let draft = try #require(try desk.value("SELECT case_number FROM cases WHERE stage = 'draft'").firstMatch(of: /\d{6}-\d{3}/)
            .map { String($0.output) })

        let shown = try desk.coach(["queue"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.components(separatedBy: "\n")
        #expect(lines.first?.hasSuffix("— needs someone now: 2") == true, "\(shown.stdout)")
        let urgent = try #require(lines.firstIndex(of: "Urgent: intake not finished (1)"), "\(shown.stdout)")
        let waiting = try #require(lines.firstIndex(of: "Not yet with a department (1)"), "\(shown.stdout)")
        #expect(urgent < waiting)
        #expect(lines[urgent + 1].hasPrefix("  \(draft)  waiting "))
        #expect(lines[urgent + 2].hasSuffix("→ who took it: 黃嘉儀 wong.ky · coach resume \(draft)"), "\(lines[urgent + 2])")
        #expect(lines[waiting + 1].hasPrefix("  \(number)  waiting ") && lines[waiting + 1].hasSuffix("Lifts · A座 12樓B室 · The lift stopped last night"),
                "\(lines[waiting + 1])")
        #expect(Self.supervisors.contains { lines[waiting + 2].hasSuffix("→ security supervisor on duty \($0) · dispatch \(number) DEPARTMENT") },
                "\(lines[waiting + 2])")

        // Only what wong.ky should act on.
        let mine = try desk.coach(["queue", "--mine"], staff: "wong.ky")
        #expect(mine.stdout.contains(draft) && !mine.stdout.contains(number), "\(mine.stdout)")

        // Handled and replied: the follow-up call is due.
        for (words, staff) in [(["dispatch", "engineering"], "yip.mk"), (["feedback", "已更換控制板"], "siu.kc"), (["reply"], "lee.ch")] {
            let result = try desk.coach(["case", number] + words, staff: staff)
            #expect(result.status == 0, "\(words[0]): \(result.stderr)")
        }
        let due = try desk.coach(["queue"]).stdout
        #expect(due.contains("Follow-up calls due (1)") && due.contains("· follow-up \(number)"), "\(due)")
        // A call that did not reach the caller: not due again today.
        #expect(try desk.coach(["case", number, "follow-up", "--not-reached", "無人接聽"]).status == 0)
        let later = try desk.coach(["queue"]).stdout
        #expect(!later.contains(number) && later.contains(draft), "\(later)")

        // The same at the desk, in Chinese.
        let atDesk = try CoachProcess.run(["desk", "--guidance", desk.guidance.path, "--db", desk.db, "--lang", "zh-Hant", "--staff", "chan.mw"],
                                          stdin: "queue\nquit\n", environment: desk.environment)
        #expect(atDesk.status == 0, "\(atDesk.stderr)")
        #expect(atDesk.stdout.contains("緊急：接訴未完成（1）") && atDesk.stdout.contains("→ 接訴人 黃嘉儀 wong.ky · coach resume \(draft)"),
                "\(atDesk.stdout)")
    }

    @Test func anEmptyQueueSaysSo() throws {
        let desk = try Desk(hours: .afterHours)
        _ = try desk.coach(["guidance"])
        // A database with no case: made by a command that writes, then read by the queue.
        #expect(try desk.coach(["desk"], stdin: "quit\n").status == 0)
        let shown = try desk.coach(["queue"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasSuffix(": nothing needs anyone now.\n"), "\(shown.stdout)")
    }
}
