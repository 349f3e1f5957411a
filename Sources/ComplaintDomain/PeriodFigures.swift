import Foundation

/// The month's statistics for the department manager (guideline 10), for one period. Training
/// calls and unfinished intakes never count.
public struct PeriodFigures: Codable, Sendable, Equatable {
    public struct RepeatUnit: Codable, Sendable, Equatable {
        public var building: String
        public var unit: String
        public var complaints: Int

        public init(building: String, unit: String, complaints: Int) {
            self.building = building
            self.unit = unit
            self.complaints = complaints
        }
    }

    /// The period: from its first moment to the first moment after it.
    public var from: Date
    public var to: Date
    public var complaints = 0
    public var suggestions = 0
    /// Complaints by channel, nature, category, building and the department first told to act
    /// (an empty key: none recorded).
    public var byChannel: [String: Int] = [:]
    public var byNature: [String: Int] = [:]
    public var byCategory: [String: Int] = [:]
    public var byBuilding: [String: Int] = [:]
    public var byDepartment: [String: Int] = [:]
    /// Complaints handled by their deadline, handled after it, and not handled by the period's
    /// end — past their deadline by then, or not yet due.
    public var onTime = 0
    public var late = 0
    public var openOverdue = 0
    public var openNotDue = 0
    /// Time from receipt to the reply, in hours, over complaints replied to.
    public var replied = 0
    public var medianReplyHours: Double?
    public var p90ReplyHours: Double?
    /// Follow-up calls made, and how satisfied the callers were (index 0 is 1 of 5).
    public var followUps = 0
    public var satisfaction: [Int] = [0, 0, 0, 0, 0]
    public var repeatUnits: [RepeatUnit] = []

    public init(from: Date, to: Date) {
        self.from = from
        self.to = to
    }

    public var satisfactionMean: Double? {
        let total = satisfaction.reduce(0, +)
        guard total > 0 else { return nil }
        return Double(satisfaction.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }) / Double(total)
    }

    /// Handled on time, out of those whose deadline fell or that were handled in the period.
    public var onTimeRate: Double? {
        let decided = onTime + late + openOverdue
        return decided == 0 ? nil : Double(onTime) / Double(decided)
    }
}
