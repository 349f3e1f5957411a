import CaseEvents
import ComplaintDomain
import Training

/// The simulated owner or tenant of a scenario, on the call's clock. Her words take time to say;
/// a line said while she is mid-sentence interrupts her. Her mood answers what the trainee says
/// and remembers it: acknowledgement, empathy, apology, ownership, a promise and well-aimed
/// questions ease her, each once; excuses, blame, arguing, passing the buck, interrupting, a
/// repeat or a line that does not fit make it worse. She knows her own details and the
/// scenario's facts, and answers what she is asked.
public struct Complainant: Sendable {
    public let scenario: Scenario
    public let speech: SpeechLexicon

    /// Times closer than this are the same moment (sums of tenths of a second are not exact).
    static let sameMoment = 0.001

    /// Seconds of silence after she has finished before she asks whether anyone is there.
    static let patience = 15.0
    static let maximumNudges = 2

    public init(scenario: Scenario, speech: SpeechLexicon) {
        self.scenario = scenario
        self.speech = speech
    }

    /// What happened, in order, for the transcript: her words (`callerSaid`), mood changes,
    /// facts revealed, gifts and demands.
    public struct Response: Equatable, Sendable {
        public var events: [CaseEvent] = []
    }

    // MARK: The clock

    /// Lets time run to `t`: what she finishes saying by then is said, what comes next starts,
    /// timed moments come, and a silence too long makes her ask whether anyone is there.
    public func advance(to t: Double, _ caller: inout CallerState) -> Response {
        var response = Response()
        caller.clock = max(caller.clock, t)
        while true {
            queueMoments(at: t, &caller, &response)
            if let current = caller.talking {
                guard let end = current.end, end <= t + Self.sameMoment else { break }
                finish(current, &caller, &response)
                continue
            }
            if let next = caller.queue.first {
                let gap = (next.segment ?? 0) > 0 ? scenario.pace.pause : 0
                let start = max(next.readyAt, caller.silentSince + gap)
                guard start <= t + Self.sameMoment else { break }
                var utterance = caller.queue.removeFirst()
                utterance.start = start
                utterance.end = start + scenario.pace.duration(of: utterance.text)
                caller.talking = utterance
                continue
            }
            let quietFrom = max(caller.silentSince, caller.lastSpoken)
            if caller.openingDone, caller.nudges < Self.maximumNudges, quietFrom + Self.patience <= t + Self.sameMoment {
                // She asks; it costs nothing in itself (the trainee may be writing her words down).
                enqueue(nudges[caller.nudges % nudges.count], at: quietFrom + Self.patience, &caller)
                caller.nudges += 1
                continue
            }
            break
        }
        return response
    }

    /// When she next finishes, starts or says something of her own accord, if ever: a driver
    /// with a virtual clock moves time there, so her words are written when she says them.
    public func nextChange(_ caller: CallerState) -> Double? {
        var times: [Double] = []
        if let end = caller.talking?.end {
            times.append(end)
        } else if let next = caller.queue.first {
            let gap = (next.segment ?? 0) > 0 ? scenario.pace.pause : 0
            times.append(max(next.readyAt, caller.silentSince + gap))
        } else if caller.openingDone, caller.nudges < Self.maximumNudges {
            times.append(max(caller.silentSince, caller.lastSpoken) + Self.patience)
        }
        for (index, moment) in scenario.moments.enumerated() where !caller.momentsDone.contains(index) {
            if case .at(let seconds) = moment.when { times.append(seconds) }
        }
        return times.min().map { max($0, caller.clock) }
    }

    /// What she is saying at this moment, as far as she has got, for the screen.
    public func talking(_ caller: CallerState) -> String? {
        guard let current = caller.talking, let start = current.start, let end = current.end else { return nil }
        return Self.part(of: current.text, done: (caller.clock - start) / max(0.1, end - start))
    }

    // MARK: Hearing

