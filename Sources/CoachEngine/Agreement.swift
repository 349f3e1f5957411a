import CaseEvents

/// How far two sets of results agree, beyond what chance would give: Cohen's kappa over the
/// four results as categories (met, partly, missed, not applicable; unweighted, so partly is
/// as far from met as missed is).
enum Agreement {
    /// The share of items given the same result (p_o), and kappa = (p_o − p_e) / (1 − p_e),
    /// where p_e = Σ over results of (a's share giving it) × (b's share giving it). Kappa is
    /// nil when chance alone explains everything (p_e = 1: both gave one and the same result
    /// throughout), or when there is nothing to compare.
    static func cohen(_ a: [ScoreResult], _ b: [ScoreResult]) -> (agreement: Double, kappa: Double?)? {
        precondition(a.count == b.count, "results compared in pairs")
        guard !a.isEmpty else { return nil }
        let n = Double(a.count)
        let observed = Double(zip(a, b).filter { $0 == $1 }.count) / n
        let chance = ScoreResult.allCases.reduce(0.0) { sum, result in
            sum + Double(a.filter { $0 == result }.count) / n * Double(b.filter { $0 == result }.count) / n
        }
        guard chance < 1 else { return (observed, nil) }
        return (observed, (observed - chance) / (1 - chance))
    }

    /// The result most of them gave, or nil when two results tie for most.
    static func majority(_ results: [ScoreResult]) -> ScoreResult? {
        let counts = ScoreResult.allCases.map { result in (result, results.filter { $0 == result }.count) }
        guard let top = counts.max(by: { $0.1 < $1.1 }), top.1 > 0, counts.filter({ $0.1 == top.1 }).count == 1 else { return nil }
        return top.0
    }
}
