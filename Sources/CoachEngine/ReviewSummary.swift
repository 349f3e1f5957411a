import CaseEvents
import ComplaintDomain
import Foundation

/// What a supervisor reads first, as data: how the intake ended and where the case went, what
/// the score rests on, and what needs a look. Everything comes from the typed events and the
/// card; `ReviewText` (CoachText) words it.
public struct ReviewSummary: Sendable, Equatable {
    /// A point in the call: its transcript entry, and when.
    public struct Mark: Sendable, Equatable {
        public var entry: Int
        public var at: Date
    }

    /// Danger heard, and how long it took to act on it: an urgent case goes to the person on
    /// duty at once (regulation 5b, 5c), so the minutes matter.
    public struct Danger: Sendable, Equatable {
        /// The first danger word.
        public var heard: Mark
        public var terms: [String]
        /// Who is on duty, with their number, first on screen after it.
        public var onDutyShown: Mark?
        /// Marked urgent (it may be before the danger was heard, with `:urgent`).
        public var markedUrgent: Mark?
        /// The first `:called NAME` after it.
        public var called: Mark?
        public var calledName: String?
        /// Whether whoever was called is one of the people shown on duty.
        public var calledOnDuty: Bool
    }

    /// An answer Coach proposed that the record does not hold as proposed.
    public enum Changed: Sendable, Equatable {
        /// A fact heard in the account; `recorded` is what the record holds instead (nil: nothing).
        case fact(FactField, proposed: String, recorded: String?, at: Mark)
        /// Coach suggested one nature and staff chose the other.
        case nature(suggested: Nature, chosen: Nature, at: Mark)
    }

    public enum Flag: Sendable, Equatable {
        /// Taken by someone not on the roster (regulation 4: taken anyway, flagged).
        case notOnRoster(String)
        /// Staff spoke before the (simulated) caller had finished.
        case interrupted([Mark])
        case danger(Danger)
        /// Confirming was refused with facts missing.
        case confirmRefused([Mark])
        /// The database refused lines; they waited in the journal.
        case journaled([Mark])
        /// Facts the record still lacks, as the read-back lists them.
        case missing([IntakeQuestion])
        case changed([Changed])
    }

    /// The items a score rests on, by what showed each.
    public struct Basis: Sendable, Equatable {
        /// Shown by what Coach saw: words typed or said, fields set, the caller's reactions, or
        /// that nothing showed it.
        public var observed: [ScoreItem] = []
        /// Shown only by what staff reported (`y` at "did you say it?", `:called`).
        public var reported: [ScoreItem] = []
        /// Set by a reviewer's override.
        public var overridden: [ScoreItem] = []
        public var notApplicable: [ScoreItem] = []
    }

    public var stage: Stage
    public var isTraining: Bool
    public var voidReason: String?
    /// The routing last shown: who handles it, who is told, approval, escalation.
    public var routing: RoutingDecision?
    public var handler: Role?
    public var deadline: Date?
    /// The reviewed total, and the card's own before any override.
    public var total: Int
    public var originalTotal: Int
    /// A gift accepted fails the call whatever the points (guideline 11).
    public var failed: Bool
    public var basis: Basis
    public var flags: [Flag]

    public init(file: CaseFile, entries: [ReviewReport.Entry], card: Scorecard, reviewed: Scorecard, overrides: [ReviewOverride]) {
        let record = file.record
        stage = record.stage
        isTraining = record.isTraining
        handler = file.life.handler
        deadline = file.life.deadline
        voidReason = entries.lazy.compactMap { if case .voided(let reason) = $0.event { reason } else { nil } }.last
        routing = entries.lazy.compactMap { if case .routed(let decision) = $0.event { decision } else { nil } }.last
        total = reviewed.total
        originalTotal = card.total
        failed = reviewed.failed
        basis = Self.basis(reviewed, overridden: Set(overrides.map(\.item)))
        flags = Self.flags(file, entries)
    }

    // MARK: What the score rests on

    static func basis(_ card: Scorecard, overridden: Set<ScoreItem>) -> Basis {
        var basis = Basis()
        for line in card.lines {
            if overridden.contains(line.item) {
                basis.overridden.append(line.item)
            } else if line.result == .notApplicable {
                basis.notApplicable.append(line.item)
            } else if let event = line.evidence?.event, isStaffReport(event) {
                basis.reported.append(line.item)
            } else {
                basis.observed.append(line.item)
            }
        }
        return basis
    }

    /// Evidence that is only staff's word: what they reported saying or doing. Coach cannot
    /// hear a live call, so these are weighed apart from what it saw.
    static func isStaffReport(_ event: CaseEvent) -> Bool {
        switch event {
        case .phrase, .promise, .peopleTold, .called: true
        case .typed(let question, _): IntakeQuestion(rawValue: question)?.asksWhatWasSaid == true
        default: false
        }
    }

    // MARK: Flags

