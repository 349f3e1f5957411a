import ComplaintDomain

/// How fast a simulated caller speaks, so her words take time: a line said to her while she is
/// mid-sentence interrupts (guideline 4), and notes typed while she talks show recording at once
/// (guideline 2).
public struct CallerPace: Sendable, Equatable {
    /// Characters a second (every Character that is not white space counts).
    public var speakingRate: Double
    /// Seconds after pick-up before her first word.
    public var startsAfter: Double
    /// Seconds of silence after each thing she says before she goes on.
    public var pause: Double

    public init(speakingRate: Double, startsAfter: Double, pause: Double) {
        self.speakingRate = speakingRate
        self.startsAfter = startsAfter
        self.pause = pause
    }

    /// The defaults: Cantonese at about five syllables a second, English at about 180 words a minute.
    public init(language: Language) {
        self.init(speakingRate: language == .en ? 15 : 5, startsAfter: 2, pause: 2)
    }

    /// When each part of her opening starts and ends if nobody interrupts or asks her anything:
    /// what a play's author times notes and lines by.
    public func timeline(of opening: [String]) -> [ClosedRange<Double>] {
        var start = startsAfter
        return opening.map { part in
            let end = start + duration(of: part)
            defer { start = end + pause }
            return start...end
        }
    }

    /// Seconds it takes her to say `words`, to the tenth of a second.
    public func duration(of words: String) -> Double {
        let count = words.filter { !$0.isWhitespace }.count
        return max(0.1, (Double(count) / speakingRate * 10).rounded(.up) / 10)
    }
}
