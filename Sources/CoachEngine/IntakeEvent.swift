/// What can happen to an intake: the staff member typed a line, pressed Ctrl-C or Ctrl-D, or
/// came back to a draft.
public enum IntakeEvent: Equatable, Sendable {
    case line(String)
    case interrupt
    case endOfInput
    case resume
}
