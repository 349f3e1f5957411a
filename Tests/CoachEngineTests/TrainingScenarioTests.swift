import CoachEngine
import ComplaintDomain
import Foundation
import Testing
import Training

/// The shipped scenarios: together they cover what training needs, and each can be played to
/// the end on the clock by a trainee who reads the screen. The score each play must get is
/// carried by the scenario file's own plays (checked by `coach guidance` and `coach train
/// --play`), not here.
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
        #expect(scenarios.contains { $0.moments.contains { if case .gift = $0.kind { true } else { false } } })
        #expect(scenarios.contains { $0.excuseSensitive })
        #expect(scenarios.contains { $0.mood == .calm && $0.expect.nature == .urgent })
        for scenario in scenarios {
            #expect(scenario.opening.allSatisfy { !$0.isEmpty } && !scenario.opening.isEmpty, "\(scenario.id): she says something")
            #expect(scenario.reactions.calmer.count >= 2 && scenario.reactions.angrier.count >= 2,
                    "\(scenario.id): she can vary her replies")
        }
    }

    /// Played by the scripted model: she is never cut off, tells every fact, is not angrier at
    /// the end, and the call is received without failing.
    @Test(arguments: TrainingScenarioTests.ids)
    func aCarefulTraineeCanPlayItToTheEnd(id: String) {
        let scenario = TrainingDriver.material.scenario(id)!
        var d = TrainingDriver(scenario)
        ScriptedTrainee.model(&d)
        #expect(d.state.intake.outcome == .received, "\(id)")
        #expect(!d.events.contains { if case .interruptedCaller = $0 { true } else { false } }, "\(id): never cut her off")
        #expect(d.state.caller.revealed.count == scenario.facts.count, "\(id): every fact drawn out")
        #expect(d.state.caller.mood <= d.state.caller.startMood, "\(id): \(d.state.caller.startMood) → \(d.state.caller.mood)")
        let card = d.score()
        #expect(!card.failed, "\(id)")
        let poor = { var p = TrainingDriver(scenario); ScriptedTrainee.poor(&p); return p }()
        #expect(poor.score().total < card.total, "\(id): poor \(poor.score().total), careful \(card.total)")
        #expect(poor.state.caller.mood > poor.state.caller.startMood || poor.state.caller.startMood == .furious,
                "\(id): the poor trainee angers her")
    }
}
