import CivilTime
import ComplaintDomain
import Foundation
import Testing

/// The stored form of a moment: UTC, millisecond, fixed width, computed without a calendar.
@Suite struct StorageTimestampTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00.000Z"),
        (1_795_392_940.123, "2026-11-23T00:15:40.123Z"),
        (951_782_400.0, "2000-02-29T00:00:00.000Z"),
        (4_107_542_399.999, "2100-02-28T23:59:59.999Z"),
        (-1.0, "1969-12-31T23:59:59.000Z"),
        (-86_400_000.5, "1967-04-06T23:59:59.500Z"),
    ])
    func knownMoments(seconds: Double, text: String) {
        #expect(Timestamp.storage(Date(timeIntervalSince1970: seconds)) == text)
    }

    @Test func itAgreesWithACalendarAndParsesBack() {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        for step in stride(from: -2_000_000_000.0, to: 4_000_000_000.0, by: 7_777_777.777) {
            let date = Date(timeIntervalSince1970: step)
            let text = Timestamp.storage(date)
            let c = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            #expect(text.hasPrefix(String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)))
            let back = Timestamp.parse(text)!
            #expect(abs(date.timeIntervalSince(back)) < 0.0011, "kept to the millisecond")
        }
    }

    @Test func storedTextSortsInTimeOrder() {
        let dates = [0.0, 0.5, 59.999, 86_400, 1_000_000_000.001, 1_795_392_940.1].map(Date.init(timeIntervalSince1970:))
        let texts = dates.map(Timestamp.storage)
        #expect(texts == texts.sorted())
    }
}
