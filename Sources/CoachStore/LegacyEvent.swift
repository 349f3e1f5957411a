import CaseEvents
import ComplaintDomain
import Training

/// Transcript lines written before events were typed (schema v4 and earlier), read once into
/// typed events when the database is migrated, and again by `verify` to check that a migrated
/// payload still says what its (hashed) line said. A line no rule here understands stays a
/// `.legacy` event with its words.
enum LegacyEvent {
    static func parse(kind: String, step: String?, text: String) -> CaseEvent {
        let question = step ?? ""
        switch kind {
        case "prompt": return .prompt(question: question, text: text)
        case "input": return .typed(question: question, text: text)
        case "cue": return .cue(guideline: guideline(in: text), text: text)
        case "speech": return .saidToCaller(text)
        case "caller": return .callerSaid(text)
        case "note": return step == "review" ? .reviewComment(text) : .legacy(kind: kind, text: text)
        case "system":
            if text == "Ctrl-C" { return .key(.interrupt) }
            if text == "end of input (Ctrl-D)" { return .key(.endOfInput) }
            return .message(text: text)
        case "transition": return transition(text) ?? .legacy(kind: kind, text: text)
        case "decision": return decision(text, step: step) ?? .legacy(kind: kind, text: text)
        default: return .legacy(kind: kind, text: text)
        }
    }

    /// `指引 3 · …` or `Guideline 3 · …`.
    private static func guideline(in text: String) -> Int? {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, ["指引", "Guideline"].contains(String(words[0])) else { return nil }
        return Int(words[1])
    }

    /// A desk action, `approve: awaiting_approval → in_handling` (its details were separate lines).
    private static func transition(_ text: String) -> CaseEvent? {
        guard let colon = text.firstIndex(of: ":"), let action = CaseAction(rawValue: String(text[..<colon])), action != .receive
        else { return nil }
        let stages = text[text.index(after: colon)...].split(separator: "→").map { $0.trimmingCharacters(in: .whitespaces) }
        guard stages.count == 2, let from = Stage(rawValue: stages[0]), let to = Stage(rawValue: stages[1]) else { return nil }
        return .action(ActionTaken(action: action, from: from, to: to))
    }

    private static func decision(_ text: String, step: String?) -> CaseEvent? {
        func after(_ prefix: String) -> String? {
            text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : nil
        }
        /// `A → B` into two values.
        func arrow<T>(_ body: Substring, _ make: (String) -> T?) -> (T, T)? {
            let parts = body.components(separatedBy: " → ")
            guard parts.count == 2, let a = make(parts[0]), let b = make(parts[1]) else { return nil }
            return (a, b)
        }
        if text == "draft kept" { return .draftKept }
        if text == "gift offered" { return .giftOffered }
        if text == "routing: people told" { return .peopleTold(note: nil) }
        if text == "promise: told the caller" { return .promise(told: true, note: nil) }
        if text == "promise: not told" { return .promise(told: false, note: nil) }
        if text == "nature: urgent (marked by staff with :urgent)" {
            return .nature(chosen: .urgent, suggested: .urgent, basis: .markedUrgent)
        }
        if let rest = after("staff "), let end = rest.range(of: " is not on the roster") {
            return .notOnRoster(staff: String(rest[..<end.lowerBound]))
        }
        if let value = after("channel: "), let channel = Channel(rawValue: value) { return .field(.channel(channel)) }
        if let value = after("standing: "), let standing = Standing(rawValue: value) { return .field(.standing(standing)) }
        if let value = after("kind: "), let kind = ComplaintKind(rawValue: value) { return .field(.kind(kind)) }
        if let value = after("category: ") { return .field(.category(value)) }
        if let value = after("nature: "), let open = value.range(of: " (suggested "), value.hasSuffix(")"),
           let chosen = Nature(rawValue: String(value[..<open.lowerBound])),
           let suggested = Nature(rawValue: String(value[open.upperBound...].dropLast())) {
            return .nature(chosen: chosen, suggested: suggested, basis: .chosen)
        }
        if let value = after("fact revealed: ") { return .factRevealed(id: value) }
        if let value = after("gift accepted ("), value.hasSuffix(")") { return .giftAccepted(term: String(value.dropLast())) }
        if let value = after("gift declined ("), value.hasSuffix(")") { return .giftDeclined(term: String(value.dropLast())) }
        if let value = after("interrupted the caller (after segment "), value.hasSuffix(")") {
            let numbers = value.dropLast().components(separatedBy: " of ").compactMap { Int($0) }
            if numbers.count == 2 { return .interruptedCaller(segment: numbers[0], of: numbers[1]) }
        }
        if let value = after("mood: "), let open = value.range(of: " ("), value.hasSuffix(")"),
           let (from, to) = arrow(value[..<open.lowerBound], Mood.init(rawValue:)) {
            return .moodChanged(from: from, to: to, because: String(value[open.upperBound...].dropLast()))
        }
        if let value = after("training finished; caller "), let (start, end) = arrow(Substring(value), Mood.init(rawValue:)) {
            return .trainingFinished(start: start, end: end)
        }
        if let value = after("training: ") {
            let parts = value.components(separatedBy: "; caller ")
            guard parts.count == 2, let mood = Mood(rawValue: parts[1]) else { return nil }
            let exam = parts[0].hasSuffix(" (exam)")
            return .trainingStarted(scenario: exam ? String(parts[0].dropLast(" (exam)".count)) : parts[0], exam: exam, mood: mood)
        }
        if let value = after("scorecard: "), let slash = value.firstIndex(of: "/"), let total = Int(value[..<slash]) {
            return .scored(total: total, failed: value.hasSuffix("(fail: gift accepted)"))
        }
        if let value = after("review override: "), let dash = value.range(of: " — ") {
            let parts = value[..<dash.lowerBound].split(separator: " ")
            guard parts.count == 4, parts[2] == "→", let item = ScoreItem(rawValue: String(parts[0])),
                  let from = ScoreResult(rawValue: String(parts[1])), let to = ScoreResult(rawValue: String(parts[3]))
            else { return nil }
            return .reviewOverride(item: item, from: from, to: to, reason: String(value[dash.upperBound...]))
        }
        if let question = step, ["acknowledge", "admitShortfall", "takeOwnership"].contains(question) {
            let purpose: PhrasePurpose = question == "admitShortfall" ? .admitShortfall : question == "takeOwnership" ? .takeOwnership : .acknowledge
            if text == "\(question): said" { return .phrase(question: question, purpose: purpose, answer: .said) }
            if text == "\(question): not said" { return .phrase(question: question, purpose: purpose, answer: .notSaid) }
            if let words = after("\(question): said in own words: ") {
                return .phrase(question: question, purpose: purpose, answer: .ownWords(words))
            }
        }
        if let question = step, text == "\(question): skipped" {
            return .skipped(question: question)
        }
        return nil
    }
}
