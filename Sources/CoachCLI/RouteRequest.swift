import CivilTime
import ComplaintDomain
import Foundation

/// The JSON object `coach route` reads, checked field by field so an error can name the field.
struct RouteRequest: Decodable {
    enum Field: String, CodingKey, CaseIterable {
        case channel
        case receivedAt = "received_at"
        case kind, nature, description
        case beyondManagerAuthority = "beyond_manager_authority"
    }

    /// A request that cannot be routed, with the field at fault.
    struct Invalid: Error {
        var message: String
    }

    var channel: Channel
    var receivedAt: Date
    var kind: ComplaintKind
    var nature: Nature?
    var description: String?
    var beyondManagerAuthority: Bool

    init(from decoder: any Decoder) throws {
        let any = try decoder.container(keyedBy: AnyKey.self)
        for key in any.allKeys where Field(stringValue: key.stringValue) == nil {
            throw Invalid(message: "unknown field \(Failure.quoted(key.stringValue)); expected: \(Field.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let c = try decoder.container(keyedBy: Field.self)
        guard let channelText = try c.decodeIfPresent(String.self, forKey: .channel) else {
            throw Invalid(message: "missing field \"channel\" (in_person, letter, phone or other)")
        }
        channel = try Self.choice(channelText, field: .channel)
        guard let time = try c.decodeIfPresent(String.self, forKey: .receivedAt) else {
            throw Invalid(message: "missing field \"received_at\" (ISO 8601 with an offset, e.g. 2026-11-27T20:00:00+08:00)")
        }
        guard let date = Timestamp.parse(time) else {
            throw Invalid(message: "field \"received_at\": \(Failure.quoted(time)) is not an ISO 8601 time with an offset or Z, e.g. 2026-11-27T20:00:00+08:00")
        }
        // Timestamp.parse took four digits for the year.
        guard let year = Int(time.prefix(4)), Self.years.contains(year) else {
            throw Invalid(message: "field \"received_at\": the year \(time.prefix(4)) is outside \(Self.years.lowerBound)–\(Self.years.upperBound)")
        }
        receivedAt = date
        kind = try c.decodeIfPresent(String.self, forKey: .kind).map { try Self.choice($0, field: .kind) } ?? .complaint
        nature = try c.decodeIfPresent(String.self, forKey: .nature).map { try Self.choice($0, field: .nature) }
        description = try c.decodeIfPresent(String.self, forKey: .description)
        beyondManagerAuthority = try c.decodeIfPresent(Bool.self, forKey: .beyondManagerAuthority) ?? false
    }

    /// The years `received_at` may have: four digits in every output, and none before 1900.
    static let years = 1900...9999

    /// Decodes standard input, turning Foundation's errors into one line that names the field.
    /// The JSON is first read strictly (`StrictJSON`): a key given twice, a trailing comma and
    /// the like are refused, where Foundation would take them.
    static func decode(_ data: Data) throws(Invalid) -> RouteRequest {
        guard !data.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) else {
            throw Invalid(message: "expected one JSON object on standard input, got nothing")
        }
        do throws(StrictJSON.Problem) {
            try StrictJSON.check([UInt8](data))
        } catch {
            throw Invalid(message: error.message)
        }
        do {
            return try JSONDecoder().decode(RouteRequest.self, from: data)
        } catch let error as Invalid {
            throw error
        } catch DecodingError.typeMismatch(let type, let context) {
            let field = context.codingPath.first?.stringValue
            throw Invalid(message: field.map { "field \(Failure.quoted($0)): expected \(Self.jsonName(type))" } ?? "expected a JSON object")
        } catch DecodingError.valueNotFound(let type, let context) {
            let field = context.codingPath.first?.stringValue ?? "?"
            throw Invalid(message: "field \(Failure.quoted(field)): expected \(Self.jsonName(type)), found null")
        } catch {
            throw Invalid(message: "invalid JSON on standard input")
        }
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ text: String, field: Field) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            throw Invalid(message: "field \"\(field.rawValue)\": unknown value \(Failure.quoted(text)); expected \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    private static func jsonName(_ type: Any.Type) -> String {
        switch type {
        case is Bool.Type: "true or false"
        case is String.Type: "a string"
        default: "a JSON object"
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
