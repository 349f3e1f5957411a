import Foundation

/// One thing that happened in a case, in the order it happened: a prompt shown, a line typed,
/// a cue given, a decision made, a stage changed. The transcript is only ever appended to.
public struct TranscriptEvent: Codable, Sendable, Equatable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case prompt, input, cue, decision, note, transition, system
        /// What the staff member said to the caller (a line typed after `>`).
        case speech
        /// What the caller said: a simulated complainant's words in training.
        case caller
    }

    public var at: Date
    public var staff: String
    public var kind: Kind
    /// The intake step or case action it belongs to.
    public var step: String?
    public var text: String

    public init(at: Date, staff: String, kind: Kind, step: String? = nil, text: String) {
        self.at = at
        self.staff = staff
        self.kind = kind
        self.step = step
        self.text = text
    }
}
