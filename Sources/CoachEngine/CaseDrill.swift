import CaseEvents
import CivilTime
import ComplaintDomain
import Foundation
import Training

/// A drill drafted from a received case (guideline 12 with the office's own calls): the caller's
/// words as the opening, the facts the record holds as facts to draw out, the classification the
/// case was given as what is expected, and every personal datum replaced by a consistent stand-in
/// (`StandIns`). The time of the call moves back by whole weeks to a day the same routing applies
/// to, so the right handling is the case's while its day is not. Words a draft needs that the
/// case cannot give (how she reacts, the questions that draw each fact) come from `DrillWording`.
public struct CaseDrill: Sendable {
    public let organization: Organization

    public init(organization: Organization) {
        self.organization = organization
    }

    /// Why a case cannot become a drill.
    public enum Refusal: Error, Equatable, Sendable {
        /// The intake is not finished: nothing is decided yet.
        case draft
        /// A junk call, voided.
        case voided
        /// Already a drill.
        case training
    }

    public struct Draft: Sendable {
        public var scenario: Scenario
        /// What the caller's words brought up during the call (anger, compensation…), for the
        /// trainer to turn into moments.
        public var signals: [String]
        /// The routing at the drill's time: the case's own.
        public var routing: RoutingDecision
    }

    /// The questions that draw each fact, the caller's reactions and the rest a draft needs, in
    /// the scenario's language.
    public struct DrillWording: Sendable {
        public var askedBy: [Scenario.Fact.Field: [String]]
        public var reactions: Scenario.Reactions
        public var unknownAnswer: String
        public var manner: String
        /// What she says first when the record holds none of her words.
        public var opening: String
        /// After the category's name in the title.
        public var titleSuffix: String

        public init(askedBy: [Scenario.Fact.Field: [String]], reactions: Scenario.Reactions, unknownAnswer: String, manner: String,
                    opening: String, titleSuffix: String) {
            self.askedBy = askedBy
            self.reactions = reactions
            self.unknownAnswer = unknownAnswer
            self.manner = manner
            self.opening = opening
            self.titleSuffix = titleSuffix
        }
    }

    /// The language the caller spoke, from what the record holds of her words.
    public static func language(of file: CaseFile) -> Language {
        let record = file.record
        return Language(writtenIn: ([record.account] + [record.location, record.since, record.wants, record.realCause].compactMap { $0 })
            .joined(separator: "\n"))
    }

    public func draft(_ file: CaseFile, events: [TranscriptEvent], id: String,
                      wording: (Language) -> DrillWording) -> Result<Draft, Refusal> {
        let record = file.record
        if record.isTraining { return .failure(.training) }
        switch record.stage {
        case .draft: return .failure(.draft)
        case .voided: return .failure(.voided)
        default: break
        }
        let language = Self.language(of: file)
        let words = wording(language)

        // Everything the drill takes from the case, read once for its stand-ins.
        let lines = record.account.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let others = record.coordinateWith.isEmpty ? nil : record.coordinateWith.joined(separator: language == .en ? "; " : "、")
        let factTexts: [(Scenario.Fact.Field, String?)] = [(.since, record.since), (.location, record.location), (.wants, record.wants),
                                                          (.realCause, record.realCause), (.coordinateWith, others)]
        var known = organization.staff.map(\.name)
        if let name = record.person.name {
            known.append(name)
            // The given name said alone (大文 of 陳大文) is found too.
            if let surname = PersonalData.surname(of: name), name.count - surname.count >= 2 { known.append(String(name.dropFirst(surname.count))) }
        }
        let texts = lines + factTexts.compactMap(\.1) + [record.unit, record.person.contact, record.building].compactMap { $0 }
        var standIns = StandIns(texts: texts, known: known, buildings: organization.buildings, seed: Self.seed(record.caseNumber))

        let opening = lines.isEmpty ? [words.opening] : lines.map { standIns.replacing($0) }
        let facts = factTexts.compactMap { field, text -> Scenario.Fact? in
            guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            let answer = standIns.replacing(text)
            return Scenario.Fact(id: field.rawValue, field: field, answer: answer, askedBy: words.askedBy[field] ?? [],
                                 inRecord: Self.keyWords(answer, language: language))
        }
        let persona = Scenario.Persona(
            name: standIns.replacing(record.person.name ?? (language == .en ? "Mrs Chan" : "陳太")),
            standing: record.person.standing ?? .occupant,
            building: standInBuilding(record.building, &standIns),
            unit: standIns.replacing(record.unit ?? (language == .en ? "Flat D, 8/F" : "8樓D室")),
            contact: standIns.replacing(record.person.contact ?? "9123 4567"), manner: words.manner)

        let category = organization.categories.first { $0.id == record.category } ?? organization.categories.first { $0.id == "other" }
            ?? organization.categories[0]
        let expect = Scenario.Expectation(kind: record.kind, nature: record.nature ?? .ordinary, category: category.id,
                                          coordinate: others != nil,
                                          cause: facts.first { $0.field == .realCause }?.inRecord ?? [],
                                          coordinateWith: facts.first { $0.field == .coordinateWith }?.inRecord ?? [])
        let signals = events.compactMap { if case .signal(let key) = $0.event { key } else { nil } }
        let (receivedAt, routing) = drillTime(record)
        let scenario = Scenario(
            id: id, language: language, title: category.name[language] + words.titleSuffix,
            summary: String(opening[0].prefix(language == .en ? 80 : 40)), receivedAt: receivedAt, channel: record.channel,
            persona: persona, mood: signals.contains(where: ["anger", "press_or_legal"].contains) ? .angry : .upset,
            opening: opening, facts: facts, unknownAnswer: words.unknownAnswer, reactions: words.reactions, expect: expect)
        var seen: Set<String> = []
        return .success(Draft(scenario: scenario, signals: signals.filter { seen.insert($0).inserted }, routing: routing))
    }

