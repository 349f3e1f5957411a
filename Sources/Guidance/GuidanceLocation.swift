import Foundation

/// Where the guidance folder is found: `--guidance DIR`, then `COACH_GUIDANCE`, then beside the
/// binary (`guidance/` or `../share/coach/guidance/` next to it, or in a folder above a built
/// binary, such as the checkout that holds `.build/`).
public struct GuidanceLocation: Sendable, Equatable {
    public enum Source: String, Sendable {
        case option = "--guidance"
        case environment = "COACH_GUIDANCE"
        case besideBinary = "beside the binary"
    }

    public var directory: URL
    public var source: Source

    public static let helpText = "Guidance folder. Default: $COACH_GUIDANCE, else guidance/ beside the coach binary (or share/coach/guidance, or the checkout it was built in)."

    /// Nil only when nothing was given and no folder holding guidelines.yaml is near the binary.
    public static func resolve(option: String?, environment: [String: String], executable: URL) -> GuidanceLocation? {
        if let option, !option.isEmpty {
            return GuidanceLocation(directory: URL(fileURLWithPath: option), source: .option)
        }
        if let value = environment["COACH_GUIDANCE"], !value.isEmpty {
            return GuidanceLocation(directory: URL(fileURLWithPath: value), source: .environment)
        }
        let binaryFolder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates = [binaryFolder.appendingPathComponent("guidance"),
                          binaryFolder.deletingLastPathComponent().appendingPathComponent("share/coach/guidance")]
        var folder = binaryFolder
        for _ in 0..<6 {
            folder = folder.deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("guidance"))
        }
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("guidelines.yaml").path) {
            return GuidanceLocation(directory: candidate.standardizedFileURL, source: .besideBinary)
        }
        return nil
    }
}
