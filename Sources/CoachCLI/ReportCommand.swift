import ArgumentParser
import CivilTime
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation

/// `coach report`: the month's complaint statistics for the department manager (guideline 10).
struct ReportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, md, html
    }

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The month's complaint statistics, each figure beside the previous month's.",
        discussion: """
            Complaints and suggestions; by channel, nature, category, building and handling department; on \
            time against the deadline or overdue (and still open and overdue at month end); time to reply \
            (median, 90th percentile); follow-up calls and satisfaction; repeat complainants; guideline \
            adherence from reviewed calls. Training calls never count. Months are in the organisation's time zone.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "The month, YYYY-MM. Default: the last full month.", transform: Month.parse) var month: Month?
    @Option(help: "A period's first day instead of a month (YYYY-MM-DD; with --to).", transform: LocalDate.parse) var from: LocalDate?
    @Option(help: "A period's last day (YYYY-MM-DD; with --from).", transform: LocalDate.parse) var to: LocalDate?
    @Option(help: "Only this building.") var building: String?
    @Option(help: "table (80 columns), csv, json, md or html.") var format: Format = .table
    @Option(name: [.short, .long], help: "Write to this file instead of standard output (created 0600).") var output: String?
    @Flag(help: "Replace the -o file if it exists (never the database).") var force = false

    func validate() throws {
        if from != nil || to != nil {
            guard let from, let to, from <= to else {
                throw ValidationError("--from and --to take days like 2026-11-01 and 2026-11-30, the first not after the last")
            }
            if month != nil { throw ValidationError("give --month or --from and --to, not both") }
        }
    }

    func run() throws {
        let now = Date()
        let (catalogue, store) = try Startup.load(options, readOnly: true)
        let language = options.language
        let export = output.map { ExportFile(path: $0, force: force, database: store.path, language: language) }
        try export?.check()
        let calendar = catalogue.organization.calendar
        let periods = self.periods(calendar, now: now)
        func figures(_ period: Period) throws -> (PeriodFigures, [Scorecard]) {
            let (f, cards) = try store.figures(from: period.from, to: period.to, building: building, now: now)
            return (f, cards.compactMap { try? JSONDecoder().decode(Scorecard.self, from: $0) })
        }
        let (current, currentCards) = try figures(periods.current)
        let (previous, previousCards) = try figures(periods.previous)
        var trend: [(label: String, rate: Double?)] = []
        for period in periods.trend {
            switch period.label {
            case periods.current.label: trend.append((period.label, current.onTimeRate))
            case periods.previous.label: trend.append((period.label, previous.onTimeRate))
            default: trend.append((period.label, try store.onTimeRate(from: period.from, to: period.to, building: building, now: now)))
            }
        }
        let digest = try store.digest()
        let report = MonthReport(label: periods.current.label, previousLabel: periods.previous.label, current: current,
                                 previous: previous, currentCards: currentCards, previousCards: previousCards, trend: trend,
                                 catalogue: catalogue, language: language, digest: digest.description)
        let text: String
        switch format {
        case .table:
            let presenter = Presenter(interactive: output == nil && isatty(STDOUT_FILENO) == 1, environment: options.environment)
            text = report.table().map(presenter.render).joined(separator: "\n") + "\n"
        case .csv: text = report.csv()
        case .json: text = report.json()
        case .md: text = report.markdown()
        case .html: text = report.html()
        }
        if let output, let export {
            try export.write(text)
            print(language.pick("已寫入 \(output)", "已写入 \(output)", "Written to \(output)"))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    struct Period {
        var label: String
        var from: Date
        var to: Date
    }

    /// This period, the one before it, and six months of on-time trend; without --month or
    /// --from, the last full month before `now`.
    private func periods(_ calendar: WorkingCalendar, now: Date) -> (current: Period, previous: Period, trend: [Period]) {
        let midnight = ClockTime(hour: 0, minute: 0)
        if let first = from, let last = to {
            let start = calendar.moment(first, midnight), end = calendar.moment(calendar.next(last), midnight)
            let length = end.timeIntervalSince(start)
            let current = Period(label: "\(first)–\(last)", from: start, to: end)
            let previous = Period(label: "\(calendar.localDate(of: start.addingTimeInterval(-length)))–\(calendar.localDate(of: start.addingTimeInterval(-1)))",
                                  from: start.addingTimeInterval(-length), to: start)
            return (current, previous, [previous, current])
        }
        let chosen = month ?? Month(calendar.localDate(of: now)).shifted(by: -1)
        let trend = (-5...0).map { offset -> Period in
            let month = chosen.shifted(by: offset)
            return Period(label: month.description, from: calendar.moment(month.firstDay, midnight),
                          to: calendar.moment(month.shifted(by: 1).firstDay, midnight))
        }
        return (trend[5], trend[4], trend)
    }
}