    static func flags(_ file: CaseFile, _ entries: [ReviewReport.Entry]) -> [Flag] {
        func marks(_ matches: (CaseEvent) -> Bool) -> [Mark] {
            entries.filter { matches($0.event) }.map { Mark(entry: $0.index, at: $0.at) }
        }
        var flags: [Flag] = []
        if let staff = entries.lazy.compactMap({ if case .notOnRoster(let s) = $0.event { s } else { nil } }).first {
            flags.append(.notOnRoster(staff))
        }
        if let danger = danger(entries) { flags.append(.danger(danger)) }
        let interruptions = marks { if case .interruptedCaller = $0 { true } else { false } }
        if !interruptions.isEmpty { flags.append(.interrupted(interruptions)) }
        let refused = marks { if case .confirmRefused = $0 { true } else { false } }
        if !refused.isEmpty { flags.append(.confirmRefused(refused)) }
        let journaled = marks { if case .journaled = $0 { true } else { false } }
        if !journaled.isEmpty { flags.append(.journaled(journaled)) }
        // A voided call (a wrong number) was never meant to be complete.
        guard file.record.stage != .voided else { return flags }
        let missing = IntakeEngine.missingFacts(IntakeState(record: file.record), at: .close)
        if !missing.isEmpty { flags.append(.missing(missing)) }
        let changed = changes(file.record, entries)
        if !changed.isEmpty { flags.append(.changed(changed)) }
        return flags
    }

    /// The first danger word, and when the call acted on it.
    static func danger(_ entries: [ReviewReport.Entry]) -> Danger? {
        guard let first = entries.firstIndex(where: { if case .urgencyWarning = $0.event { true } else { false } }),
              case .urgencyWarning(let terms) = entries[first].event else { return nil }
        let after = entries[first...]
        func mark(_ entry: ReviewReport.Entry?) -> Mark? { entry.map { Mark(entry: $0.index, at: $0.at) } }
        let shown = after.first { if case .onDuty(_, _?, _, _) = $0.event { true } else { false } }
        let urgent = entries.first { if case .nature(.urgent, _, _) = $0.event { true } else { false } }
        let call = after.first { if case .called = $0.event { true } else { false } }
        var name: String?
        if case .called(let called)? = call?.event { name = called }
        // Who was on screen as on duty, by name or staff id.
        let onDuty: [String] = entries.flatMap { entry -> [String] in
            guard case .onDuty(_, let staff, let name, _) = entry.event else { return [] }
            return [staff, name].compactMap { $0 }
        }
        let key = name.map(Self.folded) ?? ""
        let calledOnDuty = !key.isEmpty && onDuty.map(Self.folded).contains { !$0.isEmpty && ($0.contains(key) || key.contains($0)) }
        return Danger(heard: Mark(entry: entries[first].index, at: entries[first].at), terms: terms, onDutyShown: mark(shown),
                      markedUrgent: mark(urgent), called: mark(call), calledName: name, calledOnDuty: calledOnDuty)
    }

    /// A name compared as typed, without spaces or case: `:called 郭 麗珊` is 郭麗珊.
    static func folded(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace }
    }

    /// The facts Coach heard that the record holds otherwise (or not at all) once they were
    /// answered, and the nature chosen against Coach's suggestion.
    static func changes(_ record: ComplaintRecord, _ entries: [ReviewReport.Entry]) -> [Changed] {
        var changed: [Changed] = []
        // The last proposal of each field, once staff answered the proposals.
        var proposals: [FactField: (value: String, mark: Mark)] = [:]
        var answered: Set<FactField> = []
        for entry in entries {
            switch entry.event {
            case .proposal(let field, let value, _):
                guard let field = FactField(rawValue: field) else { continue }
                proposals[field] = (value, Mark(entry: entry.index, at: entry.at))
                answered.remove(field)
            case .proposalsAnswered:
                answered.formUnion(proposals.keys)
            default:
                break
            }
        }
        for field in FactField.allCases {
            guard let proposal = proposals[field] else { continue }
            let recorded = value(of: field, in: record)
            // A proposal still waiting for its answer is not a change, unless the field was set otherwise.
            guard answered.contains(field) || recorded != nil, recorded != proposal.value else { continue }
            changed.append(.fact(field, proposed: proposal.value, recorded: recorded, at: proposal.mark))
        }
        let nature = entries.last { if case .nature = $0.event { true } else { false } }
        if let nature, case .nature(let chosen, let suggested, .chosen) = nature.event, chosen != suggested {
            changed.append(.nature(suggested: suggested, chosen: chosen, at: Mark(entry: nature.index, at: nature.at)))
        }
        return changed
    }

    /// What the record holds for a fact Coach can propose, as a proposal writes it.
    static func value(of field: FactField, in record: ComplaintRecord) -> String? {
        switch field {
        case .name: record.person.name
        case .standing: record.person.standing?.rawValue
        case .building: record.building
        case .unit: record.unit
        case .contact: record.person.contact
        case .since: record.since
        case .wants: record.wants
        }
    }
}
