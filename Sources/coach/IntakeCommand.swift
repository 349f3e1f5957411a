import ArgumentParser
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation

/// `coach intake` (and plain `coach`): take a complaint, step by step.
struct IntakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Take a complaint: Coach leads you through it and fills in the record (the default).",
        discussion: """
            Seven steps: start, listen, check, respond, classify, route, close. At every prompt: \
            :help, :back, :show, :guide [N], :urgent, :note TEXT, :skip, :save, :quit. \
            Every line is saved as you type it; after a crash, `coach resume` continues.
            When standard input is not a terminal, lines are read plainly and echoed: \
            coach intake < script.txt
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let (catalogue, store) = try Startup.load(options)
        try JournalCheck.replay(store, language: options.language)
        let source = Terminal.source(environment: options.environment)
        let record = try store.openCase(receivedAt: Date(), receivedBy: options.staffID, calendar: catalogue.organization.calendar)
        let engine = IntakeEngine(catalogue: catalogue, language: options.language)
        var state = IntakeState(record: record)
        let first = engine.begin(&state)
        let session = IntakeSession(engine: engine, store: store, source: source,
                                    presenter: Presenter(interactive: source.isInteractive, environment: options.environment),
                                    staff: options.staffID, state: state,
                                    words: IntakeWords(language: engine.language, organization: catalogue.organization))
        _ = session.run(first)
        try JournalCheck.settled(session, language: options.language)
    }
}
