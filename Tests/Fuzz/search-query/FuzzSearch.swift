import CaseEvents
import CivilTime
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import TextSafety

/// The search query builder (SearchMatch: the folded text to the trigram index as one FTS5
/// phrase, or to the index of characters and pairs) and `CoachStore.search` over a store in
/// memory, on any text. The input is split at its first NUL byte (or its middle, when it has
/// none): the first part is typed into a new case, the second is searched for.
///
/// Besides crashes, it checks: a search never fails (no FTS5 syntax error, whatever is typed);
/// every line shown contains the text searched for (its controls left out, case and width
/// ignored); and a text of three characters or more, with a letter or digit in it, that is in
/// the typed line as it was indexed, finds that case.
final class Store {
    private(set) var store: CoachStore
    private(set) var cases = 0
    private var day = 1

    init() {
        store = Store.fresh()
    }

    static func fresh() -> CoachStore {
        do {
            return try CoachStore(DatabaseQueue())
        } catch {
            fatalError("cannot make a store in memory: \(error)")
        }
    }

    /// A new case holding `typed`, in a store renewed every 2,000 cases to keep each run fast.
    func add(_ typed: String) -> CaseNumber {
        if cases >= 2000 {
            store = Store.fresh()
            cases = 0
        }
        cases += 1
        let number = CaseNumber(day: LocalDate(year: 2026, month: 3, day: 1 + cases % 28), sequence: cases)
        let received = Date(timeIntervalSince1970: 1_772_000_000 + Double(cases) * 60)
        let record = ComplaintRecord(caseNumber: number, receivedAt: received, receivedBy: "chan.mw",
                                     nature: .ordinary, category: "water", building: "A座", unit: "12樓B室",
                                     stage: .received, isTraining: false)
        let event = TranscriptEvent(at: received.addingTimeInterval(10), staff: "chan.mw", step: "account",
                                    .typed(question: "account", text: typed))
        do {
            try store.importCases([ImportedCase(record: record, life: CaseLife(deadline: received.addingTimeInterval(86_400)),
                                                events: [event])])
        } catch {
            fatalError("a typed line could not be stored: \(error) — \(typed.debugDescription)")
        }
        return number
    }
}

nonisolated(unsafe) let stores = Store()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearch(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: bytes, count: size)
    let cut = buffer.firstIndex(of: 0) ?? size / 2
    let typed = String(decoding: buffer[..<cut], as: UTF8.self)
    let wanted = String(decoding: buffer[min(cut + (cut < size && buffer[cut] == 0 ? 1 : 0), size)...], as: UTF8.self)

    // What is searched for: the query without its controls, as CoachStore.search takes it.
    let folded = TermMatch.fold(SafeText.line(wanted))
    _ = SearchMatch(folded)
    let number = stores.add(typed)

    let hits: [SearchHit]
    do {
        hits = try stores.store.search(SearchQuery(text: wanted, limit: 5000))
    } catch {
        fatalError("search failed: \(error) — query \(wanted.debugDescription)")
    }
    for hit in hits {
        for line in hit.lines {
            check(TermMatch.fold(line).contains(folded), "\(line.debugDescription) shown for \(wanted.debugDescription)")
        }
    }
    // What was indexed for the new case: the line as stored (made safe), folded as queries are.
    // (Compared scalar by scalar: Foundation's String.contains traps on some texts with a NUL,
    // e.g. "漏水".contains("水\u{0}"), and that is for Coach's own calls to meet, not the check's.)
    let indexed = TermMatch.fold(SafeText.line(typed))
    let searchable = CoachStore.isSearchable(typed) && !isCommand(typed)
    // A query without a letter or digit (";;;", "� &") looks for nothing, by design (SearchMatch).
    if searchable, folded.unicodeScalars.count >= 3, folded.count >= 3, !SearchGrams.words(folded).isEmpty,
       indexed.unicodeScalars.containsRun(folded.unicodeScalars) {
        check(hits.contains { $0.file.record.caseNumber == number },
                     "\(wanted.debugDescription) is in \(typed.debugDescription) but the search did not find it")
    }
    return 0
}

/// `:note …` and the like are commands, not what anyone said, and are not indexed.
func isCommand(_ typed: String) -> Bool {
    let trimmed = typed.trimmingCharacters(in: .whitespaces)
    return trimmed.hasPrefix(":") || trimmed.hasPrefix("：")
}

extension String.UnicodeScalarView {
    /// Whether `run` appears here scalar for scalar (what FTS5's trigram index matches).
    func containsRun(_ run: String.UnicodeScalarView) -> Bool {
        let a = Array(self), b = Array(run)
        guard !b.isEmpty, b.count <= a.count else { return b.isEmpty }
        return (0...(a.count - b.count)).contains { start in a[start..<(start + b.count)].elementsEqual(b) }
    }
}
