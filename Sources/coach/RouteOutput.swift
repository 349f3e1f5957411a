import CivilTime
import ComplaintDomain
import Foundation

/// The JSON object `coach route` prints, keys in a fixed order.
struct RouteOutput {
    let decision: RoutingDecision
    let calendar: WorkingCalendar
    let language: Language

    init(_ decision: RoutingDecision, calendar: WorkingCalendar, language: Language) {
        self.decision = decision
        self.calendar = calendar
        self.language = language
    }

    var json: String {
        let d = decision
        let fields: [(String, Any)] = [
            ("is_complaint", d.isComplaint),
            ("nature", d.nature.rawValue),
            ("working_hours", d.workingHours),
            ("handler", d.handler.rawValue),
            ("notify", d.notify.map(\.rawValue)),
            ("approval_by", d.approvalBy?.rawValue ?? NSNull()),
            ("escalate_to", d.escalateTo?.rawValue ?? NSNull()),
            ("deadline", d.deadline.map { calendar.iso8601($0.due) } ?? NSNull()),
            ("reply_via", d.replyVia.rawValue),
            ("reasons", d.reasons.map { "[\(language == .en ? "reg." : "規定") \($0.article)] " + $0.text(in: language, calendar: calendar) }),
        ]
        let body = fields.map { key, value in "  \(Self.encode(key)): \(Self.encode(value))" }
        return "{\n" + body.joined(separator: ",\n") + "\n}"
    }

    private static func encode(_ value: Any) -> String {
        switch value {
        case let b as Bool: return b ? "true" : "false"
        case is NSNull: return "null"
        case let s as String:
            let data = try! JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
        case let list as [String]:
            if list.isEmpty { return "[]" }
            return "[" + list.map(encode).joined(separator: ", ") + "]"
        default: return "null"
        }
    }
}
