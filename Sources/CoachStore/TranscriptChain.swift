import ComplaintDomain

/// Tamper evidence for a case's transcript: each event is numbered (its `seq` in the case) and
/// carries a hash of what it says chained to the hash before it, so an event edited, removed or
/// inserted afterwards no longer fits. With the office's key (`ChainSeal.keyed`) the hash is an
/// HMAC, which someone holding only the database cannot forge; without it, someone able to
/// rewrite the whole database can rewrite the chain too, and only a digest kept elsewhere
/// (`coach verify --digest`) shows it.
public enum TranscriptChain {
    /// The hash before the first event.
    package static let genesis = String(repeating: "0", count: 64)

    /// How a row's hash was made.
    package enum Version: Int {
        /// Before events were typed: over the line's words; the payload is checked against them.
        case legacy = 1
        /// Over the words and the typed payload, SHA-256.
        case plain = 2
        /// Over the words and the typed payload, HMAC-SHA-256 with the office's key.
        case keyed = 3
    }

    /// An event as stored: the time as the text written to the database.
    package struct Link: Sendable, Equatable {
        /// The row's place in the table: events are only ever appended, so it grows with `seq`.
        package var row: Int64
        package var seq: Int
        package var hash: String
        package var at: String
        package var staff: String
        package var kind: String
        package var step: String?
        package var text: String
        package var payload: String
        package var version: Int

        package init(row: Int64, seq: Int, hash: String, at: String, staff: String, kind: String, step: String?, text: String,
                     payload: String, version: Int) {
            self.row = row
            self.seq = seq
            self.hash = hash
            self.at = at
            self.staff = staff
            self.kind = kind
            self.step = step
            self.text = text
            self.payload = payload
            self.version = version
        }
    }

    public enum Problem: Sendable, Equatable {
        /// The event numbered `seq` does not say what it said when written.
        case changed(seq: Int, at: String)
        /// Events `first...last` are gone.
        case removed(first: Int, last: Int)
        /// An event that was never part of the chain, found after event `after`.
        case inserted(after: Int, at: String, text: String)
        /// The event's hash cannot be checked: it was sealed with a key this run does not have.
        case keyMissing(seq: Int)
        /// The office keeps a key, but this event was not sealed with it.
        case unsealed(seq: Int)
        /// The case's recorded chain head is not its last event's hash.
        case headMismatch
        /// Event `seq` sits in the table before an event it follows: rows were moved.
        case reordered(seq: Int)
        /// The case's event count or chain head is not what was sealed with its last event:
        /// events were removed from the end and the count lowered to hide it.
        case countOrHeadChanged
    }

    /// The seal over a case's event count and chain head, kept beside them: lowering the count
    /// (and moving the head back) after removing the last events no longer fits it. Keyed when
    /// the office keeps a key, so only someone with the key can make one.
    package static func headSeal(caseNumber: CaseNumber, count: Int, head: String, seal: ChainSeal?) -> String {
        let message = ["head", caseNumber.description, String(count), head].joined(separator: "\u{1F}")
        return seal?.code(message) ?? ChainHash.hex(message)
    }

    /// One step of the ledger: every event of every case, in the order they were written, chained
    /// into one hash, so one digest (`ChainDigest`) speaks for the whole history at any moment.
    package static func ledger(previous: String, row: Int64, hash: String, seal: ChainSeal?) -> String {
        let message = ["ledger", previous, String(row), hash].joined(separator: "\u{1F}")
        return seal?.code(message) ?? ChainHash.hex(message)
    }

    package static func hash(previous: String, caseNumber: CaseNumber, seq: Int, at: String, staff: String, kind: String,
                     step: String?, text: String, payload: String?, seal: ChainSeal?) -> String {
        // Unit separators keep field boundaries unambiguous ("ab"+"c" ≠ "a"+"bc").
        var fields = [previous, caseNumber.description, String(seq), at, staff, kind, step ?? "", text]
        if let payload { fields.append(payload) }
        let message = fields.joined(separator: "\u{1F}")
        return seal?.code(message) ?? ChainHash.hex(message)
    }

    /// Checks links in the order they were stored against the chain; `count` and `head` are what
    /// the case says of its transcript (so events removed from the end show too). `seal` is the
    /// office's key, when this run has it.
    package static func verify(_ links: [Link], caseNumber: CaseNumber, count: Int, head: String, seal: ChainSeal?) -> [Problem] {
        var problems: [Problem] = []
        var previous = genesis
        var lastSeq = 0
        // Rows appended in order have growing row ids; a row moved to another id breaks that.
        var highestRow: Int64 = 0
        var moved: Int?
        for link in links {
            if link.seq <= lastSeq {
                problems.append(.inserted(after: lastSeq, at: link.at, text: link.text))
                continue
            }
            if link.row < highestRow, moved == nil { moved = link.seq }
            highestRow = max(highestRow, link.row)
            if link.seq > lastSeq + 1 {
                problems.append(.removed(first: lastSeq + 1, last: link.seq - 1))
            } else if let problem = check(link, previous: previous, caseNumber: caseNumber, seal: seal) {
                problems.append(problem)
            }
            previous = link.hash
            lastSeq = link.seq
        }
        if count > lastSeq {
            problems.append(.removed(first: lastSeq + 1, last: count))
        } else if problems.isEmpty, previous != head {
            problems.append(.headMismatch)
        }
        if let moved { problems.append(.reordered(seq: moved)) }
        return problems
    }

    private static func check(_ link: Link, previous: String, caseNumber: CaseNumber, seal: ChainSeal?) -> Problem? {
        func recomputed(payload: String?, seal: ChainSeal?) -> String {
            hash(previous: previous, caseNumber: caseNumber, seq: link.seq, at: link.at, staff: link.staff, kind: link.kind,
                 step: link.step, text: link.text, payload: payload, seal: seal)
        }
        switch Version(rawValue: link.version) {
        case .legacy:
            guard recomputed(payload: nil, seal: nil) == link.hash,
                  StoredEvent.decode(link.payload) == LegacyEvent.parse(kind: link.kind, step: link.step, text: link.text)
            else { return .changed(seq: link.seq, at: link.at) }
            return nil
        case .plain:
            guard recomputed(payload: link.payload, seal: nil) == link.hash else { return .changed(seq: link.seq, at: link.at) }
            return seal == nil ? nil : .unsealed(seq: link.seq)
        case .keyed:
            guard let seal else { return .keyMissing(seq: link.seq) }
            return recomputed(payload: link.payload, seal: seal) == link.hash ? nil : .changed(seq: link.seq, at: link.at)
        case nil:
            return .changed(seq: link.seq, at: link.at)
        }
    }
}
