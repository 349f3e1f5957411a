import CivilTime

/// One of the twelve points on handling a complaint, as the organisation words it.
public struct Guideline: Sendable, Equatable {
    /// Something staff can say to the caller, with placeholders for what Coach knows about the
    /// call (`PhraseTemplate`).
    public struct Phrase: Sendable, Equatable {
        public var purpose: PhrasePurpose
        /// What staff say aloud: Hong Kong Cantonese, Mandarin, English.
        public var spoken: LocalizedText
        /// The same in written Traditional Chinese, for an office whose register is `written`;
        /// nil when the phrase has none, and the spoken one is offered.
        public var written: String?

        public init(purpose: PhrasePurpose, spoken: LocalizedText, written: String? = nil) {
            self.purpose = purpose
            self.spoken = spoken
            self.written = written
        }

        /// The words to say, in the office's register, with what is known about the call put in.
        public func text(_ language: Language, register: ChineseRegister = .spoken, filling fill: PhraseFill = PhraseFill()) -> String {
            let wording = language == .zhHant && register == .written ? written ?? spoken.zhHant : spoken[language]
            // Guidance files are checked when read; a wording built in code that does not parse is said as written.
            guard let template = try? PhraseTemplate(wording) else { return wording }
            return template.render(fill, in: language)
        }

        /// The spoken phrase with nothing known about the call, for callers that predate placeholders.
        public var text: LocalizedText {
            LocalizedText(zhHant: text(.zhHant), zhHans: text(.zhHans), en: text(.en))
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
