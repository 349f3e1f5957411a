import ArgumentParser
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation
import Guidance
import LineEditor
import Training

/// `coach train [NAME]`: handle a mock complaint with a simulated caller, then read the scorecard.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Practise on a mock complaint with a simulated caller; a scorecard at the end.",
        discussion: """
            The same intake as a live call. Start a line with > to say it to the caller: their mood \
            answers what you say. Training calls are recorded like live ones, marked as training, \
            and never counted in real statistics. Without NAME, the scenarios are listed to choose from.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The scenario's name (its file name in guidance/scenarios/), or its number in the list.")
    var scenario: String?

    @Flag(help: "Exam: no cues and no phrases to say.")
    var exam = false

    @Option(help: "Seed for the caller's choice of words (default: from the scenario's name), to replay a call exactly.")
    var seed: UInt64?

    @Option(name: .customLong("play"), help: ArgumentHelp(
        "Play a YAML list of timed actions against the scenario on a virtual clock and print the scorecard; nothing is saved. A name instead of a file plays the scenario's own play of that name.",
        valueName: "file"))
    var playFile: String?

    @Flag(help: "With --play: print the scorecard as one JSON object.")
    var json = false

    func validate() throws {
        if playFile != nil, scenario == nil { throw ValidationError("--play needs the scenario's NAME") }
        if json, playFile == nil { throw ValidationError("--json goes with --play FILE") }
    }

    func run() throws {
        if let playFile {
            return try PlayCommand(options: options, scenario: scenario ?? "", file: playFile, json: json, seed: seed).run()
        }
        let (catalogue, store) = try Startup.load(options)
        try JournalCheck.replay(store, language: options.language)
        let material = try options.loadTraining(catalogue)
        let staff = options.staffID
        let language = options.language
        guard catalogue.organization.member(staff) != nil else {
            let ids = catalogue.organization.staff.map(\.id).joined(separator: ", ")
            throw Failure(language.pick("\(staff) 不在名冊上；請用 --staff ID 以名冊上的身份訓練：\(ids)",
                                        "\(staff) 不在名册上；请用 --staff ID 以名册上的身份训练：\(ids)",
                                        "\(staff) is not on the roster; train as one of them with --staff ID: \(ids)"))
        }
        let source = Terminal.source(environment: options.environment)
        guard let chosen = try choose(material.scenarios, source: source, language: language) else { return }

        // A mock complaint is received when its scenario says: the case opens at that moment.
        let record = try store.openCase(receivedAt: chosen.receivedAt, receivedBy: staff, isTraining: true,
                                        calendar: catalogue.organization.calendar)
        let engine = TrainingEngine(catalogue: catalogue, language: language, scenario: chosen,
                                    speech: material.speech, exam: exam)
        var state = TrainingState(record: record, scenario: chosen, exam: exam, seed: seed, pickedUp: Date())
        let first = engine.begin(&state)
        let presenter = Presenter(interactive: source.isInteractive, environment: options.environment)
        let session = IntakeSession(engine: engine, store: store, source: source, presenter: presenter, staff: staff, state: state,
                                    words: IntakeWords(language: language, organization: catalogue.organization))
        let outcome = session.run(first)
        try JournalCheck.settled(session, language: options.language)
        guard outcome == .received else { return }

        try TrainingScore(catalogue: catalogue, material: material, store: store, language: language, staff: staff)
            .finish(session.state, scenario: chosen, source: source, presenter: presenter, at: Date())
    }

    /// The scenario named on the command line, or one picked from the list.
    private func choose(_ scenarios: [Scenario], source: LineSource, language: Language) throws -> Scenario? {
        func find(_ choice: String) -> Scenario? {
            if let n = Int(choice), (1...scenarios.count).contains(n) { return scenarios[n - 1] }
            return scenarios.first { $0.id == choice }
        }
        if let scenario {
            guard let found = find(scenario) else {
                throw Failure("no scenario \"\(scenario)\"; coach train lists them: \(scenarios.map(\.id).joined(separator: ", "))")
            }
            return found
        }
        var table = TextTable(header: ["#", language.pick("名稱", "名称", "name"), language.pick("語言", "语言", "lang"),
                                       language.pick("方式", "方式", "channel"), language.pick("情緒", "情绪", "mood"),
                                       language.pick("內容", "内容", "title")])
        for (index, scenario) in scenarios.enumerated() {
            table.rows.append(["\(index + 1)", scenario.id, scenario.language.rawValue, scenario.channel.name(in: language),
                               scenario.mood.name(in: language), scenario.title])
        }
        for line in table.render(indent: "  ") { source.write(line + "\n") }
        while true {
            let prompt = language.pick("練習哪一個？（編號或名稱） › ", "练习哪一个？（编号或名称） › ", "Which one? (number or name) › ")
            switch source.read(LinePrompt(plain: prompt, completions: scenarios.map(\.id), history: HistoryPolicy(leadingWords: 1))) {
            case .line(let line), .undecodable(let line, _, _):
                let choice = line.trimmingCharacters(in: .whitespaces)
                if let found = find(choice) { return found }
                source.write(language.pick("沒有「\(choice)」；請輸入 1 至 \(scenarios.count) 或名稱。\n",
                                           "没有「\(choice)」；请输入 1 至 \(scenarios.count) 或名称。\n",
                                           "There is no \"\(choice)\"; give 1 to \(scenarios.count) or a name.\n"))
            case .interrupted: continue
            case .endOfInput: return nil
            }
        }
    }
}
