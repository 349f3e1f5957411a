import CivilTime
import Foundation

/// One follow-up call (guideline 8), recorded as it happens: whether it reached the caller, when
/// and by whom, and a note. Satisfaction is there only where the caller was reached and asked
/// ("where needed"). The office's day is kept because two calls that did not reach the caller on
/// different days let a case be filed as not reachable.
public struct FollowUpAttempt: Codable, Sendable, Equatable {
    public var at: Date
    public var by: String
    public var reached: Bool
    /// The office's calendar day when the call was made; nil for a follow-up recorded before
    /// attempts were kept (it reached the caller, so no rule needs its day).
    public var day: LocalDate?
    public var satisfaction: Int?
    public var note: String?

    public init(at: Date, by: String, reached: Bool, day: LocalDate?, satisfaction: Int? = nil, note: String? = nil) {
        self.at = at
        self.by = by
        self.reached = reached
        self.day = day
        self.satisfaction = satisfaction
        self.note = note
    }
}

extension [FollowUpAttempt] {
    /// Two calls that did not reach the caller, on different days, and none that did: the case
    /// may be filed as not reachable.
    public var callerUnreachable: Bool {
        guard !contains(where: \.reached) else { return false }
        return Set(compactMap { $0.reached ? nil : $0.day }).count >= 2
    }
}
