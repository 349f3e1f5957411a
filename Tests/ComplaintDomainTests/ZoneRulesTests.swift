import CivilTime
import ComplaintDomain
import Foundation
import Testing

/// The zoneinfo reader agrees with Foundation's time zones (ICU) everywhere it matters.
@Suite struct ZoneRulesTests {
    @Test(arguments: ["Asia/Hong_Kong", "Asia/Shanghai", "Asia/Taipei", "Europe/London", "America/New_York",
                      "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham", "America/Sao_Paulo", "UTC", "Africa/Casablanca"])
    func offsetsMatchFoundation(identifier: String) throws {
        let rules = try #require(ZoneRules(identifier: identifier))
        let zone = try #require(TimeZone(identifier: identifier))
        // Every ~3.7 days from 1975 to 2060, and around each recent change of offset.
        var t = 157_766_400.0
        while t < 2_840_000_000 {
            let date = Date(timeIntervalSince1970: t)
            #expect(rules.offset(at: date) == zone.secondsFromGMT(for: date), "\(identifier) at \(date)")
            t += 320_000.37
        }
        var probe = Date(timeIntervalSince1970: 1_700_000_000)
        for _ in 0..<12 {
            guard let next = zone.nextDaylightSavingTimeTransition(after: probe) else { break }
            for delta in [-1.0, 0, 1] {
                let date = next.addingTimeInterval(delta)
                #expect(rules.offset(at: date) == zone.secondsFromGMT(for: date), "\(identifier) at \(date)")
            }
            probe = next.addingTimeInterval(1)
        }
    }

    @Test func bytesThatAreNotAZoneAreRefused() {
        #expect(ZoneRules(identifier: "x", tzif: Array("not a zone file at all, not even close".utf8)) == nil)
        #expect(ZoneRules(identifier: "x", tzif: []) == nil)
        #expect(ZoneRules(identifier: "x", tzif: Array("TZif2".utf8) + [UInt8](repeating: 0, count: 39)) == nil, "no types")
    }

    @Test func theStandardCalendarIsHongKongTime() throws {
        let rules = try #require(ZoneRules(identifier: "Asia/Hong_Kong"))
        for t in stride(from: 315_532_800.0, to: 2_840_000_000, by: 1_000_000) {
            let date = Date(timeIntervalSince1970: t)
            #expect(WorkingCalendar.standard.zone.offset(at: date) == rules.offset(at: date))
        }
    }

    @Test func aFixedZoneIsFixed() {
        let plus8 = ZoneRules(fixed: 28_800, identifier: "+08:00")
        #expect(plus8.offset(at: Date(timeIntervalSince1970: 0)) == 28_800)
        #expect(plus8.offset(at: Date(timeIntervalSince1970: 4_000_000_000)) == 28_800)
    }
}
