import CoachEngine
import CoachText
import CoachStore
import ComplaintDomain
import Foundation

/// What the case commands and the desk share: find a case, act on it, and say what happened,
/// in the staff member's language.
struct CaseOffice {
    let catalogue: GuidanceCatalogue
    let store: CoachStore
    let language: Language
    let staff: String

    var organization: Organization { catalogue.organization }
    var desk: CaseDesk { CaseDesk(organization: organization) }
    var text: CaseText { CaseText(organization: organization, language: language) }

    func file(_ number: CaseNumber) throws -> CaseFile {
        do {
            guard let file = try store.file(number) else {
                throw Failure(language.pick("沒有個案 \(number)。", "没有个案 \(number)。", "There is no case \(number)."))
            }
            return file
        } catch let error as StoreError {
            throw Failure("\(error)")
        }
    }

    /// The lines `coach case N` shows.
    func show(_ number: CaseNumber, at now: Date = Date()) throws -> [OutputLine] {
        let file = try file(number)
        return text.detail(file, at: now, next: desk.nextSteps(file))
    }

    /// Carries out `words` (ACTION CASE …); the lines to show, or a Failure saying why not.
    func act(_ words: [String], at now: Date = Date()) throws -> [OutputLine] {
        let request: CaseRequest
        switch CaseRequest.parse(words, organization: organization) {
        case .success(let parsed): request = parsed
        case .failure(let error): throw Failure(text.parseError(error), code: 2)
        }
        let file = try file(request.number)
        switch desk.perform(request, on: file, by: staff, at: now) {
        case .failure(let refusal):
            throw Failure(text.refusal(refusal))
        case .success(let outcome):
            do {
                try store.save(outcome.file, events: outcome.events)
            } catch {
                throw Failure("\(error)")
            }
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
