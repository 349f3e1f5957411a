/// Reads one line of the caller's account, as staff type it, for the facts a record needs — the
/// unit, the building, a phone number, a name, owner or occupant, since when, what they want —
/// in Traditional Chinese (Cantonese as spoken), Simplified Chinese or English. What it finds is
/// only proposed: staff accept or reject each, so nothing typed is overridden without them.
/// It is precise rather than greedy, since a proposal on every line would be noise; and pure and
/// fast, since it runs on every line typed.
public struct FactFinder: Sendable {
    private let buildings: FactBuilding

    public init(buildings: [String]) {
        self.buildings = FactBuilding(buildings: buildings)
    }

    /// The facts one line of the account proposes, at most one per field (the most specific), in FactField order.
    public func facts(in line: String) -> [ProposedFact] {
        let text = FactLine(line)
        guard text.count > 0 else { return [] }
        let found = FactUnit.candidates(in: text) + buildings.candidates(in: text) + FactPhone.candidates(in: text)
            + FactName.candidates(in: text) + FactStanding.candidates(in: text) + FactSince.candidates(in: text)
            + FactWants.candidates(in: text)
        var best: [FactField: FactCandidate] = [:]
        for candidate in found where candidate.rank > best[candidate.field]?.rank ?? Int.min {
            best[candidate.field] = candidate
        }
        return FactField.allCases.compactMap { field in
            best[field].map { ProposedFact(field: field, value: $0.value, heard: text.heard($0.range)) }
        }
    }
}
