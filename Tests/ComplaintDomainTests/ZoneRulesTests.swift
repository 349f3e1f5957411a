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

    /// A version 2 file with one type (UTC, no transitions), ending with `footer`, its POSIX rule.
    private static func tzif(footer: String) -> [UInt8] {
        let header = Array("TZif2".utf8) + [UInt8](repeating: 0, count: 15)
            + [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 4]  // isut isstd leap time type chars
        let block: [UInt8] = [0, 0, 0, 0, 0, 0] + Array("UTC\0".utf8)
        return header + block + header + block + Array("\n\(footer)\n".utf8)
    }

    @Test func theRuleAtTheEndIsRead() throws {
        let london = try #require(ZoneRules(identifier: "x", tzif: Self.tzif(footer: "GMT0BST,M3.5.0/1,M10.5.0")))
        #expect(london.offset(at: Date(timeIntervalSince1970: 1_894_665_600)) == 0)  // 2030-01-15
        #expect(london.offset(at: Date(timeIntervalSince1970: 1_909_094_400)) == 3600)  // 2030-07-01
        let hongKong = try #require(ZoneRules(identifier: "x", tzif: Self.tzif(footer: "HKT-8")))
        #expect(hongKong.offset(at: Date(timeIntervalSince1970: 4_102_444_800)) == 28_800)
    }

    /// A damaged rule (numbers too big to compute with, offsets of days, a month 13, a week 8)
    /// is no rule, as one that does not read: never a crash, the file's own offset holds.
    @Test(arguments: ["XXX-111", "XXX-9999999999999999", "<+1030>-10:99<+11>", "UTC0DST-9999999999999999",
                      "UTC0DST,99999999999999999,0", "UTC0DST,J0,J365", "UTC0DST,0,366", "GMT0BST,M13.1.0,M10.5.0",
                      "GMT0BST,M3.5.0/1,M11.8.0", "GMT0BST,M3.5.9,M10.5.0", "GMT0BST,M3.5.0/9999999999999999,M10.5.0"])
    func aDamagedRuleIsNoRule(footer: String) throws {
        let zone = try #require(ZoneRules(identifier: "x", tzif: Self.tzif(footer: footer)))
        for t in [-9_000_000_000.0, 0, 1_795_000_000, 1_909_094_400, 4_102_444_800, 250_000_000_000] {
            #expect(zone.offset(at: Date(timeIntervalSince1970: t)) == 0, "\(footer) at \(t)")
        }
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
