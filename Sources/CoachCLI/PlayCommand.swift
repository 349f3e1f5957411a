import CaseEvents
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Guidance
import Training

/// `coach train NAME --play FILE [--json]`: a scripted call against a scenario, for scenario
/// authors and tests. It opens no database: the guidance is all it reads.
struct PlayCommand {
    let options: GlobalOptions
    let scenario: String
    let file: String
    let json: Bool
    let seed: UInt64?

    func run() throws {
        let (catalogue, _) = try options.loadGuidance()
        let material = try options.loadTraining(catalogue)
        guard let chosen = material.scenarios.first(where: { $0.id == scenario }) ?? Int(scenario).flatMap({ n in
            material.scenarios.indices.contains(n - 1) ? material.scenarios[n - 1] : nil
        }) else {
            throw Failure("no scenario \"\(scenario)\"; coach train lists them: \(material.scenarios.map(\.id).joined(separator: ", "))")
        }
        let play: Play
        if !FileManager.default.fileExists(atPath: file), let own = chosen.plays.first(where: { $0.name == file }) {
            // `--play model`: the scenario's own play of that name, when no file is called so.
            play = own
        } else {
            do {
                play = try GuidanceLoader.loadPlay(from: URL(fileURLWithPath: file))
            } catch {
                throw Failure("\(error)")
            }
        }
        let language = options.language
        let played = PlayedCall(play, scenario: chosen, catalogue: catalogue, material: material, language: language,
                                staff: options.staffID, seed: seed)
        let calendar = catalogue.organization.calendar
        let text = ScorecardText(catalogue: catalogue, language: language)
        if json {
            print(played.json(text, calendar: calendar))
            return
        }
        let parts = chosen.pace.timeline(of: chosen.opening).enumerated().map { index, span in
            "\(index + 1)) " + String(format: "%.1f–%.1f s", span.lowerBound, span.upperBound)
        }
        print(language.pick("來電者開頭（冇人打斷嘅話）：", "来电者开头（没人打断的话）：", "The caller's opening (if nobody cuts in): ")
              + parts.joined(separator: language == .en ? ", " : "，"))
        let events = EventText(language: language, catalogue: catalogue)
        for event in played.transcript where Self.shown(event.event) {
            let seconds = event.at.timeIntervalSince(chosen.receivedAt)
            let who: String = switch event.event {
            case .saidToCaller: language.pick("你", "你", "You")
            case .callerSaid: chosen.persona.name
            default: "·"
            }
            print(String(format: "%6.1fs  ", seconds) + who + "  " + events.render(event.event))
        }
        let presenter = Presenter(interactive: false, environment: options.environment)
        for line in text.lines(played.card, moods: played.moods, calendar: calendar) {
            print(presenter.render(line))
        }
    }

    /// What a reader of a play wants to follow: the words both ways, what was written down, and
    /// what the caller's mood and the moments did.
    static func shown(_ event: CaseEvent) -> Bool {
        switch event {
        case .saidToCaller, .callerSaid, .accountLine, .note, .field, .nature, .moodChanged, .interruptedCaller, .factRevealed,
             .giftOffered, .giftDeclined, .giftAccepted, .demandMade, .demandAnswered, .misplaced, .whileCallerTalking:
            true
        default:
            false
        }
    }
}
