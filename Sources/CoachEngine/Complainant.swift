import CaseEvents
import ComplaintDomain
import Training

/// The simulated owner or tenant of a scenario. Their mood answers what the trainee says:
/// acknowledgement, empathy, apology, ownership, a concrete promise and well-aimed questions
/// calm them; excuses, blame, arguing, passing the buck and interrupting make it worse. They
/// answer questions with the facts they hold, and say so when they do not know.
public struct Complainant: Sendable {
    public let scenario: Scenario
    public let speech: SpeechLexicon

    /// A calming act calms at most this often; after that it is only words.
    static let calmingLimit = 2

    public init(scenario: Scenario, speech: SpeechLexicon) {
        self.scenario = scenario
        self.speech = speech
    }

    /// What the caller says and what the transcript records of it.
    public struct Response: Equatable, Sendable {
        public var said: [String] = []
        /// What happened, for the transcript: mood changes, facts revealed, the gift.
        public var events: [CaseEvent] = []
    }

    /// The first segment of what they say.
    public func begin(_ caller: inout CallerState) -> Response {
        continueOpening(&caller)
    }

    /// They go on talking: the next segment of the opening, if any is left.
    public func continueOpening(_ caller: inout CallerState) -> Response {
        guard caller.spoken < scenario.opening.count else { return Response() }
        caller.spoken += 1
        return Response(said: [scenario.opening[caller.spoken - 1]])
    }

    /// The trainee said `line` to them (typed after `>`, or in their own words at a respond step).
    public func hear(_ line: String, _ caller: inout CallerState) -> Response {
        hear(acts: speech.acts(in: line), line: line, &caller)
    }

    /// Acts already known (a respond step ticked as said) or found in `line`.
    public func hear(acts: [SpeechAct: String], line: String, _ caller: inout CallerState) -> Response {
        var response = Response()
        if caller.spoken < scenario.opening.count {
            response.events.append(.interruptedCaller(segment: caller.spoken, of: scenario.opening.count))
            move(1, because: "interrupted", &caller, &response)
            if let reply = caller.random.pick(scenario.reactions.interrupted) { response.said.append(reply) }
            let more = continueOpening(&caller)
            response.said += more.said
            return response
        }
        if let gift = scenario.gift, caller.giftOffered, caller.gift == nil {
            if let term = acts[.acceptGift] {
                caller.gift = .accepted
                response.events.append(.giftAccepted(term: term))
                response.said.append(gift.afterAccept)
                return response
            }
            if let term = acts[.declineGift] {
                caller.gift = .declined
                response.events.append(.giftDeclined(term: term))
                response.said.append(gift.afterDecline)
                move(-1, because: "declined the gift politely", &caller, &response)
                return response
            }
        }
        let provoking = acts.filter { $0.key.provokes }
        if !provoking.isEmpty {
            let steps = scenario.excuseSensitive && provoking[.excuse] != nil ? 2 : 1
            let why = provoking.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue): \($0.value)" }
                .joined(separator: ", ")
            move(steps, because: why, &caller, &response)
            if let reply = caller.random.pick(scenario.reactions.angrier) { response.said.append(reply) }
            return response
        }
        if acts[.question] != nil {
            let folded = TermMatch.fold(line)
            let unrevealed = scenario.facts.filter { !caller.revealed.contains($0.id) }
            if let fact = unrevealed.first(where: { fact in fact.askedBy.contains { TermMatch.contains(folded, term: TermMatch.fold($0)) } }) {
                caller.revealed.append(fact.id)
                response.events.append(.factRevealed(id: fact.id))
                response.said.append(fact.answer)
                move(-1, because: "a well-aimed question", &caller, &response)
                return response
            }
            if let fact = scenario.facts.first(where: { fact in fact.askedBy.contains { TermMatch.contains(folded, term: TermMatch.fold($0)) } }) {
                response.said.append(fact.answer)
                return response
            }
            if !acts.contains(where: { $0.key.calms }) {
                response.said.append(scenario.unknownAnswer)
                return response
            }
        }
        let calming = acts.keys.filter { $0.calms && caller.calmedBy[$0.rawValue, default: 0] < Self.calmingLimit }
            .sorted { $0.rawValue < $1.rawValue }
        if !calming.isEmpty {
            for act in calming { caller.calmedBy[act.rawValue, default: 0] += 1 }
            move(-1, because: calming.map(\.rawValue).joined(separator: ", "), &caller, &response)
            if let reply = caller.random.pick(scenario.reactions.calmer) { response.said.append(reply) }
        }
        return response
    }

    /// Near the end, a caller with a gift offers it (guideline 11).
    public func offerGift(_ caller: inout CallerState) -> Response {
        guard let gift = scenario.gift, !caller.giftOffered else { return Response() }
        caller.giftOffered = true
        return Response(said: [gift.offer], events: [.giftOffered])
    }

    private func move(_ steps: Int, because why: String, _ caller: inout CallerState, _ response: inout Response) {
        let before = caller.mood
        caller.mood = before.moved(steps)
        if caller.mood != before {
            response.events.append(.moodChanged(from: before, to: caller.mood, because: why))
        }
    }
}
