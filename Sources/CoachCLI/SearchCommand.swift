import ArgumentParser
import CivilTime
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation
import TextSafety

/// `coach search TEXT`: cases whose records or transcripts contain the text.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find cases by what was said or recorded, in Chinese or English (漏水, 電梯, lift B…).",
        discussion: """
            Any length works: three characters or more use a trigram index (SQLite's FTS5, or pg_trgm \
            on PostgreSQL), one or two (漏水, 電梯) an index of single characters and pairs. Matching \
            ignores case and full/half width. \
            Training calls are left out unless --training. To look for text that starts with -, \
            put -- before it: coach search -- -minus.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "What to look for (after --, it may start with -).")
    var text: [String]

    @Option(help: "Only this building.") var building: String?
    @Option(help: "Received on or after this day (YYYY-MM-DD).", transform: LocalDate.parse) var from: LocalDate?
    @Option(help: "Received before the end of this day (YYYY-MM-DD).", transform: LocalDate.parse) var to: LocalDate?
    @Option(help: "Only this stage (\(Stage.expected)).", transform: Stage.parse) var stage: Stage?
    @Flag(help: "Training calls too.") var training = false
    @Option(help: "At most this many cases.") var limit = 20

    func validate() throws {
        if let from, let to, to < from { throw ValidationError("--from \(from) is after --to \(to)") }
        guard limit >= 1 else { throw ValidationError("--limit takes a number of cases, 1 or more") }
    }

    func run() throws {
        let now = Date()
        let language = options.language
        // What is looked for is what is indexed: typed text without escape sequences.
        let shown = SafeText.line(text.joined(separator: " "))
        // Only letters, digits and Chinese characters are looked for: punctuation alone
        // (`--`, `!!!`, `…`) has nothing to find, and is said so before any database is opened.
        guard !SearchGrams.words(shown).isEmpty else {
            print(language.pick("「\(shown)」沒有可搜尋的文字（字母、數字或中文）。", "「\(shown)」没有可搜索的文字（字母、数字或中文）。",
                                "Nothing to search for in \"\(shown)\": give letters, digits or Chinese characters."))
            return
        }
        let (catalogue, store) = try Startup.load(options, readOnly: true)
        let calendar = catalogue.organization.calendar
        let midnight = ClockTime(hour: 0, minute: 0)
        let query = SearchQuery(text: shown, building: building,
                                from: from.map { calendar.moment($0, midnight) },
                                to: to.map { calendar.moment(calendar.next($0), midnight) },
                                stage: stage, includeTraining: training, limit: limit)
        let hits = try store.search(query)
        let presenter = Presenter(interactive: isatty(STDOUT_FILENO) == 1, environment: options.environment)
        guard !hits.isEmpty else {
            print(language.pick("找不到「\(shown)」。", "找不到「\(shown)」。", "Nothing found for \"\(shown)\"."))
            return
        }
        let caseText = CaseText(organization: catalogue.organization, language: language)
        for hit in hits {
            let r = hit.file.record
            let place = SafeText.line([r.building, r.unit].compactMap { $0 }.joined(separator: " "))
            print(presenter.render(OutputLine(.heading, "\(r.caseNumber)  \(calendar.describe(r.receivedAt, in: language))  "
                + "\(r.stage.name(in: language))  \(place)")) + (caseText.timeLeft(hit.file, at: now).map { "  " + $0 } ?? ""))
            for line in hit.lines {
                print("  " + presenter.highlight(DisplayWidth.truncate(SafeText.line(line), to: 74), query.text))
            }
        }
        print(language.pick("coach case 個案編號 查看詳情", "coach case 个案编号 查看详情", "coach case NUMBER opens one"))
    }
}