    /// The caller's building as another of the estate's (one that exists, as a scenario needs).
    private func standInBuilding(_ building: String?, _ standIns: inout StandIns) -> String {
        guard let building, organization.buildings.contains(building) else { return organization.buildings.first ?? "" }
        return standIns.replacing(building)
    }

    /// The call's time moved back by whole weeks, at the same time of day, to the first day its
    /// routing (handler, who is told, approval, escalation, working hours, time allowed) is the same.
    func drillTime(_ record: ComplaintRecord) -> (Date, RoutingDecision) {
        let router = organization.router
        let calendar = organization.calendar
        func route(_ date: Date) -> RoutingDecision {
            router.route(RoutingInput(channel: record.channel, kind: record.kind, nature: record.nature ?? .ordinary,
                                      receivedAt: date, beyondManagerAuthority: record.beyondManagerAuthority))
        }
        func shape(_ decision: RoutingDecision, _ date: Date) -> String {
            "\(decision.handler) \(decision.notify) \(String(describing: decision.approvalBy)) \(String(describing: decision.escalateTo)) "
                + "\(decision.workingHours) \(decision.deadline.map { Int($0.due.timeIntervalSince(date).rounded()) } ?? -1)"
        }
        let original = shape(route(record.receivedAt), record.receivedAt)
        let clock = calendar.clock(of: record.receivedAt)
        let day = calendar.localDate(of: record.receivedAt)
        let minute = ClockTime(hour: clock.hour, minute: clock.minute)
        // Seconds and their fraction into the minute, kept as they were.
        let intoMinute = record.receivedAt.timeIntervalSince(calendar.moment(day, minute))
        for weeks in 1...104 {
            let date = calendar.moment(day.adding(days: -7 * weeks), minute).addingTimeInterval(intoMinute)
            let decision = route(date)
            if shape(decision, date) == original { return (date, decision) }
        }
        return (record.receivedAt, route(record.receivedAt))
    }

    /// A number from the case number, so the same case always gets the same stand-ins.
    static func seed(_ number: CaseNumber) -> Int {
        number.description.unicodeScalars.reduce(7) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF }
    }

    /// Short words of an answer that show it was written down (`in_record`): its clauses of two to
    /// eight characters, the first four of a longer one; in English its longer words.
    static func keyWords(_ answer: String, language: Language) -> [String] {
        var words: [String] = []
        if language == .en {
            let stop: Set<String> = ["that", "this", "with", "from", "have", "they", "their", "there", "since", "about", "would", "could", "when"]
            for word in answer.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            where word.count >= 4 && !stop.contains(String(word)) && !word.allSatisfy(\.isNumber) {
                if !words.contains(String(word)) { words.append(String(word)) }
            }
        } else {
            for clause in answer.split(whereSeparator: { "，。、；：,.;:!?！？ 「」（）()".contains($0) }) {
                let text = String(clause)
                let word = text.count <= 8 ? text : String(text.prefix(4))
                // A bare number (a stand-in phone's half) shows nothing was understood.
                if text.count >= 2, !word.allSatisfy(\.isNumber), !words.contains(word) { words.append(word) }
            }
        }
        return words.isEmpty ? [String(answer.prefix(4))] : Array(words.prefix(5))
    }
}
