import CivilTime
import ComplaintDomain
import Foundation

/// The system's time-zone database: the zoneinfo file named by an IANA identifier.
public enum ZoneInfo {
    /// Where the files are: `$TZDIR` when set, else /usr/share/zoneinfo.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["TZDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/zoneinfo"
    }

    /// The largest zoneinfo file read (a real one is a few kilobytes); a larger one, or one
    /// that is not a regular file, is no zone, and is not read.
    public static let maximumFileSize = 1 << 20

    /// Nil when there is no such zone. Names that climb out of the folder are refused.
    public static func rules(_ identifier: String, directory: String = ZoneInfo.directory()) -> ZoneRules? {
        rules(identifier, directory: directory) { url throws(GuidanceError) in try GuidanceLoader.contents(of: url, limit: maximumFileSize) }
    }

    /// `rules`, the file read by `read` (the loader keeps what it read, for the guidance cache).
    static func rules(_ identifier: String, directory: String, read: (URL) throws(GuidanceError) -> Data) -> ZoneRules? {
        guard !identifier.isEmpty, !identifier.hasPrefix("/"), !identifier.split(separator: "/").contains(".."),
              let data = try? read(URL(fileURLWithPath: directory + "/" + identifier))
        else { return nil }
        return ZoneRules(identifier: identifier, tzif: [UInt8](data))
    }
}
