import Foundation
import Testing
@testable import ComplaintDomain

/// The shapes a case can take after routing, and — written out by hand from DOMAIN.md — the
/// actions each stage allows for that shape.
enum CaseShape: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// Ordinary, inside working hours: the group lead proposes and the supervisor approves (5a).
    case ordinaryInHours
    /// Ordinary, outside working hours: the security supervisor dispatches (5c).
    case ordinaryAfterHours
    /// Urgent (in hours or not): dispatched at once; may escalate once (5b).
    case urgent
    /// Urgent, already escalated once.
    case urgentEscalated
    /// A suggestion (1): received, maybe answered, filed.
    case suggestion
    /// An ordinary complaint whose caller two follow-up calls on different days did not reach:
    /// it may be filed from replied.
    case unreachable

    var testDescription: String { rawValue }

    func progress(at stage: Stage) -> CaseProgress {
        switch self {
        case .ordinaryInHours: CaseProgress(stage: stage, kind: .complaint, nature: .ordinary, needsApproval: true)
        case .ordinaryAfterHours: CaseProgress(stage: stage, kind: .complaint, nature: .ordinary, needsApproval: false)
        case .urgent: CaseProgress(stage: stage, kind: .complaint, nature: .urgent, needsApproval: false)
        case .urgentEscalated: CaseProgress(stage: stage, kind: .complaint, nature: .urgent, needsApproval: false, escalated: true)
        case .suggestion: CaseProgress(stage: stage, kind: .suggestion, nature: .ordinary, needsApproval: false)
        case .unreachable: CaseProgress(stage: stage, kind: .complaint, nature: .ordinary, needsApproval: false, callerUnreachable: true)
        }
    }

    /// Stage → (action → next stage). A stage a shape never reaches keeps the meaning the stage
    /// has on its own (e.g. `awaiting_approval` allows only `approve`).
    func legal(at stage: Stage) -> [CaseAction: Stage] {
        let complaint = self != .suggestion
        switch stage {
        case .draft:
            return [.receive: .received]
        case .received:
            switch self {
            case .ordinaryInHours: return [.propose: .awaitingApproval]
            case .ordinaryAfterHours, .urgent, .urgentEscalated, .unreachable: return [.dispatch: .inHandling]
            case .suggestion: return [.reply: .replied, .file: .archived]
            }
        case .awaitingApproval:
            return [.approve: .inHandling]
        case .inHandling:
            return self == .urgent ? [.assign: .inHandling, .escalate: .inHandling, .recordFeedback: .handled]
                : [.assign: .inHandling, .recordFeedback: .handled]
        case .handled:
            return [.reply: .replied]
        case .replied:
            // A call that does not reach the caller leaves the case replied; filing without the
            // follow-up needs two such calls on different days.
            if !complaint { return [.file: .archived] }
            return self == .unreachable ? [.followUp: .followedUp, .followUpMissed: .replied, .file: .archived]
                : [.followUp: .followedUp, .followUpMissed: .replied]
        case .followedUp:
            return [.file: .archived]
        case .archived, .voided:
            return [:]
        }
    }
}

@Suite("Case progress (stage machine)")
struct CaseProgressTests {
    let when = iso("2026-11-30T10:00:00+08:00")

    /// Applies a path, checking every transition; returns the final progress.
    @discardableResult
    func walk(_ start: CaseProgress, _ path: [(CaseAction, Stage)], sourceLocation: SourceLocation = #_sourceLocation) throws -> CaseProgress {
        var progress = start
        for (index, (action, expectedStage)) in path.enumerated() {
            let from = progress.stage
            let at = when.addingTimeInterval(Double(index) * 60)
            let staff = "staff-\(index)"
            let transition = try progress.apply(action, by: staff, at: at, note: "step \(index)")
            #expect(transition.action == action, sourceLocation: sourceLocation)
            #expect(transition.from == from, sourceLocation: sourceLocation)
            #expect(transition.to == expectedStage, sourceLocation: sourceLocation)
            #expect(transition.by == staff, sourceLocation: sourceLocation)
            #expect(transition.at == at, sourceLocation: sourceLocation)
            #expect(transition.note == "step \(index)", sourceLocation: sourceLocation)
            #expect(progress.stage == expectedStage, sourceLocation: sourceLocation)
        }
        return progress
    }

