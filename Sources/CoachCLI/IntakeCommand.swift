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
            It opens on listening: type what the caller says, a line at a time. Every line is read \
            for danger (who is on duty and the safety advice appear at once) and for facts (unit, \
            phone, name, since when, what they want), proposed for one key after listening. Then \
            six steps: listen, check, classify, respond, route, close. At every prompt: :help, \
            :back [N], :FIELD VALUE (channel name standing building unit contact where since wants \
            cause others kind nature category), :urgent, :called NAME, :rule [N|WORD], :guide [N], \
            :note TEXT, :skip, :done, :save, :void REASON, :quit. \
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
