import CoachEngine
import ComplaintDomain
import Foundation
import Training

/// Two trainees who play any scenario to the end: one who handles it as the guidelines say,
/// one who does everything the guidelines warn against.
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

    /// A phrase from the guidelines, in the scenario's language.
    static func phrase(_ purpose: PhrasePurpose, _ scenario: Scenario) -> String {
        IntakeDriver.catalogue.guidelines.flatMap(\.phrases).first { $0.purpose == purpose }!.text[scenario.language]
    }

    static func term(_ act: SpeechAct, _ scenario: Scenario) -> String {
        TrainingDriver.material.speech.terms[scenario.language]![act]!.first!
    }

    static func ask(_ fact: Scenario.Fact, _ scenario: Scenario) -> String {
        scenario.language == .en ? "> Could you tell me \(fact.askedBy[0])?" : "> 請問\(fact.askedBy[0])？"
    }

    /// Lets them finish, notes it, acknowledges, asks for every fact, admits the shortfall,
    /// takes ownership, classifies rightly, declines any gift, promises the follow-up.
    static func model(_ d: inout TrainingDriver) {
        let s = d.scenario
        var asked = false
        var listened = false
        var guardCount = 0
        while !d.finished, guardCount < 80 {
            guardCount += 1
            switch d.state.intake.question {
            case .channel: d.send(key(s.channel))
            case .callerName: d.send(s.persona.name)
            case .standing: d.send(s.persona.standing.rawValue)
            case .building: d.send(s.persona.building)
            case .unit: d.send(s.persona.unit)
            case .contact: d.send(s.persona.contact)
            case .account:
                if d.state.intake.pending == .markUrgent {
                    d.send(s.expect.nature == .urgent ? "u" : "")
                    continue
                }
                if !listened {
                    listened = true
                    if s.channel != .phone { d.send(":channel " + key(s.channel)) }
                    for segment in s.opening { d.send(segment) }
                }
                d.send("")
            case .anythingElse:
                // Guideline 4: check back once they have finished, and draw out every fact.
                if !asked {
                    asked = true
                    d.send("> " + phrase(.acknowledge, s))
                    for fact in s.facts { d.send(ask(fact, s)) }
                }
                d.send("")
            case .heard: d.send("n")
            case .what: d.send(s.opening.joined(separator: " "))
            case .location: d.send(answer(.location, s) ?? "")
            case .since: d.send(answer(.since, s) ?? "")
            case .wants: d.send(answer(.wants, s) ?? "")
            case .realCause: d.send(answer(.realCause, s) ?? phrase(.empathise, s))
            case .coordinateWith: d.send(answer(.coordinateWith, s).map { _ in "\(s.persona.unit)以外的另一方" } ?? "")
            case .acknowledge, .admitShortfall, .takeOwnership, .thank: d.send("y")
            case .kind: d.send(s.expect.kind == .complaint ? "c" : "s")
            case .nature: d.send(s.expect.nature == .urgent ? "u" : "o")
            case .category: d.send(s.expect.category)
            case .routed: d.send("y")
            case .promised:
                if d.state.caller.giftOffered, d.state.caller.gift == nil { d.send("> " + phrase(.declineGift, s)) }
                d.send("y")
            case .confirm: d.send("y")
            }
        }
    }

    /// Interrupts, notes nothing, makes excuses and passes them on, ticks nothing said,
    /// misjudges the nature and the channel, and takes the gift.
    static func poor(_ d: inout TrainingDriver) {
        let s = d.scenario
        var guardCount = 0
        var argued = false
        var excused = false
        while !d.finished, guardCount < 80 {
            guardCount += 1
            switch d.state.intake.question {
            case .channel: d.send("")
            case .account:
                if !argued {
                    argued = true
                    d.send(s.language == .en ? "> Hold on, hold on." : "> 等等，等等。")
                    d.send(":channel " + key(s.channel == .phone ? .other : .phone))
                }
                d.send("")
            case .anythingElse: d.send("")
            case .heard: d.send("n")
            case .callerName: d.send(s.persona.name)
            case .standing, .building, .unit, .contact: d.send(":skip")
            case .what:
                if !excused {
                    excused = true
                    d.send("> " + term(.excuse, s) + " " + term(.passTheBuck, s))
                }
                d.send(s.language == .en ? "a problem" : "有問題")
            case .location, .since, .wants, .realCause, .coordinateWith: d.send(":skip")
            case .acknowledge, .admitShortfall, .takeOwnership, .thank: d.send("n")
            case .kind: d.send("c")
            case .nature: d.send(s.expect.nature == .urgent ? "o" : "u")
            case .category: d.send("other")
            case .routed: d.send("n")
            case .promised:
                if d.state.caller.giftOffered, d.state.caller.gift == nil { d.send("> " + term(.acceptGift, s)) }
                d.send("n")
            case .confirm:
                d.send("y")
                if !d.finished { d.send(":save") }
            }
        }
    }

    private static func answer(_ field: Scenario.Fact.Field, _ scenario: Scenario) -> String? {
        scenario.facts.first { $0.field == field }?.answer
    }
}
