import ComplaintDomain
import Training

/// A scenario's `caller:` mapping: how fast she speaks, when she starts, how long she pauses.
enum CallerEntry {
    static func read(_ value: YAMLValue, language: Language) throws(GuidanceError) -> CallerPace {
        let map = try value.mapping()
        try map.allowOnly(["speaking_rate", "starts_after", "pause"])
        let standard = CallerPace(language: language)
        return CallerPace(speakingRate: try map.optional("speaking_rate")?.number(in: 0.5...60) ?? standard.speakingRate,
                          startsAfter: try map.optional("starts_after")?.number(in: 0...120) ?? standard.startsAfter,
                          pause: try map.optional("pause")?.number(in: 0...60) ?? standard.pause)
    }
}
