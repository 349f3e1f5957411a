/// How an intake ended.
public enum IntakeOutcome: String, Codable, Sendable {
    /// Confirmed and saved: the case is received and routed.
    case received
    /// Left unfinished; `coach resume` continues it.
    case draft
    /// A junk draft voided (`:void`): kept in the database and the transcript, never counted.
    case voided
}
