import ComplaintDomain

/// Everything an intake knows: the record being filled in and where the conversation is.
/// Codable, so a draft is saved after every line and resumed exactly where it stopped.
public struct IntakeState: Codable, Equatable, Sendable {
    /// A yes-or-no the engine is waiting for before it goes on.
    public enum Pending: String, Codable, Sendable {
        /// Ctrl-D or end of input: keep the draft and leave?
        case leave
    }

    /// Whether a phrase of the respond step was said, and in whose words.
    public struct Said: Codable, Equatable, Sendable {
        public var said: Bool
        /// The staff member's own words, when they did not use the suggested phrase.
        public var ownWords: String?
    }

    public var record: ComplaintRecord
    public var question: IntakeQuestion
    /// Questions answered, most recent last: `:back` walks this.
    public var trail: [IntakeQuestion]
    /// Guidelines already cued, so each is cued once.
    public var cued: [Int]
    public var said: [String: Said]
    public var pending: Pending?
    public var outcome: IntakeOutcome?

    public init(record: ComplaintRecord) {
        self.record = record
        question = .channel
        trail = []
        cued = []
        said = [:]
    }
}

/// Where an intake stands, without its record: what a draft keeps beside the case row, so
/// each typed line writes the conversation's position and not the whole record again.
public struct IntakeProgress: Codable, Equatable, Sendable {
    public var question: IntakeQuestion
    public var trail: [IntakeQuestion]
    public var cued: [Int]
    public var said: [String: IntakeState.Said]
    public var pending: IntakeState.Pending?
}

extension IntakeState {
    public var progress: IntakeProgress {
        IntakeProgress(question: question, trail: trail, cued: cued, said: said, pending: pending)
    }

    /// A draft put back together: the record from its case row, the rest from the draft.
    public init(record: ComplaintRecord, progress: IntakeProgress) {
        self.init(record: record)
        question = progress.question
        trail = progress.trail
        cued = progress.cued
        said = progress.said
        pending = progress.pending
    }
}
