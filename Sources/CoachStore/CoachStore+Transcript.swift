import CaseEvents
import CivilTime
import ComplaintDomain
import Foundation
import GRDB

extension CoachStore {
    /// Appends events to a case's transcript and nothing else (the record is not written over);
    /// when this returns they are on disk.
    public func append(_ events: [TranscriptEvent], to number: CaseNumber) throws(StoreError) {
        try write { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            try Self.append(events, caseID: id, number: number, seal: seal, db)
        }
    }

    public func append(_ event: TranscriptEvent, to number: CaseNumber) throws(StoreError) {
        try append([event], to: number)
    }

    /// Numbers and chains `events` after the case's last one (see `TranscriptChain`). This is the
    /// path of every typed line: its statements are cached.
    static func append(_ events: [TranscriptEvent], caseID: Int64, number: CaseNumber, seal: ChainSeal?, _ db: Database) throws {
        guard !events.isEmpty else { return }
        let row = try SQLRequest<Row>(literal: """
            SELECT transcript_count, transcript_head, stage = \(Stage.draft) AS is_draft FROM cases WHERE id = \(caseID)
            """, cached: true).fetchOne(db)!
        var seq: Int = row["transcript_count"]
        var head: String = row["transcript_head"]
        // A draft is not searched: its lines are indexed when it is received, keeping the
        // search index's writes out of every typed line.
        let searchable = !(row["is_draft"] as Bool)
        let version = seal == nil ? TranscriptChain.Version.plain : .keyed
        var ledger = try SQLRequest<String>(sql: "SELECT hash FROM ledger WHERE id = 1", cached: true).fetchOne(db) ?? TranscriptChain.genesis
        var watermark: Int64 = 0
        for event in events {
            seq += 1
            let at = Timestamp.storage(event.at)
            let payload = try StoredEvent.encode(event.event)
            let text = StoredEvent.plain(event.event)
            let kind = event.kind.rawValue
            head = TranscriptChain.hash(previous: head, caseNumber: number, seq: seq, at: at, staff: event.staff, kind: kind,
                                        step: event.step, text: text, payload: payload, seal: seal)
            try db.cachedStatement(literal: """
                INSERT INTO transcript (case_id, seq, at, staff, kind, step, text, payload, hash, hash_version)
                VALUES (\(caseID), \(seq), \(at), \(event.staff), \(kind), \(event.step), \(text), \(payload), \(head), \(version.rawValue))
                """).execute()
            watermark = db.lastInsertedRowID
            ledger = TranscriptChain.ledger(previous: ledger, row: watermark, hash: head, seal: seal)
            if searchable, let words = event.event.spokenOrTyped, isSearchable(words) { try index(words, caseID: caseID, db) }
        }
        let headSeal = TranscriptChain.headSeal(caseNumber: number, count: seq, head: head, seal: seal)
        try db.cachedStatement(literal: """
            UPDATE cases SET transcript_count = \(seq), transcript_head = \(head), head_seal = \(headSeal) WHERE id = \(caseID)
            """)
            .execute()
        try db.cachedStatement(literal: "UPDATE ledger SET watermark = \(watermark), hash = \(ledger) WHERE id = 1").execute()
    }

    /// Indexes what was typed and said in a case's transcript so far, once it leaves draft.
    static func indexTranscript(caseID: Int64, _ db: Database) throws {
        let payloads = try SQLRequest<String>("SELECT payload FROM transcript WHERE case_id = \(caseID) ORDER BY seq").fetchAll(db)
        for payload in payloads {
            if let words = StoredEvent.decode(payload)?.spokenOrTyped, isSearchable(words) { try index(words, caseID: caseID, db) }
        }
    }

    /// A case's transcript in the order it was written. An event this program cannot read
    /// (written by a newer Coach) is shown as a legacy line with its stored words.
    public func transcript(of number: CaseNumber) throws(StoreError) -> [TranscriptEvent] {
        try read { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            return try Self.transcript(caseID: id, db)
        }
    }

    static func transcript(caseID: Int64, _ db: Database) throws -> [TranscriptEvent] {
        try SQLRequest<Row>("SELECT at, staff, kind, step, text, payload FROM transcript WHERE case_id = \(caseID) ORDER BY seq, id")
            .fetchAll(db).map { row in
            let event = StoredEvent.decode(row["payload"]) ?? .legacy(kind: row["kind"], text: row["text"])
            return TranscriptEvent(at: Timestamp.parse(row["at"]) ?? .distantPast, staff: row["staff"], step: row["step"], event)
        }
    }

    /// Checks a case's transcript against its hash chain.
    public func verify(_ number: CaseNumber) throws(StoreError) -> [TranscriptChain.Problem] {
        try read { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            return try chainProblems(caseID: id, number: number, db)
        }
    }

    func chainProblems(caseID: Int64, number: CaseNumber, _ db: Database) throws -> [TranscriptChain.Problem] {
        let head = try SQLRequest<Row>("SELECT transcript_count, transcript_head, head_seal FROM cases WHERE id = \(caseID)").fetchOne(db)!
        let links = try SQLRequest<Row>("""
            SELECT id, seq, hash, at, staff, kind, step, text, payload, hash_version FROM transcript WHERE case_id = \(caseID) ORDER BY seq, id
            """).fetchAll(db).map { row in
            // Read leniently: a damaged row (a NULL where a value belongs) is reported as changed, never a crash.
            TranscriptChain.Link(row: row["id"], seq: (row["seq"] as Int?) ?? 0, hash: (row["hash"] as String?) ?? "",
                                 at: (row["at"] as String?) ?? "", staff: (row["staff"] as String?) ?? "", kind: (row["kind"] as String?) ?? "",
                                 step: row["step"], text: (row["text"] as String?) ?? "", payload: (row["payload"] as String?) ?? "",
                                 version: (row["hash_version"] as Int?) ?? 0)
        }
        var problems = TranscriptChain.verify(links, caseNumber: number, count: head["transcript_count"], head: head["transcript_head"],
                                              seal: seal)
        let expected = TranscriptChain.headSeal(caseNumber: number, count: head["transcript_count"], head: head["transcript_head"], seal: seal)
        if head["head_seal"] != expected { problems.append(.countOrHeadChanged) }
        return problems
    }

    /// Every case number, oldest first, for verifying them all.
    public func caseNumbers() throws(StoreError) -> [CaseNumber] {
        try read { db in
            try String.fetchAll(db, CaseRow.select(\.caseNumber).order { [$0.receivedAt, $0.id] }).compactMap(CaseNumber.init)
        }
    }
}