    // MARK: Legal paths

    @Test("ordinary in hours: receive → propose → approve → feedback → reply → follow-up → file")
    func ordinaryInHoursPath() throws {
        let end = try walk(CaseShape.ordinaryInHours.progress(at: .draft), [
            (.receive, .received), (.propose, .awaitingApproval), (.approve, .inHandling),
            (.recordFeedback, .handled), (.reply, .replied), (.followUp, .followedUp), (.file, .archived),
        ])
        #expect(end.allowedActions.isEmpty)
        #expect(!end.escalated)
    }

    @Test("ordinary after hours: receive → dispatch → feedback → reply → follow-up → file")
    func ordinaryAfterHoursPath() throws {
        try walk(CaseShape.ordinaryAfterHours.progress(at: .draft), [
            (.receive, .received), (.dispatch, .inHandling), (.recordFeedback, .handled),
            (.reply, .replied), (.followUp, .followedUp), (.file, .archived),
        ])
    }

    @Test("urgent without escalation")
    func urgentPath() throws {
        let end = try walk(CaseShape.urgent.progress(at: .draft), [
            (.receive, .received), (.dispatch, .inHandling), (.recordFeedback, .handled),
            (.reply, .replied), (.followUp, .followedUp), (.file, .archived),
        ])
        #expect(!end.escalated)
    }

    @Test("urgent with one escalation, which stays in handling")
    func urgentEscalationPath() throws {
        var progress = try walk(CaseShape.urgent.progress(at: .draft), [
            (.receive, .received), (.dispatch, .inHandling), (.escalate, .inHandling),
        ])
        #expect(progress.escalated)
        #expect(progress.allowedActions == [.assign, .recordFeedback])
        try walk(progress, [(.recordFeedback, .handled), (.reply, .replied), (.followUp, .followedUp), (.file, .archived)])

        // Escalating twice is illegal, and the failed attempt changes nothing.
        let before = progress
        do {
            _ = try progress.apply(.escalate, by: "m", at: when)
            Issue.record("a second escalation should be illegal")
        } catch {
            #expect(error.action == .escalate)
            #expect(error.stage == .inHandling)
            #expect(error.allowed == [.assign, .recordFeedback])
        }
        #expect(progress == before)
    }

    @Test("an ordinary complaint cannot escalate, in hours or not", arguments: [CaseShape.ordinaryInHours, .ordinaryAfterHours])
    func ordinaryCannotEscalate(shape: CaseShape) {
        var progress = shape.progress(at: .inHandling)
        #expect(throws: IllegalTransition.self) { try progress.apply(.escalate, by: "m", at: when) }
        #expect(!progress.escalated)
    }

    @Test("suggestion: receive → file")
    func suggestionFiledAtOnce() throws {
        try walk(CaseShape.suggestion.progress(at: .draft), [(.receive, .received), (.file, .archived)])
    }

    @Test("suggestion: receive → reply → file")
    func suggestionAnswered() throws {
        try walk(CaseShape.suggestion.progress(at: .draft), [(.receive, .received), (.reply, .replied), (.file, .archived)])
    }

    @Test("filing a complaint before the follow-up is illegal",
          arguments: [CaseShape.ordinaryInHours, .ordinaryAfterHours, .urgent], [Stage.received, .inHandling, .handled, .replied])
    func fileBeforeFollowUp(shape: CaseShape, stage: Stage) {
        var progress = shape.progress(at: stage)
        do {
            _ = try progress.apply(.file, by: "clerk", at: when)
            Issue.record("filing a \(shape) at \(stage) should be illegal")
        } catch {
            #expect(error.action == .file)
            #expect(!error.allowed.contains(.file))
        }
        #expect(progress.stage == stage)
    }

