import CaseEvents
import CivilTime
import ComplaintDomain
import Foundation

/// Everything Coach asks of a store, whichever engine keeps it: SQLite in a file on the desk's
/// machine (`CoachStore`, the default) or PostgreSQL shared by many desks (`PostgresStore`). The
/// commands and engines hold `any CaseStore` and never know which one they run on; both keep the
/// same promises (a turn is durable when `commit` returns, case numbers are gapless per day, the
/// transcript is append-only and hash-chained the same way).
public protocol CaseStore: AnyObject, Sendable {
    /// Where the database is, as messages name it: a file's path, or a PostgreSQL URL without
    /// its password.
    var path: String { get }
    /// Opened for reading only: any write is refused.
    var isReadOnly: Bool { get }
    /// Files of the database that opening it made private (always empty for a server).
    var permissionsTightened: [PermissionChange] { get }

    // MARK: Cases and turns

    /// Starts a case: takes the next number of the day and stores the draft record in one
    /// transaction, so two desks never get the same number and no number is skipped.
    func openCase(receivedAt: Date, receivedBy: String, channel: Channel, isTraining: Bool,
                  calendar: WorkingCalendar) throws(StoreError) -> ComplaintRecord
    /// Writes a turn durably (events, record and draft together) before returning.
    func commit(_ turn: IntakeTurn) throws(StoreError)
    /// Saves every field of a record over the stored one (as a turn with no events).
    func save(_ record: ComplaintRecord) throws(StoreError)
    func record(_ number: CaseNumber) throws(StoreError) -> ComplaintRecord?
    /// Every case in a stage (all when nil), drafts and training calls included, newest first.
    func records(stage: Stage?) throws(StoreError) -> [ComplaintRecord]
    /// Unfinished intakes, the most recently touched first.
    func drafts() throws(StoreError) -> [Draft]
    func file(_ number: CaseNumber) throws(StoreError) -> CaseFile?
    /// Cases matching the filter, newest first.
    func files(_ filter: CaseFilter) throws(StoreError) -> [CaseFile]
    /// Saves a step of a case's life with the events that say what happened, in one transaction.
    func save(_ file: CaseFile, events: [TranscriptEvent]) throws(StoreError)
    /// Reads a case and saves what `decide` makes of it in one transaction: of two desks acting
    /// at once, the second sees the first's result.
    func change<T>(_ number: CaseNumber, _ decide: (CaseFile) -> CaseChange<T>) throws(StoreError) -> T
    /// Appends events to a case's transcript and nothing else.
    func append(_ events: [TranscriptEvent], to number: CaseNumber) throws(StoreError)
    /// A case's transcript in the order it was written.
    func transcript(of number: CaseNumber) throws(StoreError) -> [TranscriptEvent]
    /// Every case number, oldest first.
    func caseNumbers() throws(StoreError) -> [CaseNumber]

    // MARK: The record's protection

    /// Checks a case's transcript against its hash chain.
    func verify(_ number: CaseNumber) throws(StoreError) -> [TranscriptChain.Problem]
    /// The chain, and the columns that disagree with what the events make.
    func check(_ number: CaseNumber) throws(StoreError) -> CaseCheck
    /// The digest of the whole history as kept with every write.
    func digest() throws(StoreError) -> ChainDigest
    /// The digest recomputed from the events up to `watermark` (all when nil).
    func recomputedDigest(upTo watermark: Int64?) throws(StoreError) -> ChainDigest
    /// What no single case can show: the append-only guard, missing numbers, the ledger.
    func checkDatabase() throws(StoreError) -> [DatabaseProblem]

    // MARK: Lines kept while the database could not take them

    /// Where turns wait while the database cannot take them.
    var journal: TurnJournal { get }
    /// Writes every turn kept in the journal, in order and once each; returns how many went in.
    @discardableResult
    func replayJournal() throws(StoreError) -> Int
    /// Runs `body` with writes waiting at most `seconds` for the database, so a desk writing to
    /// the journal is not frozen for a full wait on every line.
    func waitingBriefly<T>(_ seconds: TimeInterval, _ body: () throws(StoreError) -> T) throws(StoreError) -> T

    // MARK: Reading many cases

    /// Cases whose records or transcripts contain the text, newest first.
    func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit]
    /// The month's figures for `[from, to)`, with the period's review scorecards.
    func figures(from: Date, to: Date, building: String?, now: Date) throws(StoreError) -> (PeriodFigures, reviewCards: [Data])
    /// The on-time rate of complaints received in `[from, to)`.
    func onTimeRate(from: Date, to: Date, building: String?, now: Date) throws(StoreError) -> Double?
    /// Keeps a case's latest reviewed scorecard.
    func saveReviewScore(_ number: CaseNumber, staff: String, total: Int, scorecard: Data, at: Date) throws(StoreError)
    /// A unit's or a number's received cases since a moment, newest first.
    func earlierCases(building: String?, unit: String?, contact: String?, since: Date, excluding: CaseNumber,
                      limit: Int) throws(StoreError) -> [ComplaintRecord]
    func save(_ result: TrainingResult) throws(StoreError)
    /// A trainee's results, oldest first (all trainees' when `staff` is nil).
    func trainingResults(staff: String?) throws(StoreError) -> [TrainingResult]
    /// Keeps a supervisor's card for a call; returns when their earlier card was given.
    @discardableResult
    func saveCalibration(_ card: CalibrationCard) throws(StoreError) -> Date?
    /// The supervisors' cards for calls received in `[from, to)`, or for every call.
    func calibrationCards(from: Date?, to: Date?) throws(StoreError) -> [CalibrationCard]
    /// When this supervisor scored this call, if they have.
    func calibrationScored(_ number: CaseNumber, reviewer: String) throws(StoreError) -> Date?
    /// Writes many cases in one transaction, through the same paths as live ones.
    func importCases(_ cases: [ImportedCase]) throws(StoreError)
}

/// The defaults the commands leave out.
extension CaseStore {
    public func openCase(receivedAt: Date, receivedBy: String, channel: Channel = .phone, isTraining: Bool = false,
                         calendar: WorkingCalendar) throws(StoreError) -> ComplaintRecord {
        try openCase(receivedAt: receivedAt, receivedBy: receivedBy, channel: channel, isTraining: isTraining, calendar: calendar)
    }

    public func records() throws(StoreError) -> [ComplaintRecord] {
        try records(stage: nil)
    }

    public func append(_ event: TranscriptEvent, to number: CaseNumber) throws(StoreError) {
        try append([event], to: number)
    }

    public func recomputedDigest() throws(StoreError) -> ChainDigest {
        try recomputedDigest(upTo: nil)
    }

    public func figures(from: Date, to: Date, building: String? = nil) throws(StoreError) -> (PeriodFigures, reviewCards: [Data]) {
        try figures(from: from, to: to, building: building, now: Date())
    }

    public func onTimeRate(from: Date, to: Date, building: String? = nil) throws(StoreError) -> Double? {
        try onTimeRate(from: from, to: to, building: building, now: Date())
    }

    public func earlierCases(building: String?, unit: String?, contact: String?, since: Date,
                             excluding: CaseNumber) throws(StoreError) -> [ComplaintRecord] {
        try earlierCases(building: building, unit: unit, contact: contact, since: since, excluding: excluding, limit: 20)
    }

    public func calibrationCards() throws(StoreError) -> [CalibrationCard] {
        try calibrationCards(from: nil, to: nil)
    }
}

/// The embedded SQLite store, the default.
extension CoachStore: CaseStore {}
