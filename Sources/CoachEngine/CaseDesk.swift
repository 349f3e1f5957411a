import ComplaintDomain
import Foundation

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

        var next = file
        next.record.stage = transition.to
        var lines = ["\(request.action.rawValue): \(transition.from.rawValue) → \(transition.to.rawValue)"]
        switch request.action {
        case .propose:
            next.life.proposal = request.text
        case .dispatch, .assign:
            if let department = request.department {
                next.life.departments.append(department)
                lines.append("department: \(department)")
            }
        case .escalate:
            next.life.escalated = true
            lines.append("escalated to: \(Role.generalManager.rawValue)")
        case .recordFeedback:
            next.life.feedback = request.text
            next.life.handledAt = now
        case .reply:
            let via = request.via ?? file.record.channel.replyChannel
            next.life.repliedVia = via
            next.life.repliedAt = now
            next.life.replyReason = request.reason
            lines.append("replied by: \(via.rawValue)" + (request.reason.map { " (reason: \(SafeText.line($0)))" } ?? ""))
        case .followUp:
            next.life.satisfaction = request.satisfaction
            next.life.followUpWords = request.text
            next.life.followedUpAt = now
            lines.append("satisfaction: \(request.satisfaction ?? 0)/5")
        case .file:
            next.life.filedBy = staff
            next.life.filedAt = now
            lines.append("integrity confirmed by \(staff): handled fairly and honestly; nothing was asked for or accepted")
        case .receive, .approve:
            break
        }
        var events = [TranscriptEvent(at: now, staff: staff, kind: .transition, step: request.action.rawValue, text: lines[0])]
        events += lines.dropFirst().map { TranscriptEvent(at: now, staff: staff, kind: .decision, step: request.action.rawValue, text: $0) }
        if let text = request.text {
            events.append(TranscriptEvent(at: now, staff: staff, kind: .note, step: request.action.rawValue, text: text))
        }
        return .success(Outcome(file: next, events: events))
    }

    /// What a complaint must still go through before it can be filed, in order: the stage
    /// machine walked forward along the regulation's usual path.
    static func stepsBeforeFiling(_ start: CaseProgress) -> [CaseAction] {
        let usual: [CaseAction] = [.receive, .propose, .approve, .dispatch, .recordFeedback, .reply, .followUp]
        var progress = start
        var steps: [CaseAction] = []
        while progress.target(of: .file) == nil, let next = usual.first(where: { progress.target(of: $0) != nil }) {
            steps.append(next)
            _ = try? progress.apply(next, by: "", at: Date())
        }
        return steps
    }

    /// What can be done next, and by whom on the roster.
    public func nextSteps(_ file: CaseFile) -> [(action: CaseAction, roles: [Role], people: [StaffMember])] {
        file.progress.allowedActions.map { action in
            let roles = Authority.roles(for: action, handler: file.life.handler)
            return (action, roles, roles.flatMap { organization.staff(holding: $0) })
        }
    }
}
