import CivilTime
import Foundation

/// When a complaint must have been handled (regulation 6), and on what basis.
public struct Deadline: Codable, Sendable, Equatable {
    public enum Basis: Codable, Sendable, Equatable {
        /// Ordinary: the end of this working day.
        case endOfWorkingDay(LocalDate)
        /// Urgent: this many hours after receipt.
        case hoursAfterReceipt(Int)
    }

    public var due: Date
    public var basis: Basis

    public init(due: Date, basis: Basis) {
        self.due = due
        self.basis = basis
    }

    /// The deadline of a complaint of this nature received at `receivedAt`.
    public static func of(_ nature: Nature, receivedAt: Date, calendar: WorkingCalendar, rules: HandlingRules) -> Deadline {
        switch nature {
        case .urgent:
            return Deadline(due: receivedAt.addingTimeInterval(TimeInterval(rules.urgentHours) * 3600),
                            basis: .hoursAfterReceipt(rules.urgentHours))
        case .ordinary:
            var day = calendar.localDate(of: calendar.firstWorkingMoment(atOrAfter: receivedAt))
            for _ in 0..<max(0, rules.ordinaryExtraWorkingDays) {
                day = calendar.workingDay(atOrAfter: calendar.next(day))
            }
            return Deadline(due: calendar.endOfDay(day), basis: .endOfWorkingDay(day))
        }
    }
}
