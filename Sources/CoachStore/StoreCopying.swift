import ComplaintDomain

/// A case whole as its store keeps it: the row of `cases` and every row that belongs to it, by
/// column name and as either engine holds them (`ColumnValue`), so it is written to another
/// store byte for byte. Its transcript events keep their text, payload, hash, seq and times,
/// so its chain verifies on the other side, and their row ids where the other side has them
/// free, so the ledger of every event, and a digest printed before the copy, are the same
/// there; its search lines are carried so search finds the same there. Row ids and search
/// lines are not compared: they are where the rows sit and an index, not what they say.
public struct StoredCase: Sendable {
    public let number: CaseNumber
    /// `cases`, every column but the id (`StoredCase.caseColumns`).
    package var columns: [String: ColumnValue]
    /// The transcript in order of `seq` (`transcriptColumns`).
    package var events: [[String: ColumnValue]]
    /// Each event's row id in its store, in the same order.
    package var eventRows: [Int64]
    /// The state an unfinished intake resumes from (`draftColumns`), when there is one.
    package var draft: [String: ColumnValue]?
    /// In the order they were written (`trainingColumns`).
    package var trainingResults: [[String: ColumnValue]]
    /// Every supervisor's marks, in the order they were given (`calibrationColumns`).
    package var calibrationScores: [[String: ColumnValue]]
    /// The case's latest reviewed scorecard (`reviewColumns`), when it has one.
    package var reviewScore: [String: ColumnValue]?
    /// The lines search finds the case by, in the order they were indexed.
    package var searchLines: [String]

    package init(number: CaseNumber, columns: [String: ColumnValue], events: [[String: ColumnValue]], eventRows: [Int64],
                 draft: [String: ColumnValue]?, trainingResults: [[String: ColumnValue]],
                 calibrationScores: [[String: ColumnValue]], reviewScore: [String: ColumnValue]?, searchLines: [String]) {
        self.number = number
        self.columns = columns
        self.events = events
        self.eventRows = eventRows
        self.draft = draft
        self.trainingResults = trainingResults
        self.calibrationScores = calibrationScores
        self.reviewScore = reviewScore
        self.searchLines = searchLines
    }

    package static let caseColumns = CaseColumns.recordNames + CaseColumns.lifeNames
        + ["transcript_count", "transcript_head", "head_seal"]
    package static let transcriptColumns = ["seq", "at", "staff", "kind", "step", "text", "payload", "hash", "hash_version"]
    package static let draftColumns = ["state", "updated_at"]
    package static let trainingColumns = ["staff", "scenario", "exam", "finished_at", "total", "failed", "mood_start", "mood_end",
                                          "scorecard"]
    package static let calibrationColumns = ["reviewer", "scored_at", "item", "result", "reason"]
    package static let reviewColumns = ["at", "staff", "total", "scorecard"]
    /// The columns that are flags: 0 or 1 in SQLite, booleans in PostgreSQL.
    package static let flagColumns = CaseColumns.flagNames.union(["exam", "failed"])

    /// What differs from `other`, the same case in another store (nil when nothing does): a
    /// few words naming the first difference, for the line that refuses the copy.
    public func difference(from other: StoredCase) -> String? {
        for name in Self.caseColumns where columns[name] ?? .null != other.columns[name] ?? .null {
            return "its record (\(name))"
        }
        if events.count != other.events.count {
            return "its transcript (\(events.count) events against \(other.events.count))"
        }
        for (index, (mine, theirs)) in zip(events, other.events).enumerated() where mine != theirs {
            return "its transcript (event #\(index + 1))"
        }
        if draft != other.draft { return "its draft" }
        if trainingResults != other.trainingResults { return "its training results" }
        // Marks have no order of their own beyond each card's: compared as a set.
        func sorted(_ marks: [[String: ColumnValue]]) -> [String] {
            marks.map { mark in Self.calibrationColumns.map { mark[$0]?.text ?? "\u{0}" }.joined(separator: "\u{1F}") }.sorted()
        }
        if sorted(calibrationScores) != sorted(other.calibrationScores) { return "its calibration scores" }
        if reviewScore != other.reviewScore { return "its review score" }
        return nil
    }
}

/// What belongs to no single case: each day's last case number given out (a number skipped
/// because its case was deleted stays skipped, so `verify` still sees the gap), and the ids of
/// journal entries already written (a journal replayed against the copy writes nothing twice).
public struct StoreWideRows: Sendable, Equatable {
    package var lastOfDay: [String: Int]
    package var journalApplied: [String: String]

    package init(lastOfDay: [String: Int], journalApplied: [String: String]) {
        self.lastOfDay = lastOfDay
        self.journalApplied = journalApplied
    }
}

/// Cases read from the source in the order they were stored, a page at a time.
public struct StoredCasePage: Sendable {
    public var cases: [StoredCase]
    /// Where the next page starts (nil after the last page).
    public var next: Int64?

    package init(cases: [StoredCase], next: Int64?) {
        self.cases = cases
        self.next = next
    }
}

/// One case's chain as its store verified it.
public struct VerifiedChain: Sendable {
    public var number: CaseNumber
    /// The events checked.
    public var events: Int
    public var problems: [TranscriptChain.Problem]

    package init(number: CaseNumber, events: Int, problems: [TranscriptChain.Problem]) {
        self.number = number
        self.events = events
        self.problems = problems
    }
}

/// Chains verified a page at a time, in the order the cases were stored.
public struct VerifiedChainPage: Sendable {
    public var chains: [VerifiedChain]
    /// Where the next page starts (nil after the last page).
    public var next: Int64?

    package init(chains: [VerifiedChain], next: Int64?) {
        self.chains = chains
        self.next = next
    }
}

/// What one batch written to the destination did.
public struct CopiedBatch: Sendable {
    /// Cases written.
    public var copied = 0
    /// Cases already there and identical: skipped (a copy run again after an interruption).
    public var alreadyThere = 0
    /// A case already there that is not the same, and what differs: the batch stopped before
    /// it (the cases before it are written), and the copy is refused.
    public var differs: (number: CaseNumber, what: String)?

    package init() {}
}

/// A store that can give its cases whole and take another store's (`coach db copy`): each
/// engine reads and writes its own tables; the copy itself knows neither.
public protocol StoreCopying: CaseStore {
    /// How many cases there are (drafts and training calls included).
    func storedCaseCount() throws(StoreError) -> Int
    /// Up to `limit` cases whole, in the order they were stored, from `start` (nil: the first).
    func storedCases(from start: Int64?, limit: Int) throws(StoreError) -> StoredCasePage
    /// The cases with these numbers that the store has, whole.
    func storedCases(_ numbers: [CaseNumber]) throws(StoreError) -> [StoredCase]
    /// Writes the cases this store does not have, in one transaction: each with its number, its
    /// events as they are (at their row ids when no row here has one of them), its search lines
    /// indexed, and its day's sequence moved past it. A case already here is compared instead.
    /// The ledger is made again once all are in (`finishCopy`).
    func copyIn(_ cases: [StoredCase]) throws(StoreError) -> CopiedBatch
    func storeWideRows() throws(StoreError) -> StoreWideRows
    /// Ends a copy: moves each day's sequence past the other store's (never back), adds its
    /// applied journal entries, and makes the ledger again from every event in order of row.
    func finishCopy(_ rows: StoreWideRows) throws(StoreError)
    /// Checks up to `limit` cases' chains as `verify` does, in the order they were stored, from
    /// `start` (nil: the first).
    func verifiedChains(from start: Int64?, limit: Int) throws(StoreError) -> VerifiedChainPage
}
