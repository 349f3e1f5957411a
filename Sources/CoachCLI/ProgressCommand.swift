import ArgumentParser
import CoachEngine
import CoachText
import CoachStore
import ComplaintDomain
import Foundation

/// `coach progress [STAFF]`: a trainee's training scores over time, by guideline, weakest first
/// (guideline 12: keep learning).
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "A trainee's training scores over time, by guideline, the weakest first.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The trainee's staff id. Default: whoever is at the desk (--staff, COACH_STAFF, login name).")
    var trainee: String?

    func run() throws {
        let (catalogue, store) = try Startup.load(options, readOnly: true)
        let staff = trainee ?? options.staffID
        let language = options.language
        let results = try store.trainingResults(staff: staff)
        let name = catalogue.organization.member(staff)?.name ?? staff
        let text = ScorecardText(catalogue: catalogue, language: language)
        let scenarios = (try? options.loadTraining(catalogue))?.scenarios ?? []
        let cards = results.compactMap { try? JSONDecoder().decode(Scorecard.self, from: $0.scorecard) }
        let progress = TrainingProgress(cards: cards)
        let next = progress.next(from: scenarios, played: Dictionary(results.map { ($0.scenario, 1) }, uniquingKeysWith: +))
        defer {
            if let next {
                let why = next.item.map { language.pick("（加強：\(text.name($0))）", "（加强：\(text.name($0))）", " (to work on: \(text.name($0)))") } ?? ""
                print("")
                print(language.pick("下一個：", "下一个：", "Next: ") + "coach train \(next.scenario.id)" + why)
            }
        }
        guard !results.isEmpty else {
            print(language.pick("\(name) 還沒有訓練記錄；coach train 開始。", "\(name) 还没有训练记录；coach train 开始。",
                                "No training yet for \(name); coach train starts one."))
            return
        }
        let calendar = catalogue.organization.calendar
        print(language.pick("\(name) 的訓練（\(results.count) 次）", "\(name) 的训练（\(results.count) 次）",
                            "Training of \(name) (\(results.count) calls)"))
        var sessions = TextTable(header: [language.pick("日期", "日期", "date"), language.pick("個案", "个案", "case"),
                                          language.pick("情境", "情境", "scenario"), language.pick("分數", "分数", "score"),
                                          language.pick("來電者", "来电者", "caller")])
        for result in results {
            let score = "\(result.total)" + (result.failed ? language.pick(" 不合格", " 不合格", " FAIL") : "")
                + (result.exam ? language.pick("（考核）", "（考核）", " (exam)") : "")
            sessions.rows.append([calendar.describe(result.finishedAt, in: language), result.caseNumber.description,
                                  result.scenario, score,
                                  "\(result.moodStart.name(in: language)) → \(result.moodEnd.name(in: language))"])
        }
        sessions.render(indent: "  ").forEach { print($0) }

        print("")
        print(language.pick("各項表現（最弱在先）", "各项表现（最弱在先）", "By guideline and item (weakest first)"))
        var items = TextTable(header: ["", language.pick("平均", "平均", "average"), language.pick("最近", "最近", "latest"),
                                       language.pick("次數", "次数", "calls")])
        for row in progress.weakestFirst {
            items.rows.append([text.name(row.item), "\(row.average)%", text.result(row.latest), "\(row.count)"])
        }
        items.render(indent: "  ").forEach { print($0) }
        if let trend = progress.trend {
            print("")
            print(language.pick("總分：首次 \(trend.first)，最近 \(trend.latest)", "总分：首次 \(trend.first)，最近 \(trend.latest)",
                                "Total: first \(trend.first), latest \(trend.latest)"))
        }
    }
}
