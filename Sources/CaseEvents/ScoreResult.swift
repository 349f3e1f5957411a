/// How one scorecard item went.
public enum ScoreResult: String, Codable, CaseIterable, Sendable {
    case met, partly, missed
    case notApplicable = "not_applicable"
}
