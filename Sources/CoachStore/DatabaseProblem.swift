import ComplaintDomain

/// Something wrong with the database as a whole, beyond any one case's chain.
public enum DatabaseProblem: Sendable, Equatable {
    /// A trigger that keeps the transcript append-only is gone or no longer refuses.
    case appendOnlyTriggerMissing(name: String)
    /// Case numbers a day's sequence gave out that are no longer in the database.
    case casesMissing([CaseNumber])
    /// The ledger of every event is not what the events make: history was rewritten, removed or
    /// reordered, or the ledger itself edited.
    case ledgerChanged
}
