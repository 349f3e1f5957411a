import ComplaintDomain
import Foundation
import Guidance
import Testing

/// Time zones from the system's zoneinfo files.
@Suite struct ZoneInfoTests {
    @Test func knownZonesAreRead() throws {
        let london = try #require(ZoneInfo.rules("Europe/London"))
        #expect(london.identifier == "Europe/London")
        #expect(london.offset(at: Date(timeIntervalSince1970: 1_782_864_000)) == 3600, "summer time, 2026-07-01")
        #expect(ZoneInfo.rules("Asia/Hong_Kong")?.offset(at: Date()) == 28_800)
    }

    @Test func unknownZonesAndPathsAreRefused() {
        #expect(ZoneInfo.rules("Asia/Gotham") == nil)
        #expect(ZoneInfo.rules("../../etc/passwd") == nil)
        #expect(ZoneInfo.rules("Asia/../../../etc/passwd") == nil)
        #expect(ZoneInfo.rules("/etc/passwd") == nil)
        #expect(ZoneInfo.rules("") == nil)
        #expect(ZoneInfo.rules("Asia", directory: "/usr/share/zoneinfo") == nil, "a folder is not a zone")
    }

    @Test func tzdirIsHonoured() {
        #expect(ZoneInfo.directory(environment: ["TZDIR": "/opt/zones"]) == "/opt/zones")
        #expect(ZoneInfo.directory(environment: [:]) == "/usr/share/zoneinfo")
    }
}
