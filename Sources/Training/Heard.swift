/// How one line was heard: the acts it performs, each with the example (or the question cue) that
/// shows it, and those of them that do not fit the moment.
public struct Heard: Sendable, Equatable {
    /// Each act with the example of guidance/phrases it matched, as written there; for a question
    /// without a listed question word, the cue in the line (？, 呢, 有冇).
    public var acts: [SpeechAct: String]
    /// Acts heard that the context makes out of place: a gift declined or accepted when none was
    /// offered, an apology to a suggestion. They are in `acts` too.
    public var outOfPlace: Set<SpeechAct>

    public init(acts: [SpeechAct: String] = [:], outOfPlace: Set<SpeechAct> = []) {
        self.acts = acts
        self.outOfPlace = outOfPlace
    }

    /// The acts in SpeechAct's order, for showing and for JSON.
    public var ordered: [SpeechAct] { SpeechAct.allCases.filter { acts[$0] != nil } }
}
