/// What can happen to an intake: the staff member typed a line, pressed Ctrl-C or Ctrl-D, came
/// back to a draft, or the store answered a look-up the engine asked for.
public enum IntakeEvent: Equatable, Sendable {
    case line(String)
    case interrupt
    case endOfInput
    case resume
    /// The earlier cases of the unit or number the engine asked about (`IntakeEffect.lookUpEarlier`).
    case earlier(EarlierCases)
    /// Time passed with nothing typed: a conversation with a clock (a simulated caller) may
    /// have something to show; an intake has not.
    case tick
}
