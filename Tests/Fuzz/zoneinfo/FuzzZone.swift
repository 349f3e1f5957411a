import CivilTime
import Foundation

/// ZoneRules reading a TZif file (version 1–4, with its POSIX TZ rule for after the last
/// transition): any bytes are a zone or nil, and a zone gives an offset for any moment, within
/// the ±26 hours that exist.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZone(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let zone = ZoneRules(identifier: "Fuzz/Zone", tzif: Array(UnsafeBufferPointer(start: bytes, count: size))) else {
        return 0
    }
    for moment in [-9_000_000_000.0, -2_208_988_800, 0, 1_000_000_000, 1_795_000_000, 1_798_761_599, 4_102_444_800, 250_000_000_000] {
        let offset = zone.offset(at: Date(timeIntervalSince1970: moment))
        check(abs(offset) <= 26 * 3600, "offset \(offset) at \(moment)")
    }
    let calendar = WorkingCalendar(zone: zone, workingDays: [.mon, .tue, .wed, .thu, .fri],
                                   opens: ClockTime(hour: 9, minute: 0), closes: ClockTime(hour: 18, minute: 0))
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    _ = calendar.localDate(of: now)
    _ = calendar.isWorkingTime(now)
    return 0
}