    /// The trainee said `line` to her at `t` (typed after `>`, or in their own words at a respond step).
    public func hear(_ line: String, at t: Double, _ caller: inout CallerState) -> Response {
        var response = advance(to: t, &caller)
        caller.lastSpoken = t
        if var current = caller.talking {
            guard let start = current.start, t - start < Self.sameMoment else {
                interrupt(current, at: t, &caller, &response)
                return response
            }
            // Spoken the very moment she opens her mouth: she lets it pass and starts after it.
            current.start = nil
            current.end = nil
            caller.talking = nil
            caller.queue.insert(current, at: 0)
        }
        // Heard in context: "no thanks" declines only a gift on offer, and a decline with none
        // offered, or an apology to a suggestion, is out of place.
        let heard = speech.hear(line, context: HearingContext(giftOffered: pendingGift(caller) != nil,
                                                              suggestion: scenario.expect.kind == .suggestion))
        let acts = heard.acts
        response = respond(to: line, heard, at: t, response, &caller)
        // A promise brings what she was keeping for it (a gift, say), after her answer to it.
        if acts[.promise] != nil { comeMoments(.afterPromise, &caller, &response) }
        return response
    }

    private func respond(to line: String, _ heard: Heard, at t: Double, _ before: Response,
                         _ caller: inout CallerState) -> Response {
        var response = before
        let acts = heard.acts
        if let answered = answerDemands(acts, &caller, &response) {
            return answered
        }
        // An insult is heard whatever else the line does: wrapped round a refusal, it still stings.
        let provoking = acts.keys.filter(\.provokes).sorted { $0.rawValue < $1.rawValue }
        if !provoking.isEmpty {
            let sensitive = scenario.excuseSensitive && provoking.contains(.excuse)
            move(sensitive ? 5 : 3, because: provoking.map { "\($0.rawValue): \(acts[$0]!)" }.joined(separator: ", "), &caller, &response)
        }
        if let gift = pendingGift(caller) {
            if let term = acts[.acceptGift] {
                caller.gift = .accepted
                response.events.append(.giftAccepted(term: term))
                say(gift.afterAccept, at: t, &caller)
                return response
            }
            if let term = acts[.declineGift] {
                caller.gift = .declined
                response.events.append(.giftDeclined(term: term))
                if provoking.isEmpty { move(-1, because: "decline_gift", &caller, &response) }
                say(gift.afterDecline, at: t, &caller)
                return response
            }
        }
        if !provoking.isEmpty {
            reply(scenario.reactions.angrier, at: t, &caller)
            return response
        }
        if let misplaced = misplaced(heard) {
            response.events.append(.misplaced(act: misplaced.act.rawValue, reason: misplaced.reason))
            move(1, because: misplaced.reason, &caller, &response)
            reply(scenario.reactions.puzzled.isEmpty ? scenario.reactions.angrier : scenario.reactions.puzzled, at: t, &caller)
            return response
        }
        if acts[.question] != nil, answer(line, at: t, calming: acts.keys.contains(where: \.calms), &caller, &response) {
            return response
        }
        let calming = acts.keys.filter(\.calms).sorted { $0.rawValue < $1.rawValue }
        guard !calming.isEmpty else { return response }
        let fresh = calming.filter { !caller.heard.contains($0.rawValue) }
        if fresh.isEmpty {
            response.events.append(.misplaced(act: calming[0].rawValue, reason: "repeated"))
            move(1, because: "repeated", &caller, &response)
            reply(scenario.reactions.repeated.isEmpty ? scenario.reactions.angrier : scenario.reactions.repeated, at: t, &caller)
            return response
        }
        caller.heard += fresh.map(\.rawValue)
        move(-1, because: fresh.map(\.rawValue).joined(separator: ", "), &caller, &response)
        reply(scenario.reactions.calmer, at: t, &caller)
        return response
    }

    /// A question: a fact she holds back, one of her own details, or what she does not know.
    /// False when the line asked nothing she can answer and was kind besides (she takes the kindness).
    private func answer(_ line: String, at t: Double, calming: Bool, _ caller: inout CallerState, _ response: inout Response) -> Bool {
        let folded = TermMatch.fold(line)
        let asks = { (fact: Scenario.Fact) in fact.askedBy.contains { TermMatch.contains(folded, term: TermMatch.fold($0)) } }
        if let fact = scenario.facts.first(where: { !caller.revealed.contains($0.id) && asks($0) }) {
            caller.revealed.append(fact.id)
            response.events.append(.factRevealed(id: fact.id))
            move(-1, because: "fact", &caller, &response)
            say(fact.answer, at: t, &caller)
            comeMoments(.afterFact(fact.id), &caller, &response)
            return true
        }
        let details = PersonaQuestion.asked(in: folded)
        if !details.isEmpty {
            say(details.map { $0.answer(scenario.persona, language: scenario.language) }.joined(separator: " "), at: t, &caller)
            return true
        }
        if scenario.facts.contains(where: asks) {
            // Asked again: she has said it already, and says so.
            sayAgain(at: t, &caller)
            return true
        }
        guard !calming else { return false }
        // Before she has told her story, "what can I do for you?" only lets her go on.
        if caller.openingDone { say(scenario.unknownAnswer, at: t, &caller) }
        return true
    }

