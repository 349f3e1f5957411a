/// What a phrase staff can say is for; the coach offers phrases by purpose.
public enum PhrasePurpose: String, CaseIterable, Codable, Sendable {
    case acknowledge, empathise, ask
    /// An urgent call: the caller is frightened, not angry, so guideline 2 reassures as it writes down.
    case reassure
    case admitShortfall = "admit_shortfall"
    case takeOwnership = "take_ownership"
    case easeTension = "ease_tension"
    case coordinate
    case promiseFollowUp = "promise_follow_up"
    case followUpCall = "follow_up_call"
    case explainRules = "explain_rules"
    case declineGift = "decline_gift"
    /// A suggestion is thanked, not apologised for, and gets no deadline.
    case thankSuggestion = "thank_suggestion"
    /// An urgent complaint: the duty manager knows and will call within minutes.
    case urgentPromise = "urgent_promise"
    /// The caller is angry or abusive (signal `anger`).
    case calmAnger = "calm_anger"
    /// The caller asks for compensation: noted and passed on, neither promised nor refused (`compensation`).
    case noteCompensation = "note_compensation"
    /// The caller has complained before about the same thing (`repeat`).
    case ownRepeat = "own_repeat"
    /// The caller asks for a manager (`manager`).
    case callManager = "call_manager"
    /// The caller threatens the press or a lawyer (`press_or_legal`).
    case noteThreat = "note_threat"
}
