import CaseEvents
import CivilTime
import ComplaintDomain
import Foundation
import TextSafety

/// How an event is kept in the `payload` column: versioned JSON, keys sorted so the same event
/// always makes the same bytes (the hash chain covers them).
package struct StoredEvent: Codable {
    /// The payload format this program writes.
    static let currentVersion = 1

    var v: Int
    var event: CaseEvent

    package static func encode(_ event: CaseEvent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.storage(date))
        }
        return String(decoding: try encoder.encode(StoredEvent(v: currentVersion, event: event)), as: UTF8.self)
    }

    /// Nil for a payload this program cannot read (written by a newer Coach, or damaged).
    package static func decode(_ json: String) -> CaseEvent? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a timestamp: \(text)"))
            }
            return date
        }
        guard let stored = try? decoder.decode(StoredEvent.self, from: Data(json.utf8)), stored.v <= currentVersion else { return nil }
        return stored.event
    }

    /// The readable line kept beside the payload for anyone reading the database with `sqlite3`
    /// (and for search): what was typed, said or shown, or a short English summary of a decision.
    /// Nothing reads it back.
    package static func plain(_ event: CaseEvent) -> String {
        // SQLite would end the text at a NUL; the payload keeps it (JSON escapes it). A NUL is
        // always a character of its own, so replacing the scalar is what Foundation's search did,
        // without its cost on every typed line.
        words(event).replacingScalar("\u{0}", with: "␀")
    }

    private static func words(_ event: CaseEvent) -> String {
        switch event {
        case .opened(let o): "opened \(o.caseNumber) by \(o.receivedBy) (\(o.channel.rawValue))\(o.isTraining ? ", training" : "")"
        case .prompt(_, let text), .typed(_, let text), .cue(_, let text), .message(let text), .note(let text),
             .saidToCaller(let text), .callerSaid(let text), .reviewComment(let text), .legacy(_, let text):
            text
        case .confirmRefused(let missing): "confirm refused; missing: \(missing.joined(separator: ", "))"
        case .journaled(let error): "kept in the journal: \(error)"
        case .key(let key): key == .interrupt ? "Ctrl-C" : "end of input (Ctrl-D)"
        case .rawInput(let bytes): "the line's \(bytes.count) bytes as typed, not UTF-8: \(bytes.map { String($0, radix: 16) }.joined(separator: " "))"
        case .phraseOffered(let purpose, let text): "offered (\(purpose.rawValue)): \(text)"
        case .urgencyWarning(let terms): "sounds urgent: \(terms.joined(separator: ", "))"
        case .whoToCall(let roles): "who to call: \(roles.map(\.rawValue).joined(separator: ", "))"
        case .onDuty(let role, let staff, let name, let phone):
            "on duty for \(role.rawValue): " + (staff.map { "\($0) \(name ?? "") \(phone ?? "")" } ?? "nobody rostered")
        case .safetyAdvice(let hazard, let text): "safety advice (\(hazard)): \(text)"
        case .proposal(let field, let value, let heard): "heard \(field): \(value) (from \(heard))"
        case .proposalsAnswered(let accepted): accepted ? "what was heard: accepted" : "what was heard: refused"
        case .signal(let key): "signal: \(key)"
        case .ruleShown(let number, let article): article ? "regulation article \(number) shown" : "house rule \(number) shown"
        case .earlierCases(let count, let last): "earlier cases in 12 months: \(count)" + (last.map { ", last \($0)" } ?? "")
        case .called(let name): "called \(name)"
        case .voided(let reason): "voided: \(reason)"
        case .field(let value): "\(value.field): \(value.plain)"
        case .accountLine(let line): "account: \(line)"
        case .skipped(let question): "\(question): skipped"
        case .phrase(let question, _, .said): "\(question): reported said"
        case .phrase(let question, _, .notSaid): "\(question): reported not said"
        case .phrase(let question, _, .ownWords(let words)): "\(question): reported said in own words: \(words)"
        case .nature(let chosen, let suggested, let basis): "nature: \(chosen.rawValue) (suggested \(suggested.rawValue); \(basis.rawValue))"
        case .routed(let d): "route: handler \(d.handler.rawValue); notify \(d.notify.map(\.rawValue).joined(separator: ", "))"
            + "; deadline \(d.deadline.map { Timestamp.storage($0.due) } ?? "-"); reply \(d.replyVia.rawValue)"
        case .peopleTold(let note): "people told" + (note.map { ": \($0)" } ?? "")
        case .promise(let told, let note): (told ? "promise: reported told" : "promise: reported not told") + (note.map { ": \($0)" } ?? "")
        case .notOnRoster(let staff): "\(staff) is not on the roster: flagged"
        case .draftKept: "draft kept"
        case .received(let life): "received; handler \(life.handler?.rawValue ?? "-")"
        case .trainingStarted(let scenario, let exam, let mood): "training: \(scenario)\(exam ? " (exam)" : ""); caller \(mood.rawValue)"
        case .moodChanged(let from, let to, let because): "mood: \(from.rawValue) → \(to.rawValue) (\(because))"
        case .interruptedCaller(let segment, let of): "interrupted the caller (after segment \(segment) of \(of))"
        case .factRevealed(let id): "fact revealed: \(id)"
        case .giftOffered: "gift offered"
        case .giftDeclined(let term): "gift declined (\(term))"
        case .giftAccepted(let term): "gift accepted (\(term))"
        case .whileCallerTalking(let segment): "typed while the caller was talking" + (segment.map { " (part \($0))" } ?? "")
        case .demandMade(let kind): "the caller demanded: \(kind)"
        case .demandAnswered(let kind, let well): "\(kind) answered \(well ? "well" : "badly")"
        case .misplaced(let act, let reason): "out of place: \(act) (\(reason))"
        case .trainingFinished(let start, let end): "training finished; caller \(start.rawValue) → \(end.rawValue)"
        case .scored(let total, let failed): "scorecard: \(total)/100\(failed ? " (fail: gift accepted)" : "")"
        case .action(let a): "\(a.action.rawValue): \(a.from.rawValue) → \(a.to.rawValue)"
            + (a.department.map { "; department \($0)" } ?? "") + (a.text.map { "; \($0)" } ?? "")
        case .reviewOverride(let item, let from, let to, let reason): "review override: \(item.rawValue) \(from.rawValue) → \(to.rawValue) — \(reason)"
        case .snapshot: "record as it stood when brought in"
        }
    }
}
