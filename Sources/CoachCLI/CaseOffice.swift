import ArgumentParser
import CaseEvents
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation
import Guidance
import Training

/// What the case commands and the desk share: the guidance read, the database open, who is at
/// the desk and in which language — find a case, act on it, and say what happened.
struct CaseOffice {
    let catalogue: GuidanceCatalogue
    let store: any CaseStore
    let language: Language
    let staff: String
    /// Where the guidance came from, for the training material a review scores with.
    let options: GlobalOptions

    /// Reads the guidance and opens the database the options name; `readOnly` for a command
    /// that only reads (the database is then never created, migrated or written).
    init(_ options: GlobalOptions, readOnly: Bool = false) throws {
        (catalogue, store) = try Startup.load(options, readOnly: readOnly)
        language = options.language
        staff = options.staffID
        self.options = options
    }

    var organization: Organization { catalogue.organization }
    var desk: CaseDesk { CaseDesk(organization: organization) }
    var text: CaseText { CaseText(organization: organization, language: language) }

    /// The scenarios and phrase lexicons, read when a review or a score needs them.
    func training() throws -> TrainingMaterial {
        try options.loadTraining(catalogue)
    }

    func file(_ number: CaseNumber) throws -> CaseFile {
        guard let file = try store.file(number) else {
            throw Failure(language.pick("沒有個案 \(number)。", "没有个案 \(number)。", "There is no case \(number)."))
        }
        return file
    }

    /// The lines `coach case N` shows, with who is on duty from the routing stored at receipt.
    func show(_ number: CaseNumber, at now: Date) throws -> [OutputLine] {
        let file = try file(number)
        // The last routing shown is the one the intake ended with (marking it urgent routes again).
        let routing = try store.transcript(of: number).reversed().lazy.compactMap { entry -> RoutingDecision? in
            if case .routed(let decision) = entry.event { decision } else { nil }
        }.first
        return text.detail(file, at: now, next: desk.nextSteps(file), routing: routing)
    }

    /// Carries out `words` (ACTION CASE …, as checked by `coach case`'s parser); the lines to
    /// show, or a Failure saying why not.
    func act(_ words: [String], at now: Date) throws -> [OutputLine] {
        let request: CaseRequest
        switch CaseRequest.parse(words, organization: organization) {
        case .success(let parsed): request = parsed
        case .failure(let error): throw Failure(text.parseError(error), code: 2)
        }
        _ = try file(request.number)
        // Checked and written in one transaction: another desk's action in between is seen, not overwritten.
        let result = try store.change(request.number) { file -> CaseChange<Result<CaseDesk.Outcome, CaseDesk.Refusal>> in
            let decided = desk.perform(request, on: file, by: staff, at: now)
            guard case .success(let outcome) = decided else { return .leave(decided) }
            return .save(outcome.file, outcome.events, decided)
        }
        switch result {
        case .failure(let refusal):
            throw Failure(text.refusal(refusal))
        case .success(let outcome):
            let done = language.pick("已\(request.action.name(in: language))：個案 \(request.number) 現在是「\(outcome.file.record.stage.name(in: language))」。",
                                     "已\(request.action.name(in: language))：个案 \(request.number) 现在是「\(outcome.file.record.stage.name(in: language))」。",
                                     "Done — \(request.action.name(in: language)): case \(request.number) is now \(outcome.file.record.stage.name(in: language)).")
            return [OutputLine(.success, done)] + desk.nextSteps(outcome.file).prefix(1).map { step in
                OutputLine(.dim, language.pick("下一步：", "下一步：", "Next: ") + "\(CaseRequest.word(for: step.action)) · "
                           + step.people.map(\.name).joined(separator: language == .en ? ", " : "、"))
            }
        }
    }
}

/// A command that works on the office's cases, parsed from the same words on the command line
/// and at the desk: `coach case …` loads the guidance and the database and shows its lines;
/// `coach desk` parses a typed line into the same command and shows them with its own office.
protocol OfficeCommand: ParsableCommand {
    var options: GlobalOptions { get }

    /// What the command shows, worked out at `now`. Who is at the desk, the language and the
    /// guidance come from `office`, not from `options`.
    func lines(in office: CaseOffice, at now: Date) throws -> [OutputLine]

    /// It only reads: on the command line the database is opened read-only (never created).
    var readsOnly: Bool { get }
}

extension OfficeCommand {
    var readsOnly: Bool { false }

    /// The command line's run: the office the options name (read-only for a command that only
    /// reads), the clock read once, the lines printed (in colour on a terminal).
    func runInOffice() throws {
        let office = try CaseOffice(options, readOnly: readsOnly)
        let presenter = Presenter(interactive: isatty(STDOUT_FILENO) == 1, environment: options.environment)
        for line in try lines(in: office, at: Date()) {
            print(presenter.render(line))
        }
    }
}
