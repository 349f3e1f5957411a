/// Something a caller's words show that calls for its own handling — anger or abuse, a demand
/// for compensation, a repeat complaint, a request for a manager, a threat of the press or a
/// lawyer — with the one-line cue and the phrase for it, from guidance/signals.yaml.
public struct CallerSignal: Sendable, Equatable {
    public var key: String
    /// The guideline the cue and phrase rest on.
    public var guideline: Int
    /// Terms in every script, matched as `TermMatch` says, whichever language the line is in.
    public var terms: [String]
    /// Words that hold a term but say the opposite (唔使賠, not going to sue); they are set aside
    /// before the terms are looked for.
    public var exceptions: [String]
    /// Whether a line typed in capitals or with "!!!" counts: that is how staff type shouting.
    public var hearsShouting: Bool
    /// One short line for staff.
    public var cue: LocalizedText
    public var phrase: Guideline.Phrase

    public init(key: String, guideline: Int, terms: [String], exceptions: [String] = [], hearsShouting: Bool = false,
                cue: LocalizedText, phrase: Guideline.Phrase) {
        self.key = key
        self.guideline = guideline
        self.terms = terms
        self.exceptions = exceptions
        self.hearsShouting = hearsShouting
        self.cue = cue
        self.phrase = phrase
    }
}
