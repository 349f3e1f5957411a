import CoachEngine
import ComplaintDomain
import Foundation
import Testing

/// Every shipped scenario played to the end twice: a model handling scores at least 90 and
/// leaves the caller calmer; a poor one scores under 50 and leaves them angrier.
@Suite struct TrainingScenarioTests {
    static let ids = TrainingDriver.material.scenarios.map(\.id)

    @Test func atLeastTwelveScenariosCoverWhatTrainingNeeds() {
        let scenarios = TrainingDriver.material.scenarios
        #expect(scenarios.count >= 12)
        #expect(scenarios.filter { $0.language == .zhHant }.count >= 8)
        #expect(scenarios.filter { $0.language == .en }.count >= 4)
        #expect(Set(scenarios.map(\.channel)) == Set(Channel.allCases))
        #expect(Set(scenarios.map(\.expect.nature)) == Set(Nature.allCases))
        let calendar = IntakeDriver.catalogue.organization.calendar
        #expect(Set(scenarios.map { calendar.isWorkingTime($0.receivedAt) }) == [true, false])
        #expect(scenarios.contains { $0.expect.kind == .suggestion })
        #expect(scenarios.contains { $0.expect.coordinate })
        #expect(scenarios.contains { $0.gift != nil })
        #expect(scenarios.contains { $0.excuseSensitive })
        #expect(scenarios.contains { $0.mood == .calm && $0.expect.nature == .urgent })
    }

    @Test(arguments: TrainingScenarioTests.ids)
    func aModelHandlingScoresHighAndCalmsTheCaller(id: String) {
        let scenario = TrainingDriver.material.scenario(id)!
        var d = TrainingDriver(scenario)
        ScriptedTrainee.model(&d)
        #expect(d.state.intake.outcome == .received)
        let card = d.score()
        let misses = card.lines.filter { $0.result == .missed || $0.result == .partly }.map { "\($0.item.rawValue): \($0.reason)" }
        #expect(card.total >= 90, "\(id): \(card.total) — \(misses)")
        #expect(!card.failed)
        let caller = d.state.caller
        if caller.startMood == .calm {
            #expect(caller.mood == .calm, "\(id)")
        } else {
            #expect(caller.mood < caller.startMood, "\(id): \(caller.startMood) → \(caller.mood)")
        }
        #expect(caller.revealed.count == scenario.facts.count, "\(id): every fact drawn out")
    }

    @Test(arguments: TrainingScenarioTests.ids)
    func aPoorHandlingScoresLowAndAngersTheCaller(id: String) {
        let scenario = TrainingDriver.material.scenario(id)!
        var d = TrainingDriver(scenario)
        ScriptedTrainee.poor(&d)
        let card = d.score()
        #expect(card.total < 50, "\(id): \(card.total)")
        let caller = d.state.caller
        if caller.startMood == .furious {
            #expect(caller.mood == .furious, "\(id)")
        } else {
            #expect(caller.mood > caller.startMood, "\(id): \(caller.startMood) → \(caller.mood)")
        }
        if scenario.gift != nil {
            #expect(card.failed, "\(id): taking the gift fails the call")
        }
    }
}