    /// The answers to the manager or compensation demands still open, if this line answers them:
    /// each is settled well or badly, and she answers the last.
    private func answerDemands(_ acts: [SpeechAct: String], _ caller: inout CallerState, _ response: inout Response) -> Response? {
        let said = Set(acts.keys)
        var words: String?
        for kind in caller.pendingDemands {
            guard let index = caller.momentsDone.last(where: { scenario.moments[$0].kind.name == kind }) else { continue }
            let moment = scenario.moments[index].kind
            switch moment {
            case .manager(let demand), .compensation(let demand): words = settle(kind, demand, moment, said, &caller, &response) ?? words
            case .gift: continue
            }
        }
        guard let words else { return nil }
        say(words, at: caller.clock, &caller)
        return response
    }

    /// Settles one demand if the line answers it: her words to it, or nil.
    private func settle(_ kind: String, _ demand: CallerMoment.Demand, _ moment: CallerMoment.Kind, _ said: Set<SpeechAct>,
                        _ caller: inout CallerState, _ response: inout Response) -> String? {
        let bad = !said.isDisjoint(with: moment.answeredBadly)
        guard bad || !said.isDisjoint(with: moment.answeredWell) else { return nil }
        caller.pendingDemands.removeAll { $0 == kind }
        response.events.append(.demandAnswered(kind: kind, well: !bad))
        move(bad ? 3 : -1, because: bad ? "demand_bad" : "demand_good", &caller, &response)
        return bad ? demand.afterBad : demand.afterGood
    }

    /// A gift she has offered and nobody has answered yet.
    private func pendingGift(_ caller: CallerState) -> CallerMoment.Gift? {
        guard caller.giftOffered, caller.gift == nil else { return nil }
        for index in caller.momentsDone.reversed() {
            if case .gift(let gift) = scenario.moments[index].kind { return gift }
        }
        return nil
    }

    /// A line that does not fit the moment: a gift declined or accepted that nobody offered, an
    /// apology for a suggestion.
    /// A line that does not fit the moment, as hearing it in context found: a gift declined or
    /// accepted that nobody offered; an apology for a suggestion when it says nothing else kind.
    private func misplaced(_ heard: Heard) -> (act: SpeechAct, reason: String)? {
        for act in [SpeechAct.declineGift, .acceptGift] where heard.outOfPlace.contains(act) {
            return (act, "no_gift")
        }
        if heard.outOfPlace.contains(.apology), heard.acts.keys.allSatisfy({ $0 == .apology || !$0.calms }) {
            return (.apology, "suggestion")
        }
        return nil
    }

    // MARK: What she says

    /// Cut off mid-sentence: what she got out is said, she protests, then says it again.
    private func interrupt(_ current: CallerState.Utterance, at t: Double, _ caller: inout CallerState, _ response: inout Response) {
        let start = current.start ?? t, end = current.end ?? t
        let done = Self.part(of: current.text, done: (t - start) / max(0.1, end - start))
        if !done.isEmpty { response.events.append(.callerSaid(done + "——")) }
        response.events.append(.interruptedCaller(segment: caller.spoken, of: scenario.opening.count))
        caller.talking = nil
        caller.silentSince = t
        // She starts the sentence again once she has protested.
        caller.queue.insert(CallerState.Utterance(text: current.text, segment: current.segment, readyAt: t, moment: current.moment), at: 0)
        move(3, because: "interrupted", &caller, &response)
        if let words = pick(scenario.reactions.interrupted, &caller) {
            caller.lastReply = words
            caller.queue.insert(CallerState.Utterance(text: words, segment: nil, readyAt: t), at: 0)
        }
    }

    private func finish(_ utterance: CallerState.Utterance, _ caller: inout CallerState, _ response: inout Response) {
        caller.talking = nil
        caller.silentSince = utterance.end ?? caller.clock
        response.events.append(.callerSaid(utterance.text))
        if let segment = utterance.segment { caller.spoken = max(caller.spoken, segment + 1) }
        if let index = utterance.moment {
            switch scenario.moments[index].kind {
            case .gift:
                caller.giftOffered = true
                response.events.append(.giftOffered)
            case .manager, .compensation:
                caller.pendingDemands.append(scenario.moments[index].kind.name)
                response.events.append(.demandMade(kind: scenario.moments[index].kind.name))
            }
        }
        if utterance.segment != nil, caller.openingDone {
            // What she kept for the end of her story comes after a breath, not when someone next speaks.
            comeMoments(.afterOpening, at: caller.silentSince + scenario.pace.pause, &caller, &response)
        }
    }

