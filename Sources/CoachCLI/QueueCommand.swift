import ArgumentParser
import CoachEngine
import CoachStore
import CoachText
import ComplaintDomain
import Foundation

/// `coach queue` (also at the desk): what needs someone now, most pressing first, with who
/// should act and what to type.
struct QueueCommand: OfficeCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "What needs someone now: urgent drafts, urgent cases not dispatched, overdue, due within two hours, "
            + "not yet with a department, follow-up calls due — each with who should act.",
        discussion: """
            Each case is listed once, under the first of these that applies, longest wait or nearest deadline first. \
            Who should act is the first role the regulation gives the next step: for a duty role, the person the \
            rota has on duty now, with their phone number. A follow-up call is due from the reply; after a call that \
            did not reach the caller, again on another day.
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Only what I should act on (or the calls I took and did not finish).") var mine = false

    var readsOnly: Bool { true }

    func run() throws {
        try runInOffice()
    }

    func lines(in office: CaseOffice, at now: Date) throws -> [OutputLine] {
        let open = try office.store.files(CaseFilter(openOnly: true, includeDrafts: true, limit: Int.max))
        var items = CaseQueue(organization: office.organization).items(open, at: now)
        if mine { items = items.filter { $0.actor.includes(office.staff) } }
        return QueueText(organization: office.organization, language: office.language).lines(items, at: now)
    }
}

extension CaseQueue.Actor {
    /// Whether `staff` is the one named to act.
    func includes(_ staff: String) -> Bool {
        switch self {
        case .taker(let id, _): id == staff
        case .role(_, let onDuty?, _): onDuty.id == staff
        case .role(_, nil, let holders): holders.contains { $0.id == staff }
        }
    }
}
