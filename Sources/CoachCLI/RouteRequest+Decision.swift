import CivilTime
import ComplaintDomain

extension RouteRequest {
    /// Where the complaint goes: its nature as given, else as the description suggests. Nil when
    /// a time it would print falls after the year 9999 (received late on 9999-12-31), which
    /// `coach route` refuses. The command and its fuzz target share this one path.
    func decision(in catalogue: GuidanceCatalogue) -> RoutingDecision? {
        let basis: RoutingInput.NatureBasis
        let nature: Nature
        if let given = self.nature {
            (nature, basis) = (given, .stated)
        } else {
            let suggestion = catalogue.urgency.suggest(from: description ?? "")
            (nature, basis) = (suggestion.nature, .suggested(suggestion))
        }
        let organization = catalogue.organization
        let decision = organization.router.route(RoutingInput(
            channel: channel, kind: kind, nature: nature, natureBasis: basis,
            receivedAt: receivedAt, beyondManagerAuthority: beyondManagerAuthority))
        let moments = [receivedAt] + (decision.deadline.map { [$0.due] } ?? [])
        guard moments.allSatisfy({ organization.calendar.localDate(of: $0).year <= Self.years.upperBound }) else { return nil }
        return decision
    }
}
