import CaseEvents
import ComplaintDomain
import Foundation
import TextSafety

/// The case's life after intake, as a pure function: a request, the case, who and when in;
/// the case as it now stands and the transcript lines that say what happened out — or why not.
public struct CaseDesk: Sendable {
    public let organization: Organization

    public init(organization: Organization) {
        self.organization = organization
    }

    public enum Refusal: Error, Equatable, Sendable {
        /// The role does not allow it; who may.
        case notAllowed(ActionRefused)
        /// The stage does not allow it yet (or any more); what is allowed now.
        case notNow(IllegalTransition)
        /// Filing before the reply and the follow-up: the steps still to do.
        case stepsMissing([CaseAction])
        /// Replying another way than the complaint came needs a reason (regulation 8).
        case replyChannel(expected: ReplyChannel)
        /// Filing needs the integrity note confirmed (guideline 11).
        case integrityUnconfirmed
        /// A training call ends at intake; it has no life to act on.
        case training
    }

    public struct Outcome: Equatable, Sendable {
        public var file: CaseFile
        public var events: [TranscriptEvent]
    }

    public func perform(_ request: CaseRequest, on file: CaseFile, by staff: String, at now: Date) -> Result<Outcome, Refusal> {
        if file.record.isTraining { return .failure(.training) }
        if let refused = Authority.check(request.action, by: staff, in: organization, handler: file.life.handler) {
            return .failure(.notAllowed(refused))
        }
        var progress = file.progress
        if request.action == .file, file.record.kind == .complaint, progress.stage != .archived, progress.target(of: .file) == nil {
            return .failure(.stepsMissing(Self.stepsBeforeFiling(progress)))
        }
        if request.action == .reply, let via = request.via, via != file.record.channel.replyChannel, (request.reason ?? "").isEmpty {
            return .failure(.replyChannel(expected: file.record.channel.replyChannel))
        }
        if request.action == .file, !request.integrity {
            return .failure(.integrityUnconfirmed)
        }
        let transition: StageTransition
        do {
            transition = try progress.apply(request.action, by: staff, at: now, note: request.text)
        } catch {
            return .failure(.notNow(error))
        }

        var taken = ActionTaken(action: request.action, from: transition.from, to: transition.to, text: request.text)
        switch request.action {
        case .dispatch, .assign:
            taken.department = request.department
        case .reply:
            taken.repliedVia = request.via ?? file.record.channel.replyChannel
            taken.reason = request.reason.map(SafeText.line)
        case .followUp, .followUpMissed:
            taken.satisfaction = request.satisfaction
            taken.day = organization.calendar.localDate(of: now)
        case .file:
            taken.integrityConfirmed = true
            // A complaint filed from "replied" skipped the follow-up: the caller could not be reached.
            taken.notReachable = file.record.kind == .complaint && transition.from == .replied
        case .receive, .propose, .approve, .escalate, .recordFeedback:
            break
        }
        let event = TranscriptEvent(at: now, staff: staff, step: request.action.rawValue, .action(taken))
        var next = file
        next.apply(event.event, by: staff, at: now)
        return .success(Outcome(file: next, events: [event]))
    }

    /// What a complaint must still go through before it can be filed, in order: the stage
    /// machine walked forward along the regulation's usual path.
    static func stepsBeforeFiling(_ start: CaseProgress) -> [CaseAction] {
        let usual: [CaseAction] = [.receive, .propose, .approve, .dispatch, .recordFeedback, .reply, .followUp]
        var progress = start
        var steps: [CaseAction] = []
        while progress.target(of: .file) == nil, let next = usual.first(where: { progress.target(of: $0) != nil }) {
            steps.append(next)
            _ = try? progress.apply(next, by: "", at: .distantPast)
        }
        return steps
    }

    /// What can be done next, and by whom on the roster (someone holding two of the roles once).
    public func nextSteps(_ file: CaseFile) -> [(action: CaseAction, roles: [Role], people: [StaffMember])] {
        file.progress.allowedActions.map { action in
            let roles = Authority.roles(for: action, handler: file.life.handler)
            var seen: Set<String> = []
            return (action, roles, roles.flatMap { organization.staff(holding: $0) }.filter { seen.insert($0.id).inserted })
        }
    }
}
