import CivilTime
import ComplaintDomain
import Foundation
@testable import Guidance
import Training

/// The guidance readers on any bytes: YAMLValue.parse (UTF-8 check, Yams, duplicate keys), then
/// every file's reader on the same root — guidelines, regulation, organisation, urgency, the
/// three phrase lexicons (each that reads then hears a few lines) and a scenario (checked against
/// the shipped organisation).
///
/// Besides crashes, it checks: an error names a place that exists (line and column from 1);
/// an organisation that is taken routes a complaint at a few moments without trapping or
/// hanging (libFuzzer's -timeout catches a loop), with its deadline after receipt.
let shipped: Organization = {
    let folder = ProcessInfo.processInfo.environment["COACH_GUIDANCE"] ?? FuzzPaths.guidance
    do {
        return try GuidanceLoader.load(from: URL(fileURLWithPath: folder)).organization
    } catch {
        fatalError("the fuzz target needs the shipped guidance: \(error)")
    }
}()

func checkPlace(_ error: GuidanceError) {
    if let line = error.line { check(line >= 1, "line \(line) in \(error)") }
    if let column = error.column { check(column >= 1, "column \(column) in \(error)") }
    check(!error.message.isEmpty, "an error without words at \(error)")
}

func attempt<T>(_ read: () throws(GuidanceError) -> T) -> T? {
    do {
        return try read()
    } catch {
        checkPlace(error)
        return nil
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGuidance(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    guard let root = attempt({ () throws(GuidanceError) in try YAMLValue.parse(data: data, file: "fuzz.yaml") }) else { return 0 }
    _ = attempt { () throws(GuidanceError) in try GuidelinesFile.read(root) }
    _ = attempt { () throws(GuidanceError) in try RegulationFile.read(root) }
    _ = attempt { () throws(GuidanceError) in try UrgencyFile.read(root) }?.suggest(from: "lift stuck 困 fire 火警")
    for language in Language.allCases {
        // A lexicon that reads is made and hears a few lines, whatever its examples and grammar words.
        if let phrases = attempt({ () throws(GuidanceError) in try PhrasesFile.read(root, expecting: language) }) {
            let speech = SpeechLexicon(terms: [language: phrases.terms], whenGiftOffered: [language: phrases.whenGiftOffered],
                                       grammar: [language: phrases.grammar])
            for line in ["唔係你嘅錯，係唔係？", "I won't pass you around, when did it start", "有冇人受傷呢", ""] {
                _ = speech.hear(line, context: HearingContext(giftOffered: true, suggestion: true))
            }
        }
    }
    _ = attempt { () throws(GuidanceError) in try ScenarioFile.read(root, id: "leak-third-time", organization: shipped) }
    if let organization = attempt({ () throws(GuidanceError) in try OrganizationFile.read(root) }) {
        for moment in [1_795_000_000.0, 1_795_040_000.0, 1_798_000_000.0, -2_000_000_000.0] {
            let received = Date(timeIntervalSince1970: moment)
            for nature in Nature.allCases {
                let decision = organization.router.route(RoutingInput(
                    channel: .phone, kind: .complaint, nature: nature, natureBasis: .stated,
                    receivedAt: received, beyondManagerAuthority: false))
                if let due = decision.deadline?.due {
                    check(due >= received, "a deadline before receipt: \(due) < \(received)")
                }
            }
        }
    }
    return 0
}
