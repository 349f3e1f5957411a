import CivilTime
import ComplaintDomain
import Foundation

/// The JSON object `coach route` prints, keys in a fixed order.
struct RouteOutput {
    let decision: RoutingDecision
    let organization: Organization
    let language: Language

    init(_ decision: RoutingDecision, organization: Organization, language: Language) {
        self.decision = decision
        self.organization = organization
        self.language = language
    }

    /// A JSON object whose keys keep the order they are written in.
    private struct Object {
        var fields: [(String, Any)]
    }

    var json: String {
        let d = decision
        let calendar = organization.calendar
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
            ("on_duty", d.onDuty.map(Self.onDuty)),
            ("reasons", d.reasons.map { "[\(language == .en ? "reg." : "規定") \($0.article)] "
                + $0.text(in: language, calendar: calendar, titles: organization.titles) }),
        ]
        let body = fields.map { key, value in "  \(Self.encode(key)): \(Self.encode(value, indent: "  "))" }
        return "{\n" + body.joined(separator: ",\n") + "\n}"
    }

    /// `{role, staff_id, name, phone}`; for nobody rostered the three are null and `holders`
    /// lists who holds the role.
    private static func onDuty(_ entry: OnDuty) -> Object {
        var fields: [(String, Any)] = [("role", entry.role.rawValue)]
        fields += person(entry.staff)
        if entry.staff == nil {
            fields.append(("holders", entry.holders.map { Object(fields: person($0)) }))
        }
        return Object(fields: fields)
    }

    private static func person(_ member: StaffMember?) -> [(String, Any)] {
        [("staff_id", member?.id ?? NSNull()), ("name", member?.name ?? NSNull()), ("phone", member?.contact ?? NSNull())]
    }

    /// At the top (`indent` given) a list of objects goes one object a line; the rest on one line.
    private static func encode(_ value: Any, indent: String? = nil) -> String {
        switch value {
        case let b as Bool: return b ? "true" : "false"
        case is NSNull: return "null"
        case let s as String:
            let data = try! JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
        case let object as Object:
            return "{" + object.fields.map { "\(encode($0.0)): \(encode($0.1))" }.joined(separator: ", ") + "}"
        case let list as [Any]:
            if list.isEmpty { return "[]" }
            if let indent, list.allSatisfy({ $0 is Object }) {
                return "[\n" + list.map { indent + "  " + encode($0) }.joined(separator: ",\n") + "\n\(indent)]"
            }
            return "[" + list.map { encode($0) }.joined(separator: ", ") + "]"
        default: return "null"
        }
    }
}
