import CivilTime
import ComplaintDomain
import Foundation
import GRDB

/// A column's value as either engine holds it: what SQLite stores, and what PostgreSQL's
/// columns are read back as (a flag is 0 or 1 on both).
package enum ColumnValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .real(number)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .text(String(decoding: data, as: UTF8.self))
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        }
    }

    /// As text, whatever it holds: what `verify` compares (NULL is nil, a flag `0` or `1`).
    package var text: String? {
        switch self {
        case .null: nil
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): text
        }
    }
}

/// The record and its life as the columns of `cases` hold them, on either engine: one encoding,
/// so a database copied from one engine to the other reads and verifies the same.
package enum CaseColumns {
    /// The columns a record fills, every one but the id.
    package static var recordNames: [String] { CaseRow.recordColumns }

    /// The columns that hold a flag (`0`/`1` in SQLite, a boolean in PostgreSQL).
    package static let flagNames: Set<String> = [
        CaseRow.CodingKeys.beyondManagerAuthority.stringValue, CaseRow.CodingKeys.isTraining.stringValue,
    ]

    /// The record's columns as written: enums as their raw values, times as `Timestamp.storage`,
    /// lists as JSON.
    package static func values(of record: ComplaintRecord, updatedAt: Date = Date()) -> [String: ColumnValue] {
        let dictionary = (try? CaseRow(record, updatedAt: updatedAt).databaseDictionary) ?? [:]
        var out: [String: ColumnValue] = [:]
        for name in CaseRow.recordColumns { out[name] = ColumnValue(dictionary[name] ?? .null) }
        return out
    }

    /// The record read back from its columns by name; nil when they do not make one.
    package static func record(from columns: [String: ColumnValue]) -> ComplaintRecord? {
        let row = Row(columns.mapValues { $0.databaseValue })
        return try? CaseRow(row: row).record
    }

    /// The life as saved beside the record: its JSON, and the parts the month's figures count.
    package static func values(of life: CaseLife) throws -> [String: ColumnValue] {
        let json = String(decoding: try JSONEncoder().encode(life), as: UTF8.self)
        return [
            "life": .text(json),
            "deadline": life.deadline.map { .text(Timestamp.storage($0)) } ?? .null,
            "handled_at": life.handledAt.map { .text(Timestamp.storage($0)) } ?? .null,
            "replied_at": life.repliedAt.map { .text(Timestamp.storage($0)) } ?? .null,
            "satisfaction": life.satisfaction.map { .integer(Int64($0)) } ?? .null,
            "department": life.departments.first.map { .text($0) } ?? .null,
        ]
    }

    /// The life kept as JSON; a case not yet received keeps `{}`, a life with nothing in it.
    package static func life(json: String?) -> CaseLife {
        (try? JSONDecoder().decode(CaseLife.self, from: Data((json ?? "{}").utf8))) ?? CaseLife()
    }

    /// The columns `verify` compares besides the record's.
    package static let lifeNames = ["life", "deadline", "handled_at", "replied_at", "satisfaction", "department"]
}
