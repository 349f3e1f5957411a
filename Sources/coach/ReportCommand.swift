import ArgumentParser
import CoachEngine
import CoachText
import CoachStore
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

    @Option(help: "The month, YYYY-MM. Default: the last full month.") var month: String?
    @Option(help: "A period's first day instead of a month (YYYY-MM-DD; with --to).") var from: String?
    @Option(help: "A period's last day (YYYY-MM-DD; with --from).") var to: String?
    @Option(help: "Only this building.") var building: String?
    @Option(help: "table (80 columns), csv, json, md or html.") var format: Format = .table
    @Option(name: [.short, .long], help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try Failure.report {
            let (catalogue, store) = try Startup.load(options)
            let calendar = catalogue.organization.calendar
            let language = options.language
            let periods = try self.periods(calendar)
            func figures(_ period: Period) throws -> (PeriodFigures, [Scorecard]) {
                do {
                    let (f, cards) = try store.figures(from: period.from, to: period.to, building: building)
                    return (f, cards.compactMap { try? JSONDecoder().decode(Scorecard.self, from: $0) })
                } catch {
                    throw Failure("\(error)")
                }
            }
            let (current, currentCards) = try figures(periods.current)
            let (previous, previousCards) = try figures(periods.previous)
            var trend: [(label: String, rate: Double?)] = []
            for period in periods.trend {
                switch period.label {
                case periods.current.label: trend.append((period.label, current.onTimeRate))
                case periods.previous.label: trend.append((period.label, previous.onTimeRate))
                default:
                    do { trend.append((period.label, try store.onTimeRate(from: period.from, to: period.to, building: building))) } catch {
                        throw Failure("\(error)")
                    }
                }
            }
            let digest: ChainDigest
            do { digest = try store.digest() } catch { throw Failure("\(error)") }
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
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else { throw Failure("cannot write \(output)") }
                print(language.pick("已寫入 \(output)", "已写入 \(output)", "Written to \(output)"))
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    struct Period {
        var label: String
        var from: Date
        var to: Date
    }

    /// This period, the one before it, and six months of on-time trend.
    private func periods(_ calendar: WorkingCalendar) throws -> (current: Period, previous: Period, trend: [Period]) {
        let midnight = ClockTime(hour: 0, minute: 0)
        func monthPeriod(_ year: Int, _ month: Int) -> Period {
            let first = LocalDate(year: year, month: month, day: 1)
            let next = month == 12 ? LocalDate(year: year + 1, month: 1, day: 1) : LocalDate(year: year, month: month + 1, day: 1)
            return Period(label: String(format: "%04d-%02d", year, month), from: calendar.moment(first, midnight), to: calendar.moment(next, midnight))
        }
        func shift(_ year: Int, _ month: Int, by months: Int) -> (Int, Int) {
            let index = year * 12 + (month - 1) + months
            return (index / 12, index % 12 + 1)
        }
        if from != nil || to != nil {
            guard let fromText = from, let toText = to, let first = LocalDate(iso: fromText), let last = LocalDate(iso: toText), first <= last else {
                throw Failure("--from and --to take days like 2026-11-01 and 2026-11-30, the first not after the last", code: 2)
            }
            let start = calendar.moment(first, midnight), end = calendar.moment(calendar.next(last), midnight)
            let length = end.timeIntervalSince(start)
            let current = Period(label: "\(first)–\(last)", from: start, to: end)
            let previous = Period(label: "\(calendar.localDate(of: start.addingTimeInterval(-length)))–\(calendar.localDate(of: start.addingTimeInterval(-1)))",
                                  from: start.addingTimeInterval(-length), to: start)
            return (current, previous, [previous, current])
        }
        let (year, monthNumber): (Int, Int)
        if let text = month {
            let parts = text.split(separator: "-")
            guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), parts[0].count == 4 else {
                throw Failure("--month takes a month like 2026-11", code: 2)
            }
            (year, monthNumber) = (y, m)
        } else {
            let today = calendar.localDate(of: Date())
            (year, monthNumber) = shift(today.year, today.month, by: -1)
        }
        let trend = (-5...0).map { offset -> Period in
            let (y, m) = shift(year, monthNumber, by: offset)
            return monthPeriod(y, m)
        }
        return (trend[5], trend[4], trend)
    }
}
