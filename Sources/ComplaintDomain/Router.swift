import CivilTime
import Foundation

/// Regulation 5 (a, b, c) with the deadline of 6 and the reply channel of 8: the one place
/// that decides where a complaint goes, and who of the roster is on duty to take it.
public struct Router: Sendable {
    public var calendar: WorkingCalendar
    public var rules: HandlingRules
    public var staff: [StaffMember]
    public var rota: DutyRota

    public init(calendar: WorkingCalendar, rules: HandlingRules = .standard, staff: [StaffMember] = [], rota: DutyRota = DutyRota()) {
        self.calendar = calendar
        self.rules = rules
        self.staff = staff
        self.rota = rota
    }

    public func route(_ input: RoutingInput) -> RoutingDecision {
        var reasons: [RoutingReason] = []
        let offHours = calendar.offHours(input.receivedAt)
        let reply = input.channel.replyChannel

        if input.kind == .suggestion {
            reasons.append(.notAComplaint)
            reasons.append(.replyBySameChannel(input.channel))
            return RoutingDecision(isComplaint: false, nature: .ordinary, workingHours: offHours == nil,
                                   handler: .propertyGroupLead, notify: [], approvalBy: nil, escalateTo: nil,
                                   deadline: nil, replyVia: reply, reasons: reasons, onDuty: [])
        }

        switch input.natureBasis {
        case .stated: reasons.append(.natureStated(input.nature))
        case .suggested(let suggestion): reasons.append(.natureSuggested(suggestion))
        }
        if let offHours {
            reasons.append(.outsideWorkingHours(input.receivedAt, offHours))
        } else {
            reasons.append(.insideWorkingHours(input.receivedAt))
        }

        var handler: Role
        var notify: [Role]
        var approvalBy: Role?
        var escalateTo: Role?

        switch (input.nature, offHours == nil) {
        case (.ordinary, true):
            handler = .propertyGroupLead
            notify = [.propertyGroupLead]
            approvalBy = .supervisor
            reasons.append(.ordinaryToGroup)
        case (.urgent, true):
            handler = .dutyDepartmentManager
            notify = [.dutyDepartmentManager, .propertyGroupLead]
            reasons.append(.urgentToDutyDepartmentManager)
        case (_, false):
            handler = .dutySecuritySupervisor
            notify = [.dutySecuritySupervisor]
            reasons.append(.securitySupervisorAfterHours)
            if input.nature == .urgent || rules.dutyManagerReport == .always {
                notify.append(.dutyManager)
                reasons.append(.dutyManagerToldAfterHours(input.nature))
            } else {
                reasons.append(.dutyManagerAtSupervisorsChoice)
            }
            reasons.append(.groupTakesOverAt(calendar.firstWorkingMoment(atOrAfter: input.receivedAt)))
        }

        if input.beyondManagerAuthority {
            if input.nature == .urgent {
                escalateTo = .generalManager
                reasons.append(.escalateBeyondAuthority)
            } else {
                reasons.append(.beyondAuthorityNotForOrdinary)
            }
        }

        let deadline = Deadline.of(input.nature, receivedAt: input.receivedAt, calendar: calendar, rules: rules)
        reasons.append(.due(deadline))
        reasons.append(.replyBySameChannel(input.channel))

        var decision = RoutingDecision(isComplaint: true, nature: input.nature, workingHours: offHours == nil,
                                       handler: handler, notify: notify, approvalBy: approvalBy, escalateTo: escalateTo,
                                       deadline: deadline, replyVia: reply, reasons: reasons, onDuty: [])
        decision.onDuty = decision.dutyRoles.map { rota.onDuty($0, at: input.receivedAt, calendar: calendar, staff: staff) }
        return decision
    }
}
