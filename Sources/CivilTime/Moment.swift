/// The moments of handling at which a guideline is cued: the intake steps, then the case's
/// later life and the people around it.
public enum Moment: String, CaseIterable, Codable, Sendable {
    case start, listen, check, respond, classify, route, close
    case followUp = "follow_up"
    case filing, report, training
}
