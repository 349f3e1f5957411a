import Foundation
import Testing
import TestPostgres

/// Every command works the same on both engines: one office's day — calls taken (one urgent, one
/// left as a draft), a case taken through its whole life by the people allowed, the lists, the
/// queue, a review with a comment, search, the month's report, a drill, verify — played through
/// the real binary on a SQLite file and on a PostgreSQL database prints the same, command by
/// command. The two runs are seconds apart, so clock times and waits are masked.
@Suite(.serialized) struct EnginesCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    /// What one command printed, and its status.
    struct Step: Equatable, CustomStringConvertible {
        var command: String
        var status: Int32
        var output: String

        var description: String { "$ coach \(command)  [\(status)]\n\(output)" }
    }

    /// The database's name, times of day, waits and hashes, which differ between two runs of the same day.
    static func masked(_ text: String, database: String) -> String {
        text.replacingOccurrences(of: database, with: "DATABASE")
            .replacing(/\d{1,2}:\d{2}(:\d{2})?/, with: "HH:MM")
            .replacing(/\d+ (d|h|min|s)\b/) { "N \($0.output.1)" }
            .replacing(/\d+ ?(天|小時|分鐘|分|秒)/) { "N \($0.output.1)" }
            .replacing(/[0-9a-f]{16,}/, with: "HASH")
    }

    /// The day, played on one database; every step's output.
    static func day(on database: String?) throws -> [Step] {
        let desk = try Desk(hours: .inHours, database: database)
        var steps: [Step] = []
        func coach(_ arguments: [String], staff: String = "chan.mw", stdin: String = "") throws -> CoachProcess.Result {
            let result = try desk.coach(arguments, staff: staff, stdin: stdin)
            steps.append(Step(command: (arguments + ["(\(staff))"]).joined(separator: " "), status: result.status,
                              output: masked(result.stdout + result.stderr, database: desk.db)))
            return result
        }
        let taken = try coach([], stdin: CaseLifeCLITests.intakeScript(name: "陳大文", building: "A座"))
        let number = try #require(taken.stdout.firstMatch(of: /Saved: case (\d{6}-\d{3})/).map { String($0.output.1) },
                                  "the intake on \(desk.db): \(taken.stdout)\n\(taken.stderr)")
        // An urgent call, its account in Chinese, the person on duty called.
        _ = try coach(["--lang", "zh-Hant"], stdin: ["喂，B座8樓D室李太呀，成層樓好大陣煤氣味，電話 9876 5432", "u", ":called 郭麗珊", "",
                                                     ":category other", ":done", "y"].joined(separator: "\n") + "\n")
        // A call left as a draft.
        _ = try coach([], stdin: "The corridor light on 3/F is out\n:save\n")
        _ = try coach(["cases"])
        _ = try coach(["cases", "--stage", "draft"])
        _ = try coach(["queue"], staff: "lee.ch")
        _ = try coach(["case", number])
        for (words, staff) in [(["propose", "派工程部檢查升降機"], "lee.ch"), (["approve"], "chan.mw"), (["approve"], "cheung.wl"),
                               (["assign", "engineering"], "lee.ch"), (["feedback", "已更換控制板"], "siu.kc"), (["reply"], "lee.ch"),
                               (["follow-up", "--not-reached", "無人接聽"], "wong.ky"), (["follow-up", "4", "對方滿意"], "chan.mw"),
                               (["file", "--integrity"], "chan.mw")] {
            _ = try coach(["case", number] + words, staff: staff)
        }
        _ = try coach(["case", number])
        _ = try coach(["review", number, "--comment", "有問清楚樓上單位"], staff: "cheung.wl")
        _ = try coach(["review", number], staff: "cheung.wl")
        _ = try coach(["search", "升降機"])
        _ = try coach(["search", "煤氣"])
        _ = try coach(["search", "lift"])
        _ = try coach(["report", "--month", ReportSearchCLITests.thisMonth], staff: "lam.kf")
        _ = try coach(["train", "leak-third-time", "--play", "model"])
        _ = try coach(["progress"])
        _ = try coach(["verify"], staff: "cheung.wl")
        return steps
    }

    @Test func theSameDayPrintsTheSameOnSQLiteAndOnPostgreSQL() throws {
        guard let url = try TestPostgres.freshDatabase() else { return }
        defer { TestPostgres.drop(url) }
        let onFile = try Self.day(on: nil)
        let onServer = try Self.day(on: url)
        #expect(onFile.count == onServer.count)
        for (file, server) in zip(onFile, onServer) {
            #expect(file == server, "\(file.command): SQLite printed\n\(file)\nPostgreSQL printed\n\(server)")
        }
        // The day did happen: the case was filed, the urgent call received, the draft kept.
        #expect(onServer.contains { $0.command.hasPrefix("case ") && $0.command.contains("file --integrity") && $0.status == 0 })
        #expect(try TestPostgres.psql(url, "SELECT stage FROM cases ORDER BY case_number") == "archived\nreceived\ndraft")
        #expect(onServer.last?.status == 0 && onServer.last?.command.hasPrefix("verify") == true, "\(onServer.last!)")
    }
}
