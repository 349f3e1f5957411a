import ComplaintDomain

/// What the engine asks the outside world to do. The loop that runs the engine shows lines,
/// asks, writes the transcript and saves; the engine itself touches nothing.
///
/// Transcript rule: the loop appends every `ask` as a prompt, every typed line as typed, every
/// `show` that carries an event (a cue, a phrase offered, a warning) as that event and every
/// other `.error` as a message, and every `record` as given.
public enum IntakeEffect: Equatable, Sendable {
    case show(OutputLine)
    case ask(PromptSpec)
    case record(CaseEvent)
    /// Persist the record as it now stands.
    case save
    case finish(IntakeOutcome)
}

/// One line of output and how it should look.
public struct OutputLine: Equatable, Sendable {
    public enum Style: String, Sendable {
        case heading, plain, cue, phrase, dim, warning, error, success
        /// What the (simulated) caller says.
        case caller
    }

    public var style: Style
    public var text: String
    /// What showing this line means for the transcript, when it means more than its words.
    public var event: CaseEvent?

    public init(_ style: Style, _ text: String, event: CaseEvent? = nil) {
        self.style = style
        self.text = text
        self.event = event
    }
}

/// A prompt: one short line, where it stands, its default and what Tab completes.
public struct PromptSpec: Equatable, Sendable {
    public var question: IntakeQuestion?
    public var step: IntakeStep
    public var label: String
    /// The choices in a few words, e.g. `(p)電話 (i)來人 (l)來函 (o)其他`.
    public var hint: String?
    /// What Enter gives, shown in brackets.
    public var defaultValue: String?
    public var completions: [String]
    /// Text put back on the line to be corrected, after an answer that was not understood.
    public var retry: String?

    public init(question: IntakeQuestion?, step: IntakeStep, label: String, hint: String? = nil,
                defaultValue: String? = nil, completions: [String] = []) {
        self.question = question
        self.step = step
        self.label = label
        self.hint = hint
        self.defaultValue = defaultValue
        self.completions = completions
    }

    public var stepCount: Int { IntakeStep.allCases.count }
}
