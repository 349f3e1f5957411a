import ComplaintDomain
import Foundation

/// What needs someone now, in order: urgent calls whose intake is not finished, urgent cases no
/// department has been set to work on, overdue cases, cases due within two hours, cases not yet
/// with a department, and follow-up calls due — each with the step that moves it on and who
/// should take it. A case appears once, under the first that applies. `now` is passed in.
public struct CaseQueue: Sendable {
    public let organization: Organization

    public init(organization: Organization) {
        self.organization = organization
    }

    /// Why a case is in the queue, most pressing first.
    public enum Reason: Int, CaseIterable, Comparable, Sendable {
        case urgentDraft, urgentNotDispatched, overdue, dueSoon, unassigned, followUpDue

        public static func < (a: Reason, b: Reason) -> Bool { a.rawValue < b.rawValue }
    }

    /// Who should act.
    public enum Actor: Equatable, Sendable {
        /// The intake is not finished: whoever took the call (on the roster or not).
        case taker(id: String, member: StaffMember?)
        /// A role the regulation gives the step: for a duty role, who the rota has on duty now
        /// (or, when nobody is rostered, its holders); otherwise everyone holding it.
        case role(Role, onDuty: StaffMember?, holders: [StaffMember])
    }

    /// How long: the moment the wait is counted from, or the deadline.
    public enum Clock: Equatable, Sendable {
        case waitingSince(Date)
        case overdueSince(Date)
        case dueAt(Date)

        var moment: Date {
            switch self {
            case .waitingSince(let date), .overdueSince(let date), .dueAt(let date): date
            }
        }
    }

    public struct Item: Equatable, Sendable {
        public var reason: Reason
        public var file: CaseFile
        /// The step that moves it on; nil for a call whose intake is not finished (resume it).
        public var step: CaseAction?
        public var actor: Actor
        public var clock: Clock
    }

    /// How soon a deadline counts as close.
    public static let dueSoon: TimeInterval = 2 * 3600

    /// The items among `files`, in order: by reason, then the longest wait or the nearest deadline first.
    public func items(_ files: [CaseFile], at now: Date) -> [Item] {
        files.compactMap { item($0, at: now) }.sorted {
            ($0.reason, $0.clock.moment, $0.file.record.caseNumber.description)
                < ($1.reason, $1.clock.moment, $1.file.record.caseNumber.description)
        }
    }

    func item(_ file: CaseFile, at now: Date) -> Item? {
        let record = file.record
        guard !record.isTraining else { return nil }
        if record.stage == .draft {
            guard record.nature == .urgent else { return nil }
            return Item(reason: .urgentDraft, file: file, step: nil,
                        actor: .taker(id: record.receivedBy, member: organization.member(record.receivedBy)),
                        clock: .waitingSince(record.receivedAt))
        }
        guard let step = Self.step(file) else { return nil }
        func item(_ reason: Reason, _ clock: Clock) -> Item {
            Item(reason: reason, file: file, step: step, actor: actor(for: step, file, at: now), clock: clock)
        }
        if record.kind == .complaint, record.nature == .urgent, record.stage == .received {
            return item(.urgentNotDispatched, .waitingSince(record.receivedAt))
        }
        if let deadline = file.life.deadline, !file.isHandled {
            if file.isOverdue(at: now) { return item(.overdue, .overdueSince(deadline)) }
            if deadline.timeIntervalSince(now) <= Self.dueSoon { return item(.dueSoon, .dueAt(deadline)) }
        }
        if record.kind == .complaint, [.propose, .approve, .dispatch, .assign].contains(step) {
            return item(.unassigned, .waitingSince(record.receivedAt))
        }
        if record.kind == .complaint, record.stage == .replied, let since = followUpDue(file, at: now) {
            return item(.followUpDue, .waitingSince(since))
        }
        return nil
    }

    /// The step that usually moves the case on from where it stands, or nil once it is filed.
    static func step(_ file: CaseFile) -> CaseAction? {
        let complaint = file.record.kind == .complaint
        switch file.record.stage {
        case .received: return !complaint ? .reply : file.life.needsApproval ? .propose : .dispatch
        case .awaitingApproval: return .approve
        case .inHandling: return file.life.departments.isEmpty ? .assign : .recordFeedback
        case .handled: return .reply
        case .replied: return !complaint || file.progress.callerUnreachable ? .file : .followUp
        case .followedUp: return .file
        case .draft, .archived, .voided: return nil
        }
    }

    /// Since when a follow-up call has been due: the reply, or the last call that did not reach
    /// the caller; nil when such a call was made today (the next try is on another day).
    private func followUpDue(_ file: CaseFile, at now: Date) -> Date? {
        let calendar = organization.calendar
        guard let last = file.life.followUpAttempts.last(where: { !$0.reached }) else {
            return file.life.repliedAt ?? file.record.receivedAt
        }
        if !file.progress.callerUnreachable, last.day == calendar.localDate(of: now) { return nil }
        return last.at
    }

    /// The first role the regulation gives the step, and who holds it now.
    private func actor(for step: CaseAction, _ file: CaseFile, at now: Date) -> Actor {
        let role = Authority.roles(for: step, handler: file.life.handler).first ?? .propertyGroupLead
        guard role.isOnDuty else { return .role(role, onDuty: nil, holders: organization.staff(holding: role)) }
        let duty = organization.onDuty(role, at: now)
        return .role(role, onDuty: duty.staff, holders: duty.holders)
    }
}