    // MARK: Every (stage, action) pair

    @Test("every (stage, action): legal ones move as DOMAIN.md says, illegal ones throw listing exactly the legal actions",
          arguments: CaseShape.allCases, Stage.allCases)
    func everyPair(shape: CaseShape, stage: Stage) {
        let legal = shape.legal(at: stage)
        let start = shape.progress(at: stage)
        #expect(Set(start.allowedActions) == Set(legal.keys))
        #expect(start.allowedActions.count == legal.count)

        for action in CaseAction.allCases {
            var progress = start
            #expect(progress.target(of: action) == legal[action], "\(shape) \(stage) \(action)")
            if let next = legal[action] {
                do {
                    let transition = try progress.apply(action, by: "ann", at: when)
                    #expect(transition == StageTransition(action: action, from: stage, to: next, by: "ann", at: when))
                    #expect(progress.stage == next)
                    #expect(progress.escalated == (action == .escalate || start.escalated))
                } catch {
                    Issue.record("\(shape): \(action) at \(stage) should be legal; threw \(error)")
                }
            } else {
                do {
                    _ = try progress.apply(action, by: "ann", at: when)
                    Issue.record("\(shape): \(action) at \(stage) should be illegal")
                } catch {
                    #expect(error.action == action)
                    #expect(error.stage == stage)
                    #expect(error.kind == start.kind)
                    #expect(error.nature == start.nature)
                    #expect(Set(error.allowed) == Set(legal.keys))
                    #expect(error.allowed.count == legal.count)
                    #expect(!error.description.isEmpty)
                }
                #expect(progress == start, "an illegal action must leave the case unchanged")
            }
        }
    }

    @Test("the stages a shape reaches from draft are exactly those its legal table visits", arguments: CaseShape.allCases)
    func reachableStages(shape: CaseShape) {
        var visited: Set<String> = []
        var seen: Set<Stage> = []
        var queue: [CaseProgress] = [shape.progress(at: .draft)]
        while let progress = queue.popLast() {
            guard visited.insert("\(progress.stage.rawValue)/\(progress.escalated)").inserted else { continue }
            seen.insert(progress.stage)
            for action in progress.allowedActions {
                var copy = progress
                _ = try? copy.apply(action, by: "x", at: when)
                queue.append(copy)
            }
        }
        #expect(seen.contains(.archived), "every shape can be filed")
        #expect(seen.contains(.awaitingApproval) == (shape == .ordinaryInHours))
        #expect(seen.contains(.followedUp) == (shape != .suggestion))
        #expect(seen.contains(.inHandling) == (shape != .suggestion))
    }

    @Test("a filed case allows nothing and says so")
    func filedDescription() {
        var progress = CaseShape.ordinaryInHours.progress(at: .archived)
        do {
            _ = try progress.apply(.reply, by: "x", at: when)
            Issue.record("nothing is allowed once filed")
        } catch {
            #expect(error.allowed.isEmpty)
            #expect(error.description.contains("nothing"))
        }
    }

    @Test("stage and action raw values are the documented identifiers")
    func identifiers() {
        #expect(Stage.allCases.map(\.rawValue) == ["draft", "received", "awaiting_approval", "in_handling", "handled",
                                                    "replied", "followed_up", "archived", "voided"])
        #expect(CaseAction.allCases.map(\.rawValue) == ["receive", "propose", "approve", "dispatch", "assign", "escalate",
                                                         "record_feedback", "reply", "follow_up", "follow_up_missed", "file"])
        for stage in Stage.allCases {
            for language in Language.allCases {
                #expect(!stage.name(in: language).isEmpty)
            }
        }
    }
}
