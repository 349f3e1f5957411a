import CaseEvents
import CoachEngine
import ComplaintDomain
import Foundation
import TextSafety
import Training

/// The condensed call in the reader's language: who each line is (the caller, the staff member
/// by their id, Coach) and what it says, words spoken in quotes. Safe for any output.
public struct ConversationText: Sendable {
    public let events: EventText

    public init(language: Language, catalogue: GuidanceCatalogue, scenario: Scenario?) {
        events = EventText(language: language, catalogue: catalogue, scenario: scenario)
    }

    private var language: Language { events.language }
    private func t(_ hant: String, _ hans: String, _ en: String) -> String { language.pick(hant, hans, en) }

    public var heading: String { t("通話經過（摘要）", "通话经过（摘要）", "The call, condensed") }

    /// Whose line it is.
    public func who(_ line: ConversationLine) -> String {
        switch line.voice {
        case .caller: t("來電者", "来电者", "Caller")
        case .callerAsNoted: t("來電者（記下）", "来电者（记下）", "Caller (noted)")
        case .staff, .record, .decision: SafeText.line(line.staff)
        case .coach: "Coach"
        }
    }

    /// What it says: spoken words in quotes, anything else as the transcript words it.
    public func text(_ line: ConversationLine) -> String {
        let parts = line.events.map { event -> String in
            switch event {
            case .callerSaid(let words), .saidToCaller(let words):
                quoted(words)
            case .accountLine(let words) where line.voice == .callerAsNoted:
                quoted(words)
            case .legacy(let kind, let words) where kind == "caller" || kind == "speech":
                quoted(words)
            default:
                SafeText.clean(events.render(event))
            }
        }
        return parts.joined(separator: language == .en ? "; " : "；")
    }

    func quoted(_ words: String) -> String {
        t("「", "“", "“") + SafeText.line(words) + t("」", "”", "”")
    }
}
