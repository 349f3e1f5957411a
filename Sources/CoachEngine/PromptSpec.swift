import ComplaintDomain

/// A prompt as data: the question, where it stands, what Enter gives and what Tab offers. The
/// text module words it as one short line.
public struct PromptSpec: Equatable, Sendable {
    /// Nil for the yes-or-no question of keeping the draft and leaving.
    public var question: IntakeQuestion?
    public var step: IntakeStep
    /// How the complaint came: the name question says "caller" only for a phone call.
    public var channel: Channel
    /// The answers a choice question takes.
    public var choices: [Choice]
    /// What Enter gives.
    public var defaultValue: PromptDefault?
    /// Values from guidance Tab offers (the buildings).
    public var values: [String]
    /// Text put back on the line to be corrected, after an answer that was not understood.
    public var retry: String?

    public init(question: IntakeQuestion?, step: IntakeStep, channel: Channel, choices: [Choice] = [],
                defaultValue: PromptDefault? = nil, values: [String] = []) {
        self.question = question
        self.step = step
        self.channel = channel
        self.choices = choices
        self.defaultValue = defaultValue
        self.values = values
    }

    public var stepCount: Int { IntakeStep.allCases.count }
}

/// What Enter gives at a prompt.
public enum PromptDefault: Equatable, Sendable {
    /// A value as typed earlier (or from the record).
    case typed(String)
    /// One of the choices.
    case choice(LocalizedText)
    /// Yes; no must be typed.
    case yes
    /// Go on.
    case enter
    /// Danger was heard: `u` marks it urgent, Enter goes on listening.
    case keepListening
}

/// The words of prompts and messages, for the transcript: what the screen showed is what the
/// transcript keeps. The text module provides them; the engine only asks.
public protocol ScreenWords: Sendable {
    var language: Language { get }
    func plain(_ prompt: PromptSpec) -> String
    func plain(_ display: Display) -> String
}
