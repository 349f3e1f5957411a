import CoachEngine
import ComplaintDomain
import Foundation
import Training

/// Two trainees who play any scenario to the end on the call's clock: one who handles it as
/// the guidelines say, one who does everything the guidelines warn against. They answer what
/// is on the screen, as a person would, so they play scenarios nobody wrote a play for.
enum ScriptedTrainee {
    /// Letters that pick each channel at the prompt.
    static func key(_ channel: Channel) -> String {
        switch channel {
        case .phone: "p"
        case .inPerson: "i"
        case .letter: "l"
        case .other: "o"
        }
    }

    /// What a trainee says, in the caller's language: each line does one thing (checked against
    /// the shipped lexicons by `TrainingEngineTests.theScriptedLinesAreHeardAsMeant`).
    struct Talk {
        let language: Language

        var greeting: String { language.pick("你好，管理處。", "你好，管理处。", "Good morning, management office.") }
        var acknowledge: String { language.pick("明白你好嬲，我而家即刻幫你記低。", "明白您的心情，我现在记录下来。",
                                                "I understand, and I'm writing it all down now.") }
        var empathy: String { language.pick("換轉係我，我都會好嬲。", "换作是我，我也会很生气。", "That must be frustrating; I'd be upset too.") }
        var apology: String { language.pick("對唔住，係我哋做得唔夠好。", "对不起，是我们做得不够好。", "I'm sorry, we let you down.") }
        var ownership: String { language.pick("呢件事由我負責跟進。", "这件事由我负责跟进。", "I'll take care of this personally.") }
        var promise: String { language.pick("今日之內我會致電覆你。", "今天之内给您回电话。", "I'll call you back by 2 pm today.") }
        var decline: String { language.pick("心領，公司規定唔收利是。", "心领了，公司规定不收红包。",
                                            "Please keep the red packet; we cannot accept gifts.") }
        var damage: String { language.pick("請問有咩損壞？", "请问有什么损坏？", "Which things were damaged?") }

        /// A question with the first word that draws the fact out.
        func ask(_ fact: Scenario.Fact) -> String {
            language.pick("請問\(fact.askedBy[0])？", "请问\(fact.askedBy[0])？", "Could you tell me \(fact.askedBy[0])?")
        }

        func ask(_ detail: PersonaQuestion) -> String {
            switch detail {
            case .name: language.pick("請問點稱呼你？", "请问怎么称呼您？", "May I have your name?")
            case .contact: language.pick("請問你電話幾多號？", "请问您的电话？", "What is your phone number?")
            case .building: language.pick("請問你住邊座？", "请问您住哪座？", "Which block is it?")
            case .unit: language.pick("請問你住邊個單位？", "请问您住哪个单位？", "Which flat is it?")
            case .standing: language.pick("請問你係業主定租客？", "请问您是业主还是租客？", "Are you the owner?")
            }
        }
    }

    /// The persona detail a check question asks for, if it is one.
    static func detail(_ question: IntakeQuestion) -> PersonaQuestion? {
        switch question {
        case .callerName: .name
        case .contact: .contact
        case .building: .building
        case .unit: .unit
        case .standing: .standing
        default: nil
        }
    }

    static func value(_ detail: PersonaQuestion, _ persona: Scenario.Persona) -> String {
        switch detail {
        case .name: persona.name
        case .contact: persona.contact
        case .building: persona.building
        case .unit: persona.unit
        case .standing: persona.standing.rawValue
        }
    }

    /// The `:FIELD` a fact is written into.
    static func command(_ field: Scenario.Fact.Field) -> String {
        switch field {
        case .location: "where"
        case .since: "since"
        case .wants: "wants"
        case .realCause: "cause"
        case .coordinateWith: "others"
        }
    }

    /// What a careful trainee writes down of a fact: her words, and the scenario's own term
    /// for the cause or the other party when her words do not hold one.
    static func written(_ fact: Scenario.Fact, _ scenario: Scenario) -> String {
        let expected = fact.field == .realCause ? scenario.expect.cause : fact.field == .coordinateWith ? scenario.expect.coordinateWith : []
        let words = String(fact.answer.prefix(300))
        guard let term = expected.first, !expected.contains(where: { TermMatch.contains(TermMatch.fold(words), term: TermMatch.fold($0)) })
        else { return words }
        return term + "：" + words
    }

    /// Answers what she has just done: declines a gift, owns a demand for the manager, finds out
    /// what a demand for compensation is about; all in a pause.
    static func answerMoments(_ d: inout TrainingDriver, talk: Talk) {
        for _ in 0..<4 {
            let caller = d.caller(at: d.quiet())
            if caller.giftOffered, caller.gift == nil {
                d.sayInAPause(talk.decline)
            } else if let demand = caller.pendingDemands.first {
                d.sayInAPause(demand == "manager" ? talk.ownership : talk.damage)
            } else {
                return
            }
        }
    }

