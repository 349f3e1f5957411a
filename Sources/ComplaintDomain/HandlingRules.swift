/// The points DOMAIN.md marks "(decided)" where the regulation is vague, kept as settings an
/// organisation can change in guidance/organization.yaml rather than buried in code.
public struct HandlingRules: Sendable, Equatable {
    /// When the security supervisor on duty reports to the duty manager outside working hours
    /// (regulation 5c says "as the situation requires").
    public enum DutyManagerReport: String, CaseIterable, Sendable {
        /// Always for an urgent complaint; at the supervisor's choice for an ordinary one.
        case urgentOnly = "urgent"
        /// For every complaint received outside working hours.
        case always
    }

    /// An ordinary complaint is due at 23:59:59 on the day of the first working moment at or
    /// after receipt, plus this many further working days (regulation 6 says "the same day").
    public var ordinaryExtraWorkingDays: Int
    /// An urgent complaint is due this many hours after receipt, working hours or not
    /// (regulation 6 says "within three days").
    public var urgentHours: Int
    public var dutyManagerReport: DutyManagerReport
    /// On an urgent call, what the caller is promised: the person on duty calls back within
    /// this many minutes (instead of a deadline days away).
    public var urgentCallBackMinutes: Int
    /// Acting on danger, as a live call is scored: from the first danger word on screen, the
    /// case is marked urgent within this many seconds (one key on the danger screen)…
    public var markUrgentWithinSeconds: Int
    /// …and someone is called (`:called`) within this many: the person on duty is on that screen.
    public var callWithinSeconds: Int

    public init(ordinaryExtraWorkingDays: Int = 0, urgentHours: Int = 72, dutyManagerReport: DutyManagerReport = .urgentOnly,
                urgentCallBackMinutes: Int = 15, markUrgentWithinSeconds: Int = 60, callWithinSeconds: Int = 300) {
        self.ordinaryExtraWorkingDays = ordinaryExtraWorkingDays
        self.urgentHours = urgentHours
        self.dutyManagerReport = dutyManagerReport
        self.urgentCallBackMinutes = urgentCallBackMinutes
        self.markUrgentWithinSeconds = markUrgentWithinSeconds
        self.callWithinSeconds = callWithinSeconds
    }

    public static let standard = HandlingRules()
}
