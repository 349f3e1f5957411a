import CivilTime

/// One of the twelve points on handling a complaint, as the organisation words it.
public struct Guideline: Sendable, Equatable {
    /// Something staff can say to the caller.
    public struct Phrase: Sendable, Equatable {
        public var purpose: PhrasePurpose
        public var text: LocalizedText

        public init(purpose: PhrasePurpose, text: LocalizedText) {
            self.purpose = purpose
            self.text = text
        }
    }

    public var number: Int
    public var key: String
    public var moments: [Moment]
    public var title: LocalizedText
    public var text: LocalizedText
    /// One short line shown dim at the moment it applies.
    public var cue: LocalizedText
    public var phrases: [Phrase]

    public init(number: Int, key: String, moments: [Moment], title: LocalizedText, text: LocalizedText,
                cue: LocalizedText, phrases: [Phrase]) {
        self.number = number
        self.key = key
        self.moments = moments
        self.title = title
        self.text = text
        self.cue = cue
        self.phrases = phrases
    }
}