    /// Greets her before she starts, notes each part of her opening while she says it, lets her
    /// finish, acknowledges, shows empathy, apologises (not for a suggestion, and an urgent call
    /// acts first), takes ownership, asks for every fact and writes each down as she answers,
    /// asks her own details before typing them, classifies rightly, promises in words, and
    /// answers every moment well. What it says to her, it says in her pauses.
    static func model(_ d: inout TrainingDriver) {
        let s = d.scenario
        let talk = Talk(language: s.language)
        d.say(talk.greeting, at: s.pace.startsAfter / 2)
        if s.channel != .phone { d.send(":channel " + key(s.channel), at: d.now + 0.1) }
        for (part, span) in zip(s.opening, s.pace.timeline(of: s.opening)) {
            d.send(part, at: max(d.now + 0.1, (span.lowerBound + span.upperBound) / 2))
            if d.state.intake.pending == .markUrgent { d.send(s.expect.nature == .urgent ? "u" : "", at: d.now + 0.1) }
        }
        answerMoments(&d, talk: talk)
        d.sayInAPause(talk.acknowledge)
        if s.expect.kind == .complaint { d.sayInAPause(talk.empathy) }
        if s.expect.kind == .complaint, s.expect.nature != .urgent { d.sayInAPause(talk.apology) }
        d.sayInAPause(talk.ownership)
        answerMoments(&d, talk: talk)
        for fact in s.facts {
            d.sayInAPause(talk.ask(fact))
            d.send(":\(command(fact.field)) \(written(fact, s))", at: d.quiet() + 0.2)
            answerMoments(&d, talk: talk)
        }
        if s.expect.coordinate, !s.facts.contains(where: { $0.field == .coordinateWith }) {
            d.send(":others " + (s.expect.coordinateWith.first ?? s.language.pick("樓上單位", "楼上单位", "the flat above")))
        }
        d.step = 0.5
        var guardCount = 0
        while !d.finished, guardCount < 80 {
            guardCount += 1
            let question = d.state.intake.question
            if d.state.intake.pending == .markUrgent {
                d.send(s.expect.nature == .urgent ? "u" : "")
                continue
            }
            if let detail = detail(question) {
                // Typed once she has said it: a flat or a number looked up while she talks
                // loses the prompt (see TrainingEngineTests.anEmptyLookUpWhileSheTalksKeepsThePrompt).
                d.sayInAPause(talk.ask(detail))
                d.send(value(detail, s.persona), at: d.quiet() + 0.2)
                continue
            }
            switch question {
            case .channel: d.send(key(s.channel))
            case .account, .anythingElse: d.send("")
            case .heard: d.send("n")
            case .what: d.send(s.opening.joined(separator: " "))
            case .location, .since, .wants, .realCause:
                d.send(s.facts.first { $0.field.rawValue == question.rawValue || ($0.field == .realCause && question == .realCause) }
                    .map { written($0, s) } ?? "")
            case .coordinateWith: d.send("")
            case .acknowledge, .admitShortfall, .takeOwnership, .thank: d.send("y")
            case .kind: d.send(s.expect.kind == .complaint ? "c" : "s")
            case .nature: d.send(s.expect.nature == .urgent ? "u" : "o")
            case .category: d.send(s.expect.category)
            case .routed: d.send("y")
            case .promised:
                d.sayInAPause(talk.promise)
                answerMoments(&d, talk: talk)
                d.send("y", at: d.quiet() + 0.2)
            case .confirm:
                answerMoments(&d, talk: talk)
                d.send("y")
            default: d.send("")
            }
        }
    }

    /// Cuts into her opening, notes nothing, makes excuses and passes her on, ticks nothing as
    /// said, misjudges the nature and the channel, takes any gift and pushes back any demand.
    static func poor(_ d: inout TrainingDriver) {
        let s = d.scenario
        let en = s.language == .en
        let first = s.pace.timeline(of: s.opening)[0]
        d.say(en ? "Hold on, hold on." : "等等，等等。", at: (first.lowerBound + first.upperBound) / 2)
        d.send(":channel " + key(s.channel == .phone ? .other : .phone))
        d.say(s.language.pick("但係師傅好忙，唔關我事。", "但是师傅很忙，不关我的事。", "But we're very busy, and it's not my department."),
              at: d.quiet() + 0.5)
        // A careless promise only where it brings a gift to take.
        if s.moments.contains(where: { $0.when == .afterPromise }) {
            d.say(s.language.pick("今日之內覆你啦。", "今天之内回复您吧。", "Someone will call you by 5 pm today."), at: d.quiet() + 0.5)
        }
        var guardCount = 0
        while !d.finished, guardCount < 80 {
            guardCount += 1
            let caller = d.caller(at: d.now + 0.5)
            if caller.giftOffered, caller.gift == nil {
                d.say(s.language.pick("好，我收低。", "好，我收下。", "Thanks for the red packet, I'll take it then."), at: d.quiet() + 0.5)
                continue
            }
            if !caller.pendingDemands.isEmpty {
                d.say(s.language.pick("唔關我事，你自己打去總公司。", "不关我的事，你自己打给总公司。", "That's not my department."),
                      at: d.quiet() + 0.5)
                continue
            }
            switch d.state.intake.question {
            case .channel: d.send("")
            case .account:
                if d.state.intake.pending == .markUrgent { d.send(""); continue }
                d.send("")
            case .anythingElse: d.send("")
            case .heard: d.send("n")
            case .callerName: d.send(s.persona.name)
            case .standing, .building, .unit, .contact: d.send(":skip")
            case .what: d.send(en ? "a problem" : "有問題")
            case .location, .since, .wants, .realCause, .coordinateWith: d.send(":skip")
            case .acknowledge, .admitShortfall, .takeOwnership, .thank: d.send("n")
            case .kind: d.send("c")
            case .nature: d.send(s.expect.nature == .urgent ? "o" : "u")
            case .category: d.send("other")
            case .routed: d.send("n")
            case .promised: d.send("n")
            case .confirm:
                d.send("y")
                if !d.finished { d.send(":save") }
            }
        }
    }
}
