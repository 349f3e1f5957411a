/// Tamper evidence for a case's transcript: each event is numbered (its `seq` in the case) and
/// carries a hash of what it says chained to the hash before it. An event edited, removed or
/// inserted afterwards no longer fits the chain. (Anyone who can rewrite the whole database
/// can rewrite the chain too; this shows casual and partial edits, it does not prevent them.)
public enum TranscriptChain {
    /// The hash before the first event.
    public static let genesis = String(repeating: "0", count: 64)

    /// An event as stored: the time as the text written to the database.
    public struct Link: Sendable, Equatable {
        public var seq: Int
        public var hash: String
        public var at: String
        public var staff: String
        public var kind: String
        public var step: String?
        public var text: String

        public init(seq: Int, hash: String, at: String, staff: String, kind: String, step: String?, text: String) {
            self.seq = seq
            self.hash = hash
            self.at = at
            self.staff = staff
            self.kind = kind
            self.step = step
            self.text = text
        }
    }

    public enum Problem: Sendable, Equatable {
        /// The event numbered `seq` does not say what it said when written.
        case changed(seq: Int, at: String)
        /// Events `first...last` are gone.
        case removed(first: Int, last: Int)
        /// An event that was never part of the chain, found after event `after`.
        case inserted(after: Int, at: String, text: String)
    }

    public static func hash(previous: String, caseNumber: CaseNumber, seq: Int, at: String, staff: String,
                            kind: String, step: String?, text: String) -> String {
        // Unit separators keep field boundaries unambiguous ("ab"+"c" ≠ "a"+"bc").
        SHA256.hex([previous, caseNumber.description, String(seq), at, staff, kind, step ?? "", text].joined(separator: "\u{1F}"))
    }

    /// Checks links in the order they were stored against the chain; `count` is how many events
    /// the case says it has (so events removed from the end show too).
    public static func verify(_ links: [Link], caseNumber: CaseNumber, count: Int) -> [Problem] {
        var problems: [Problem] = []
        var previous = genesis
        var lastSeq = 0
        for link in links {
            if link.seq <= lastSeq {
                problems.append(.inserted(after: lastSeq, at: link.at, text: link.text))
                continue
            }
            if link.seq > lastSeq + 1 {
                problems.append(.removed(first: lastSeq + 1, last: link.seq - 1))
            } else if hash(previous: previous, caseNumber: caseNumber, seq: link.seq, at: link.at, staff: link.staff,
                           kind: link.kind, step: link.step, text: link.text) != link.hash {
                problems.append(.changed(seq: link.seq, at: link.at))
            }
            previous = link.hash
            lastSeq = link.seq
        }
        if count > lastSeq {
            problems.append(.removed(first: lastSeq + 1, last: count))
        }
        return problems
    }
}
