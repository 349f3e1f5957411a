import CaseEvents
import ComplaintDomain
import Foundation

/// What one turn of a conversation leaves behind: the transcript events it produced, the
/// record as it now stands, and the draft state to resume from. Written in one transaction,
/// so a turn is either all on disk or not at all.
public struct IntakeTurn: Codable, Sendable {
    public var caseNumber: CaseNumber
    public var events: [TranscriptEvent]
    public var record: ComplaintRecord?
    public enum Draft: Codable, Sendable {
        /// Keep this state to resume from (JSON of the engine's state).
        case keep(Data)
        /// The intake is finished: nothing to resume.
        case clear
        case unchanged
    }

    public var draft: Draft

    /// The life a `received` event among `events` starts is saved with the record.
    public init(caseNumber: CaseNumber, events: [TranscriptEvent], record: ComplaintRecord?, draft: Draft) {
        self.caseNumber = caseNumber
        self.events = events
        self.record = record
        self.draft = draft
    }
}
