import ComplaintDomain

/// Everything an intake knows: the record being filled in and where the conversation is.
/// Codable, so a draft is saved after every line and resumed exactly where it stopped.
public struct IntakeState: Codable, Equatable, Sendable {
    /// A short answer the engine is waiting for before it goes on.
    public enum Pending: String, Codable, Sendable {
        /// Ctrl-D or end of input: keep the draft and leave?
        case leave
        /// Danger was heard: one key marks the case urgent, Enter goes on listening.
        case markUrgent = "mark_urgent"
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
    /// What staff answered at each question that asks what was said (y, n or their words).
    public var said: [String: Said]
    public var pending: Pending?
    public var outcome: IntakeOutcome?
    /// Where to come back to after a question Coach went to out of order (a field still
    /// missing when saving was refused, or `:FIELD` without a value).
    public var returnTo: IntakeQuestion?
    /// What was found in the account and not yet accepted or refused.
    public var proposals: [ProposedFact]
    /// Hazards already warned of, caller signals and house rules already cued: each once a call.
    public var warned: [String]
    public var signalled: [String]
    public var rulesShown: [Int]
    /// The unit or number whose earlier cases were last looked up, so each is looked up once.
    public var lookedUp: [String]

    public init(record: ComplaintRecord) {
        self.record = record
        question = .account
        trail = []
        cued = []
        said = [:]
        proposals = []
        warned = []
        signalled = []
        rulesShown = []
        lookedUp = []
    }
}

/// Where an intake stands, without its record: what a draft keeps beside the case row, so
/// each typed line writes the conversation's position and not the whole record again.
/// Fields added later decode as empty from a draft saved before them.
public struct IntakeProgress: Codable, Equatable, Sendable {
    public var question: IntakeQuestion
    public var trail: [IntakeQuestion]
    public var cued: [Int]
    public var said: [String: IntakeState.Said]
    public var pending: IntakeState.Pending?
    public var returnTo: IntakeQuestion?
    public var proposals: [ProposedFact]?
    public var warned: [String]?
    public var signalled: [String]?
    public var rulesShown: [Int]?
    public var lookedUp: [String]?
}

extension IntakeState {
    public var progress: IntakeProgress {
        IntakeProgress(question: question, trail: trail, cued: cued, said: said, pending: pending, returnTo: returnTo,
                       proposals: proposals, warned: warned, signalled: signalled, rulesShown: rulesShown, lookedUp: lookedUp)
    }

    /// A draft put back together: the record from its case row, the rest from the draft.
    public init(record: ComplaintRecord, progress: IntakeProgress) {
        self.init(record: record)
        question = progress.question
        trail = progress.trail
        cued = progress.cued
        said = progress.said
        pending = progress.pending
        returnTo = progress.returnTo
        proposals = progress.proposals ?? []
        warned = progress.warned ?? []
        signalled = progress.signalled ?? []
        rulesShown = progress.rulesShown ?? []
        lookedUp = progress.lookedUp ?? []
    }
}
