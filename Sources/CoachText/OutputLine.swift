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
