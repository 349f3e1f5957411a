/// What a phrase staff can say is for; the coach offers phrases by purpose.
public enum PhrasePurpose: String, CaseIterable, Codable, Sendable {
    case acknowledge, empathise, ask
    case admitShortfall = "admit_shortfall"
    case takeOwnership = "take_ownership"
    case easeTension = "ease_tension"
    case coordinate
    case promiseFollowUp = "promise_follow_up"
    case followUpCall = "follow_up_call"
    case explainRules = "explain_rules"
    case declineGift = "decline_gift"
}
