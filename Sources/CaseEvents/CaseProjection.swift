import ComplaintDomain
import Foundation

/// The case as its events say it is. The record and its life are never set any other way:
/// the engines change a case by emitting events and applying them here, the store keeps the
/// result in `cases` only as a cache, and `coach verify` recomputes it to catch edits.
public enum CaseProjection {
    /// The case that `events` describe, or nil before its opening (or migration snapshot).
    public static func project(_ events: [TranscriptEvent]) -> CaseFile? {
        var file: CaseFile?
        for event in events {
            apply(event, to: &file)
        }
        return file
    }

    public static func apply(_ event: TranscriptEvent, to file: inout CaseFile?) {
        switch event.event {
        case .opened(let opening):
            file = CaseFile(record: ComplaintRecord(caseNumber: opening.caseNumber, receivedAt: opening.receivedAt,
                                                    receivedBy: opening.receivedBy, channel: opening.channel,
                                                    isTraining: opening.isTraining),
                            life: CaseLife())
        case .snapshot(let record, let life):
            file = CaseFile(record: record, life: life)
        default:
            file?.apply(event.event, by: event.staff, at: event.at)
        }
    }
}

extension CaseFile {
    /// Applies one event to a case that exists; `by` and `at` are the event's.
    public mutating func apply(_ event: CaseEvent, by staff: String, at date: Date) {
        switch event {
        case .received(let life):
            record.stage = .received
            self.life = life
        case .action(let taken):
            apply(taken, by: staff, at: date)
        default:
            record.apply(event)
        }
    }

    private mutating func apply(_ taken: ActionTaken, by staff: String, at date: Date) {
        record.stage = taken.to
        switch taken.action {
        case .propose:
            life.proposal = taken.text
        case .dispatch, .assign:
            if let department = taken.department { life.departments.append(department) }
        case .escalate:
            life.escalated = true
        case .recordFeedback:
            life.feedback = taken.text
            life.handledAt = date
        case .reply:
            life.repliedVia = taken.repliedVia
            life.repliedAt = date
            life.replyReason = taken.reason
        case .followUp:
            life.satisfaction = taken.satisfaction
            life.followUpWords = taken.text
            life.followedUpAt = date
            life.followUpAttempts.append(FollowUpAttempt(at: date, by: staff, reached: true, day: taken.day,
                                                         satisfaction: taken.satisfaction, note: taken.text))
        case .followUpMissed:
            life.followUpAttempts.append(FollowUpAttempt(at: date, by: staff, reached: false, day: taken.day, note: taken.text))
        case .file:
            life.filedBy = staff
            life.filedAt = date
            life.notReachable = taken.notReachable
        case .receive, .approve:
            break
        }
    }
}

extension ComplaintRecord {
    /// Applies an event's change to the record's fields, if it makes one: the only way intake
    /// changes a record.
    public mutating func apply(_ event: CaseEvent) {
        switch event {
        case .field(let value):
            apply(value)
        case .accountLine(let line):
            account += (account.isEmpty ? "" : "\n") + line
        case .note(let note), .peopleTold(let note?), .promise(_, let note?):
            notes.append(note)
        case .nature(let chosen, _, let basis):
            if basis == .markedUrgent { kind = .complaint }
            nature = chosen
        case .received:
            stage = .received
        case .voided:
            stage = .voided
        case .action(let taken):
            stage = taken.to
        case .onDuty, .safetyAdvice, .proposal, .proposalsAnswered, .signal, .ruleShown, .earlierCases, .called,
             .opened, .snapshot, .prompt, .typed, .key, .rawInput, .cue, .phraseOffered, .message, .confirmRefused, .journaled, .urgencyWarning, .whoToCall,
             .skipped, .phrase, .routed, .peopleTold, .promise, .notOnRoster, .draftKept, .trainingStarted, .saidToCaller,
             .callerSaid, .moodChanged, .interruptedCaller, .factRevealed, .giftOffered, .giftDeclined, .giftAccepted,
             .whileCallerTalking, .demandMade, .demandAnswered, .misplaced, .trainingFinished, .scored, .reviewComment, .reviewOverride, .legacy:
            break
        }
    }

    public mutating func apply(_ value: RecordValue) {
        switch value {
        case .channel(let v): channel = v
        case .name(let v): person.name = v
        case .standing(let v): person.standing = v
        case .building(let v): building = v
        case .unit(let v): unit = v
        case .contact(let v): person.contact = v
        case .account(let v): account = v
        case .location(let v): location = v
        case .since(let v): since = v
        case .wants(let v): wants = v
        case .realCause(let v): realCause = v
        case .coordinateWith(let v): coordinateWith = v
        case .kind(let v): kind = v
        case .category(let v): category = v
        case .beyondManagerAuthority(let v): beyondManagerAuthority = v
        }
    }
}
