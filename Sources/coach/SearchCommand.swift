import ArgumentParser
import CoachEngine
import CoachText
import CoachStore
import ComplaintDomain
import Foundation

/// `coach search TEXT`: cases whose records or transcripts contain the text.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find cases by what was said or recorded, in Chinese or English (漏水, 電梯, lift B…).",
        discussion: """
            Any length works: three characters or more use SQLite's trigram index, one or two (漏水, 電梯) \
            an index of single characters and pairs. Matching ignores case and full/half width. \
            Training calls are left out unless --training.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "What to look for.")
    var text: [String]

    @Option(help: "Only this building.") var building: String?
    @Option(help: "Received on or after this day (YYYY-MM-DD).") var from: String?
    @Option(help: "Received before the end of this day (YYYY-MM-DD).") var to: String?
    @Option(help: "Only this stage.") var stage: Stage?
    @Flag(help: "Training calls too.") var training = false
    @Option(help: "At most this many cases.") var limit = 20

    func run() throws {
        try Failure.report {
            let (catalogue, store) = try Startup.load(options)
            let calendar = catalogue.organization.calendar
            let language = options.language
            func day(_ text: String?, name: String) throws -> LocalDate? {
                guard let text else { return nil }
                guard let day = LocalDate(iso: text) else { throw Failure("--\(name) takes a day like 2026-03-01", code: 2) }
                return day
            }
            let query = SearchQuery(text: text.joined(separator: " "), building: building,
                                    from: try day(from, name: "from").map { calendar.moment($0, ClockTime(hour: 0, minute: 0)) },
                                    to: try day(to, name: "to").map { calendar.moment(calendar.next($0), ClockTime(hour: 0, minute: 0)) },
                                    stage: stage, includeTraining: training, limit: limit)
            let hits: [SearchHit]
            do { hits = try store.search(query) } catch { throw Failure("\(error)") }
            let presenter = Presenter(interactive: isatty(STDOUT_FILENO) == 1, environment: options.environment)
            guard !hits.isEmpty else {
                print(language.pick("找不到「\(query.text)」。", "找不到「\(query.text)」。", "Nothing found for \"\(query.text)\"."))
                return
            }
            let caseText = CaseText(organization: catalogue.organization, language: language)
            for hit in hits {
                let r = hit.file.record
                let place = SafeText.line([r.building, r.unit].compactMap { $0 }.joined(separator: " "))
                print(presenter.render(OutputLine(.heading, "\(r.caseNumber)  \(calendar.describe(r.receivedAt, in: language))  "
                    + "\(r.stage.name(in: language))  \(place)")) + (caseText.timeLeft(hit.file, at: Date()).map { "  " + $0 } ?? ""))
                for line in hit.lines {
                    print("  " + presenter.highlight(DisplayWidth.truncate(SafeText.line(line), to: 74), query.text))
                }
            }
            print(language.pick("coach case 個案編號 查看詳情", "coach case 个案编号 查看详情", "coach case NUMBER opens one"))
        }
    }
}