    /// "I've just told you", in one of her words for it.
    private func sayAgain(at t: Double, _ caller: inout CallerState) {
        let told = scenario.language.pick("我頭先講咗喇。", "我刚才说了。", "I've just told you.")
        var words = pick(scenario.reactions.repeated, &caller) ?? told
        if words == caller.lastReply { words = told }
        enqueue(words, at: t, &caller)
    }

    /// One of `variants`, never the one she said last.
    private func reply(_ variants: [String], at t: Double, _ caller: inout CallerState) {
        if let words = pick(variants, &caller) { say(words, at: t, &caller) }
    }

    private func pick(_ variants: [String], _ caller: inout CallerState) -> String? {
        let fresh = variants.filter { $0 != caller.lastReply }
        return caller.random.pick(fresh.isEmpty ? variants : fresh)
    }

    /// A reply goes before the rest of her opening: she answers, then goes on. The same words
    /// twice running (a fact asked again, a second "I don't know") become a "I told you".
    private func say(_ words: String, at t: Double, moment: Int? = nil, _ caller: inout CallerState) {
        guard words != caller.lastReply else { return sayAgain(at: t, &caller) }
        enqueue(words, at: t, moment: moment, &caller)
    }

    private func enqueue(_ words: String, at t: Double, moment: Int? = nil, _ caller: inout CallerState) {
        caller.lastReply = words
        let utterance = CallerState.Utterance(text: words, segment: nil, readyAt: t, moment: moment)
        let firstWaiting = caller.queue.firstIndex { $0.segment != nil || $0.moment != nil } ?? caller.queue.endIndex
        caller.queue.insert(utterance, at: moment == nil ? firstWaiting : caller.queue.endIndex)
    }

    // MARK: Moments

    private func queueMoments(at t: Double, _ caller: inout CallerState, _ response: inout Response) {
        for (index, moment) in scenario.moments.enumerated() where !caller.momentsDone.contains(index) {
            if case .at(let seconds) = moment.when, seconds <= t + Self.sameMoment { come(index, at: seconds, &caller) }
        }
    }

    private func comeMoments(_ when: CallerMoment.When, at t: Double? = nil, _ caller: inout CallerState, _ response: inout Response) {
        for (index, moment) in scenario.moments.enumerated() where moment.when == when && !caller.momentsDone.contains(index) {
            come(index, at: t ?? caller.clock, &caller)
        }
    }

    private func come(_ index: Int, at t: Double, _ caller: inout CallerState) {
        caller.momentsDone.append(index)
        caller.queue.append(CallerState.Utterance(text: scenario.moments[index].kind.says, segment: nil, readyAt: t, moment: index))
    }

    // MARK: Mood

    private func move(_ steps: Int, because why: String, _ caller: inout CallerState, _ response: inout Response) {
        let before = caller.mood
        // Kept where it still moves her: far below calm, an insult would not show.
        let level = caller.startMood.level
        caller.heat = max(-2 * level, min(2 * (Mood.allCases.count - 1 - level) + 1, caller.heat + steps))
        let moved = level + (caller.heat >= 0 ? caller.heat / 2 : -((-caller.heat + 1) / 2))
        caller.mood = Mood.allCases[max(0, min(Mood.allCases.count - 1, moved))]
        caller.peak = max(caller.peak, caller.mood)
        if caller.mood != before {
            response.events.append(.moodChanged(from: before, to: caller.mood, because: why))
        }
    }

    private var nudges: [String] {
        [scenario.language.pick("喂？你仲喺唔喺度呀？", "喂？你还在吗？", "Hello? Are you still there?"),
         scenario.language.pick("喂？有冇人聽緊呀？", "喂？有人在听吗？", "Hello? Is anyone listening?")]
    }

    /// The first `done` share (0…1) of `text`, by characters.
    static func part(of text: String, done: Double) -> String {
        String(text.prefix(Int((Double(text.count) * min(1, max(0, done))).rounded(.down))))
    }
}
