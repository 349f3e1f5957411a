import ComplaintDomain

/// What the engine asks the outside world to do. The loop that runs the engine shows lines,
/// asks, writes the transcript and saves; the engine itself touches nothing.
///
/// Transcript rule: the loop appends every `ask` as a prompt, every typed line as input,
/// every `show` whose style is `.cue` as a cue and `.error` as a system line, and every
/// `record` as given.
public enum IntakeEffect: Equatable, Sendable {
    case show(OutputLine)
    case ask(PromptSpec)
    case record(TranscriptEvent.Kind, String)
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

    public init(_ style: Style, _ text: String) {
        self.style = style
        self.text = text
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
