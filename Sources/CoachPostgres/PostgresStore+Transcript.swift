import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Appends events to a case's transcript and nothing else; committed when this returns.
    public func append(_ events: [TranscriptEvent], to number: CaseNumber) throws(StoreError) {
        try write { db in
            try Self.lockLedger(db)
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            try append(events, caseID: id, number: number, db)
        }
    }

    /// Numbers and chains `events` after the case's last one, exactly as SQLite does (the same
    /// text, payload and hash bytes, so a database copied between engines verifies), and
    /// extends the ledger. The caller holds the ledger's row (`lockLedger`).
    func append(_ events: [TranscriptEvent], caseID: Int64, number: CaseNumber, _ db: PostgresTransaction) throws {
        guard !events.isEmpty else { return }
        let row = try db.row("""
            SELECT transcript_count, transcript_head, stage = \(Stage.draft.rawValue) AS is_draft FROM cases WHERE id = \(caseID)
            """)!
        var seq = try row.get("transcript_count", Int.self)
        var head = try row.get("transcript_head", String.self)
        // A draft is not searched: its lines are indexed when it is received.
        let searchable = try !row.get("is_draft", Bool.self)
        let version = seal == nil ? TranscriptChain.Version.plain : .keyed
        var ledger = try db.row("SELECT hash FROM ledger WHERE id = 1")?.get("hash", String.self) ?? TranscriptChain.genesis
        var watermark: Int64 = 0
        for event in events {
            seq += 1
            let at = Timestamp.storage(event.at)
            let payload = try StoredEvent.encode(event.event)
            let text = StoredEvent.plain(event.event)
            let kind = event.kind.rawValue
            head = TranscriptChain.hash(previous: head, caseNumber: number, seq: seq, at: at, staff: event.staff, kind: kind,
                                        step: event.step, text: text, payload: payload, seal: seal)
            watermark = try db.row("""
                INSERT INTO transcript (case_id, seq, at, staff, kind, step, text, payload, hash, hash_version)
                VALUES (\(caseID), \(seq), \(at), \(event.staff), \(kind), \(event.step), \(text), \(payload), \(head), \(version.rawValue))
                RETURNING id
                """)!.get("id", Int64.self)
            ledger = TranscriptChain.ledger(previous: ledger, row: watermark, hash: head, seal: seal)
            if searchable, let words = event.event.spokenOrTyped, CoachStore.isSearchable(words) {
                try Self.index(words, caseID: caseID, db)
            }
        }
        let headSeal = TranscriptChain.headSeal(caseNumber: number, count: seq, head: head, seal: seal)
        try db.run("UPDATE cases SET transcript_count = \(seq), transcript_head = \(head), head_seal = \(headSeal) WHERE id = \(caseID)")
        try db.run("UPDATE ledger SET watermark = \(watermark), hash = \(ledger) WHERE id = 1")
    }

    /// Indexes what was typed and said in a case's transcript so far, once it leaves draft.
    static func indexTranscript(caseID: Int64, _ db: PostgresTransaction) throws {
        for row in try db.rows("SELECT payload FROM transcript WHERE case_id = \(caseID) ORDER BY seq") {
            if let words = StoredEvent.decode(try row.get("payload", String.self))?.spokenOrTyped, CoachStore.isSearchable(words) {
                try index(words, caseID: caseID, db)
            }
        }
    }

    public func transcript(of number: CaseNumber) throws(StoreError) -> [TranscriptEvent] {
        try read { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            return try Self.transcript(caseID: id, db)
        }
    }

    /// An event this program cannot read (written by a newer Coach) is a legacy line with its words.
    static func transcript(caseID: Int64, _ db: PostgresTransaction) throws -> [TranscriptEvent] {
        try db.rows("SELECT at, staff, kind, step, text, payload FROM transcript WHERE case_id = \(caseID) ORDER BY seq, id").map { row in
            let event = StoredEvent.decode(try row.get("payload", String.self))
                ?? .legacy(kind: try row.get("kind", String.self), text: try row.get("text", String.self))
            return TranscriptEvent(at: Timestamp.parse(try row.get("at", String.self)) ?? .distantPast, staff: try row.get("staff", String.self),
                                   step: try row.get("step", String?.self), event)
        }
    }

    public func verify(_ number: CaseNumber) throws(StoreError) -> [TranscriptChain.Problem] {
        try read { db in
            guard let id = try Self.caseID(number, db) else { throw StoreError.unknownCase(number.description) }
            return try chainProblems(caseID: id, number: number, db)
        }
    }

    func chainProblems(caseID: Int64, number: CaseNumber, _ db: PostgresTransaction) throws -> [TranscriptChain.Problem] {
        let head = try db.row("SELECT transcript_count, transcript_head, head_seal FROM cases WHERE id = \(caseID)")!
        let count = try head.get("transcript_count", Int.self)
        let headHash = try head.get("transcript_head", String.self)
        let links = try db.rows("""
            SELECT id, seq, hash, at, staff, kind, step, text, payload, hash_version FROM transcript WHERE case_id = \(caseID) ORDER BY seq, id
            """).map { row in
            TranscriptChain.Link(row: try row.get("id", Int64.self), seq: try row.get("seq", Int.self), hash: try row.get("hash", String.self),
                                 at: try row.get("at", String.self), staff: try row.get("staff", String.self),
                                 kind: try row.get("kind", String.self), step: try row.get("step", String?.self),
                                 text: try row.get("text", String.self), payload: try row.get("payload", String.self),
                                 version: try row.get("hash_version", Int.self))
        }
        var problems = TranscriptChain.verify(links, caseNumber: number, count: count, head: headHash, seal: seal)
        let expected = TranscriptChain.headSeal(caseNumber: number, count: count, head: headHash, seal: seal)
        if try head.get("head_seal", String?.self) != expected { problems.append(.countOrHeadChanged) }
        return problems
    }
}
