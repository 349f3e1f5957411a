import CivilTime
@testable import CoachStore
import ComplaintDomain
import Foundation
import GRDB
import Testing

/// A store in memory: everything but the file's own safety (see `OpeningTests`, `RefusalTests`, `LockTests`).
func memoryStore(seal: ChainSeal? = nil) throws -> CoachStore {
    try CoachStore(DatabaseQueue(), seal: seal)
}

/// A fresh, uniquely named folder under the system's temporary directory. Call `remove()` when done.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("coach-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A database path inside the folder; the file is not created.
    func path(_ name: String = "coach.sqlite") -> String {
        url.appendingPathComponent(name).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Hong Kong working calendar (UTC+8, no daylight saving).
let hongKong = WorkingCalendar.standard

/// An instant given in UTC, to whole seconds (the store keeps milliseconds).
func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
}

func posixPermissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

func contents(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

/// Where two versions of a file differ, for a failure message: sizes and the first differing
/// byte offsets (SQLite header: 18–19 journal mode, 24–27 change counter, 40–43 schema cookie).
func differences(_ before: Data, _ after: Data) -> String {
    let a = [UInt8](before), b = [UInt8](after)
    let offsets = (0..<min(a.count, b.count)).filter { a[$0] != b[$0] }
    return "size \(a.count) → \(b.count); bytes differ at \(offsets.prefix(12).map(String.init).joined(separator: ", "))"
}
