import ArgumentParser
import CivilTime
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation

/// `coach calibration [--month M]`: how far the supervisors who scored the same calls
/// (`coach review N --score`) agree — per criterion, the calls they split on most, and each
/// against the others' majority — so the office can see which criteria mean the same to all.
struct CalibrationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibration",
        abstract: "How far supervisors who scored the same calls agree: per criterion, the widest splits, each against the group.",
        discussion: """
            Supervisors score calls on their own with coach review N --score. Per criterion: each pair's percent \
            agreement and Cohen's kappa, and across them all the mean of the pairs' kappas. Then the calls with the \
            widest disagreement, and each supervisor against the others' majority. Only calls scored by two or more count.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only calls received in this month, YYYY-MM. Default: every call scored.", transform: Month.parse)
    var month: Month?

    func run() throws {
        let (catalogue, store) = try Startup.load(options, readOnly: true)
        let calendar = catalogue.organization.calendar
        let midnight = ClockTime(hour: 0, minute: 0)
        let cards = try store.calibrationCards(from: month.map { calendar.moment($0.firstDay, midnight) },
                                               to: month.map { calendar.moment($0.shifted(by: 1).firstDay, midnight) })
        let text = CalibrationText(catalogue: catalogue, language: options.language)
        let figures = CalibrationFigures(cards: cards)
        guard figures.calls.count > 0 else {
            throw Failure(text.tooFewReviewers(Set(cards.map(\.reviewer)).sorted(), period: month?.description))
        }
        let presenter = Presenter(interactive: isatty(STDOUT_FILENO) == 1, environment: options.environment)
        for line in text.report(figures, period: month?.description) { print(presenter.render(line)) }
    }
}
